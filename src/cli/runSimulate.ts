/**
 * The simulate command:
 *   npm run simulate -- <template> [more templates...] [--parameters FILE] [--seed N] [--until SECONDS] [--summary]
 *
 * Templates are JSON or YAML; several make one scenario (nested stacks, exports and imports between them), one is
 * read exactly as the app reads it. Runs a scenario headless and prints its events as JSON lines, or with --summary one JSON object of totals.
 * Exit codes: 0 ran; 1 bad arguments or unreadable file; 2 invalid scenario (errors and warnings on stderr).
 * `--lessons` and `--lesson <id or file> [--solve]` list and play lessons instead (lessonCommand.ts).
 *
 * The run goes in slices of simulated time and each slice's lines are written before the next is simulated, so
 * output streams and memory stays flat however long the run: `simulate` yields after every slice, and the entry
 * (simulate.ts) waits there for a slow reader; `runSimulate` runs it straight through.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { createSimulation, type SimEvent, LIMITS, limitText } from '../engine';
import { seedArgument } from './seedArgument';
import { LESSON_USAGE, isLessonCommand, lessonCommand } from './lessonCommand';
import { LineWriter, SLICE_MS } from './lineWriter';
import { loadBundle, loadScenario, parseParameterFile, type BundleResult, type LoadResult, formatIssue, DEFAULT_RATE_PER_LISTENER } from '../scenario';

const USAGE = 'usage: npm run simulate -- <template.json|yaml> [more templates...] [--parameters FILE] [--seed N] [--until SECONDS] [--summary]';

interface Args {
  files: string[];
  parameters: string | undefined;
  seed: number | undefined;
  untilSeconds: number;
  summary: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const files: string[] = [];
  let parameters: string | undefined;
  let seed: number | undefined;
  let untilSeconds = 300;
  let summary = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--summary') summary = true;
    else if (arg === '--parameters') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return '--parameters needs a file';
      parameters = value;
    } else if (arg === '--seed') {
      const read = seedArgument(argv[++i]);
      if (typeof read === 'string') return read;
      seed = read;
    } else if (arg === '--until') {
      const value = argv[++i];
      const n = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(n)) return '--until needs a number';
      if (n < 0) return '--until needs a number of seconds, 0 or more';
      if (n > LIMITS.simulatedSeconds.value) return `--until ${n} is too long: ${limitText(LIMITS.simulatedSeconds)}`;
      untilSeconds = n;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length === 0) return 'a template file is required';
  return { files, parameters, seed, untilSeconds, summary };
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export { SLICE_MS } from './lineWriter';

function read(file: string, io: CliIo): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`cannot read ${file}: ${(error as Error).message}\n`);
    return null;
  }
}

/**
 * Each file's name in the bundle: its base name, with as many of its folders as it takes to tell it from another
 * file of the same base name (`web/service.yaml`, `api/service.yaml`): a nested stack's TemplateURL is matched by
 * its longest path suffix, so both stay apart.
 */
function bundleNames(files: readonly string[]): string[] {
  const split = files.map((file) => resolve(file).split(sep));
  const tail = (parts: readonly string[], k: number): string => parts.slice(-k).join('/');
  return split.map((parts, i) => {
    let k = 1;
    while (k < parts.length && split.some((other, j) => j !== i && tail(other, k) === tail(parts, k))) k++;
    return tail(parts, k);
  });
}

/** The scenario, or an exit code: 1 for a file that cannot be read, 2 for a bad parameter file. */
function load(args: Args, io: CliIo): LoadResult | BundleResult | number {
  const texts = args.files.map((file) => read(file, io));
  const paramText = args.parameters === undefined ? undefined : read(args.parameters, io);
  if (texts.includes(null) || paramText === null) return 1;
  let parameters: Record<string, string> | undefined;
  let stackParameters: Record<string, Record<string, string>> | undefined;
  if (args.parameters !== undefined && paramText !== undefined) {
    const parsed = parseParameterFile(paramText, basename(args.parameters));
    if (!parsed.ok) return parsed;
    for (const issue of parsed.warnings) io.stderr(formatIssue(issue) + '\n');
    parameters = parsed.parameters;
    stackParameters = parsed.stacks;
  }
  const [single] = texts;
  if (texts.length === 1 && typeof single === 'string') {
    return loadScenario(single, { fileName: basename(args.files[0] ?? ''), ...(parameters ? { parameters } : {}), ...(stackParameters ? { stackParameters } : {}) });
  }
  const names = bundleNames(args.files);
  const files = args.files.map((file, index) => ({ name: names[index] ?? basename(file), text: texts[index] ?? '' }));
  return loadBundle(files, { ...(parameters ? { parameters } : {}), ...(stackParameters ? { stackParameters } : {}), ...(args.parameters ? { parameterWarningsFor: basename(args.parameters) } : {}) });
}

/** The whole command, run straight through; returns the exit code. */
export function runSimulate(argv: readonly string[], io: CliIo): number {
  const run = simulate(argv, io);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/** The command as a generator: yields after each slice whose lines were written; returns the exit code. */
export function* simulate(argv: readonly string[], io: CliIo): Generator<void, number, void> {
  if (isLessonCommand(argv)) return yield* lessonCommand(argv, io);
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}\n${LESSON_USAGE}\n`);
    return 1;
  }
  const result = load(args, io);
  if (typeof result === 'number') return result;
  if (!result.ok) {
    for (const issue of [...result.errors, ...result.warnings]) io.stderr(formatIssue(issue) + '\n');
    io.stderr(`${result.errors.length} error(s): the scenario cannot be simulated\n`);
    return 2;
  }
  for (const issue of result.warnings) io.stderr(formatIssue(issue) + '\n');
  if (result.notSimulated.length > 0) {
    const list = result.notSimulated.map((r) => `${r.logicalId} (${r.type})`).join(', ');
    io.stderr(`note: ${result.notSimulated.length} resources not simulated: ${list}\n`);
  }
  if (result.defaultTraffic && result.spec.traffic) {
    // The app says the same on its stage: the traffic is the loader's default, not the template's.
    const { rate, mix } = result.spec.traffic;
    io.stderr(`note: no Metadata.EcsOrchestra.traffic in the template, so the run sends the default: ${rate} requests per second over ${mix.length} kinds of request (${DEFAULT_RATE_PER_LISTENER} per listener, a request per path its rules match and /); set traffic to change it\n`);
  }

  const sim = createSimulation(result.spec, args.seed === undefined ? {} : { seed: args.seed });
  const out = new LineWriter(io.stdout);
  if (!args.summary) sim.subscribe((event: SimEvent) => out.line(JSON.stringify(event)), { requests: true });
  const untilMs = Math.round(args.untilSeconds * 1000);
  // runUntil(a) then runUntil(b) processes exactly what runUntil(b) would, in the same order: the slices change
  // nothing in the output but when it is written.
  for (let t = Math.min(SLICE_MS, untilMs); ; t = Math.min(t + SLICE_MS, untilMs)) {
    sim.runUntil(t);
    out.flush();
    if (t >= untilMs) break;
    yield;
  }

  if (args.summary) {
    const counters = sim.counters();
    const snapshot = sim.snapshot();
    type Scaling = { min: number; max: number; peak: number; peakRunning: number };
    const services: Record<string, { desired: number; running: number; started: number; stopped: number; scaling?: Scaling }> = {};
    for (const s of snapshot.services) {
      // A scaled service adds its bounds and the highest desired and running counts it reached.
      const scaling = s.scaling === null ? {} : { scaling: { min: s.scaling.minCapacity, max: s.scaling.maxCapacity, peak: s.scaling.peakDesired, peakRunning: s.scaling.peakRunning } };
      services[s.id] = { desired: s.desiredCount, running: s.runningCount, started: s.started, stopped: s.stopped, ...scaling };
    }
    out.line(
      JSON.stringify({
        total: counters.total,
        byStatus: counters.byStatus,
        byRule: counters.byRule,
        byTargetGroup: counters.byTargetGroup,
        byTask: counters.byTask,
        services,
      }),
    );
  }
  out.flush();
  return 0;
}

