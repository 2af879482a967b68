/**
 * The simulate command:
 *   npm run simulate -- <template> [more templates...] [--parameters FILE] [--seed N] [--until SECONDS] [--summary]
 *
 * Templates are JSON or YAML; several make one scenario (nested stacks, exports and imports between them), one is
 * read exactly as the app reads it. Runs a scenario headless and prints its events as JSON lines, or with --summary one JSON object of totals.
 * Exit codes: 0 ran; 1 bad arguments or unreadable file; 2 invalid scenario (errors and warnings on stderr).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createSimulation, type SimEvent } from '../engine';
import { loadBundle, loadScenario, parseParameterFile, type BundleResult, type LoadResult } from '../scenario';
import { formatIssue } from '../scenario/issues';

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
    } else if (arg === '--seed' || arg === '--until') {
      const value = argv[++i];
      const n = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(n)) return `${arg} needs a number`;
      if (arg === '--seed') {
        if (!Number.isInteger(n) || n < 0) return '--seed needs a whole number, 0 or more';
        seed = n;
      } else {
        if (n < 0) return '--until needs a number of seconds, 0 or more';
        untilSeconds = n;
      }
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

/** Writes lines in large chunks: one write per event would dominate a run with millions of requests. */
class LineWriter {
  private buffer: string[] = [];
  private size = 0;
  constructor(private readonly write: (text: string) => void) {}
  line(text: string): void {
    this.buffer.push(text);
    this.size += text.length + 1;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buffer.length === 0) return;
    this.write(this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.size = 0;
  }
}

function read(file: string, io: CliIo): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`cannot read ${file}: ${(error as Error).message}\n`);
    return null;
  }
}

/** The scenario, or an exit code: 1 for a file that cannot be read, 2 for a bad parameter file. */
function load(args: Args, io: CliIo): LoadResult | BundleResult | number {
  const texts = args.files.map((file) => read(file, io));
  const paramText = args.parameters === undefined ? undefined : read(args.parameters, io);
  if (texts.includes(null) || paramText === null) return 1;
  let parameters: Record<string, string> | undefined;
  if (args.parameters !== undefined && paramText !== undefined) {
    const parsed = parseParameterFile(paramText, basename(args.parameters));
    if (!parsed.ok) return parsed;
    for (const issue of parsed.warnings) io.stderr(formatIssue(issue) + '\n');
    parameters = parsed.parameters;
  }
  const [single] = texts;
  if (texts.length === 1 && typeof single === 'string') {
    return loadScenario(single, { fileName: basename(args.files[0] ?? ''), ...(parameters ? { parameters } : {}) });
  }
  const files = args.files.map((file, index) => ({ name: basename(file), text: texts[index] ?? '' }));
  return loadBundle(files, { ...(parameters ? { parameters } : {}), ...(args.parameters ? { parameterWarningsFor: basename(args.parameters) } : {}) });
}

/** The whole command; returns the exit code. */
export function runSimulate(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}\n`);
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

  const sim = createSimulation(result.spec, args.seed === undefined ? {} : { seed: args.seed });
  const out = new LineWriter(io.stdout);
  if (!args.summary) sim.subscribe((event: SimEvent) => out.line(JSON.stringify(event)), { requests: true });
  sim.runUntil(Math.round(args.untilSeconds * 1000));

  if (args.summary) {
    const counters = sim.counters();
    const snapshot = sim.snapshot();
    const services: Record<string, { desired: number; running: number; started: number; stopped: number }> = {};
    for (const s of snapshot.services) {
      services[s.id] = { desired: s.desiredCount, running: s.runningCount, started: s.started, stopped: s.stopped };
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

