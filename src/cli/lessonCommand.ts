/**
 * The command line's lessons:
 *   npm run simulate -- --lessons                                  one JSON line per bundled lesson
 *   npm run simulate -- --lesson <id or file> [--solve] [--seed N]  plays it headless
 *
 * Playing prints the run's events as the simulate command does, with a `lesson.step` line as each step ends and a
 * `lesson.prediction` line when a prediction's answer shows. Exit codes: 0 played (with --solve: and every step's goal
 * was met and every prediction's answer was one of its options); 1 bad arguments or no such lesson; 2 a lesson file
 * that does not validate (its report on stderr); 3 with --solve, a goal not met or an answer none of the options.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulation, type SimEvent } from '../engine';
import { formatLessonIssue, lessonIndexSchema, loadLesson, playLesson, type Lesson, type LessonIndexEntry, type LessonResult } from '../lessons';
import type { CliIo } from './runSimulate';
import { LineWriter, SLICE_MS } from './lineWriter';
import { seedArgument } from './seedArgument';

export const LESSON_USAGE = 'usage: npm run simulate -- --lessons | --lesson <id or lesson file> [--solve] [--seed N]';

/** The folder holding public/: found upwards from this module, which runs from src/cli or from its bundle in node_modules/.cache. */
function publicFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'public', 'lessons', 'index.json'))) return join(dir, 'public');
    const up = dirname(dir);
    if (up === dir) return join(process.cwd(), 'public');
    dir = up;
  }
}

function readScenarioFrom(publicDir: string): { read: (file: string) => string | null; bundled: string[] } {
  const folder = join(publicDir, 'scenarios');
  let bundled: string[] = [];
  try {
    bundled = (JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as { file: string }[]).map((e) => e.file);
  } catch {
    bundled = [];
  }
  return { bundled, read: (file) => (bundled.includes(file) ? readFileSync(join(folder, file), 'utf8') : null) };
}

function readIndex(publicDir: string, io: CliIo): LessonIndexEntry[] | null {
  const file = join(publicDir, 'lessons', 'index.json');
  try {
    const parsed = lessonIndexSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
    io.stderr(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${(error as Error).message}\n`);
  }
  return null;
}

function load(text: string, fileName: string, publicDir: string): LessonResult {
  const scenarios = readScenarioFrom(publicDir);
  return loadLesson(text, { fileName, readScenario: scenarios.read, bundledScenarios: scenarios.bundled });
}

function report(result: Extract<LessonResult, { ok: false }>, io: CliIo): void {
  for (const issue of [...result.errors, ...result.warnings]) io.stderr(formatLessonIssue(issue) + '\n');
  io.stderr(`${result.errors.length} error(s): the lesson cannot be played\n`);
}

function listLessons(io: CliIo): number {
  const publicDir = publicFolder();
  const index = readIndex(publicDir, io);
  if (!index) return 1;
  const out = new LineWriter(io.stdout);
  let code = 0;
  for (const entry of index) {
    const result = load(readFileSync(join(publicDir, 'lessons', entry.file), 'utf8'), entry.file, publicDir);
    if (!result.ok) {
      report(result, io);
      code = 2;
      continue;
    }
    const { id, title, steps } = result.lesson;
    out.line(JSON.stringify({ type: 'lesson', id, title: title.aws, steps: steps.length }));
  }
  out.flush();
  return code;
}

interface LessonArgs {
  readonly lesson: string;
  readonly solve: boolean;
  readonly seed: number | undefined;
}

function parseLessonArgs(argv: readonly string[]): LessonArgs | string {
  let lesson: string | undefined;
  let solve = false;
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--solve') solve = true;
    else if (arg === '--lesson') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return '--lesson needs a lesson ID or a lesson file';
      lesson = value;
    } else if (arg === '--seed') {
      const read = seedArgument(argv[++i]);
      if (typeof read === 'string') return read;
      seed = read;
    } else return `${arg} is not an option of --lesson`;
  }
  if (lesson === undefined) return '--lesson needs a lesson ID or a lesson file';
  return { lesson, solve, seed };
}

/** The lesson named by ID (a bundled one) or by a file's path, or an exit code. */
function findLesson(name: string, io: CliIo): LessonResult | number {
  const publicDir = publicFolder();
  if (existsSync(name) && /\.(ya?ml|json)$/i.test(name)) return load(readFileSync(name, 'utf8'), basename(name), publicDir);
  const index = readIndex(publicDir, io);
  if (!index) return 1;
  const entry = index.find((e) => e.id === name);
  if (!entry) {
    io.stderr(`no bundled lesson "${name}" and no lesson file by that name (bundled: ${index.map((e) => e.id).join(', ')})\n`);
    return 1;
  }
  return load(readFileSync(join(publicDir, 'lessons', entry.file), 'utf8'), entry.file, publicDir);
}

function* play(lesson: Lesson, args: LessonArgs, io: CliIo): Generator<void, number, void> {
  const sim = createSimulation(lesson.spec, args.seed === undefined ? {} : { seed: args.seed });
  const out = new LineWriter(io.stdout);
  sim.subscribe((event: SimEvent) => out.line(JSON.stringify(event)), { requests: true });
  let failed = false;
  const played = playLesson(lesson, sim, {
    solve: args.solve,
    sliceMs: SLICE_MS,
    onPrediction: (p) => {
      if (p.right === null) failed = true;
      const observed = p.observed.happened ? p.observed.value : null;
      out.line(JSON.stringify({ type: 'lesson.prediction', lesson: lesson.id, step: p.step.id, happened: p.observed.happened, observed, right: p.right, options: p.options.map((o) => o.aws), t: p.t }));
    },
    onStep: (s) => {
      if (!s.met) failed = true;
      out.line(JSON.stringify({ type: 'lesson.step', lesson: lesson.id, step: s.step.id, goal: s.goal, met: s.met, t: s.t }));
    },
  });
  for (;;) {
    const step = played.next();
    out.flush();
    if (step.done) {
      step.value.run.dispose();
      break;
    }
    yield;
  }
  return args.solve && failed ? 3 : 0;
}

/** Whether the arguments ask for lessons rather than a template. */
export function isLessonCommand(argv: readonly string[]): boolean {
  return argv.includes('--lessons') || argv.includes('--lesson');
}

export function* lessonCommand(argv: readonly string[], io: CliIo): Generator<void, number, void> {
  if (argv.includes('--lessons')) {
    if (argv.length > 1) {
      io.stderr(`--lessons takes no other argument\n${LESSON_USAGE}\n`);
      return 1;
    }
    return listLessons(io);
  }
  const args = parseLessonArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${LESSON_USAGE}\n`);
    return 1;
  }
  const result = findLesson(args.lesson, io);
  if (typeof result === 'number') return result;
  if (!result.ok) {
    report(result, io);
    return 2;
  }
  for (const warning of result.warnings) io.stderr(formatLessonIssue(warning) + '\n');
  return yield* play(result.lesson, args, io);
}
