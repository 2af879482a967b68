/**
 * The simulate command: npm run simulate -- <template.json> [--seed N] [--until SECONDS] [--summary]
 *
 * Runs a scenario headless and prints its events as JSON lines, or with --summary one JSON object of totals.
 * Exit codes: 0 ran; 1 bad arguments or unreadable file; 2 invalid scenario (errors and warnings on stderr).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createSimulation, type SimEvent } from '../engine';
import { loadScenario } from '../scenario';
import { formatIssue } from '../scenario/issues';

const USAGE = 'usage: npm run simulate -- <template.json> [--seed N] [--until SECONDS] [--summary]';

interface Args {
  file: string;
  seed: number | undefined;
  untilSeconds: number;
  summary: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let file: string | undefined;
  let seed: number | undefined;
  let untilSeconds = 300;
  let summary = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--summary') summary = true;
    else if (arg === '--seed' || arg === '--until') {
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
    else if (file === undefined) file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (file === undefined) return 'a template file is required';
  return { file, seed, untilSeconds, summary };
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

/** The whole command; returns the exit code. */
export function runSimulate(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    io.stderr(`cannot read ${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = loadScenario(text, { fileName: basename(args.file) });
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

