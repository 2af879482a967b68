/**
 * npm run bench, the command line: how long `npm run simulate` and the node process itself take to start and run
 * the default scenario for no simulated time (--until 0 --summary), the median of several runs. The command line
 * runs from its bundle (src/cli/bundle/launch.mjs builds it when stale; built here first).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { CLI_BUNDLE, buildCli, cliBuildIsStale } from '../../src/cli/bundle/cliBuild.mjs';

const ARGS = ['public/scenarios/default.json', '--until', '0', '--summary'];
const RUNS = 7;

function medianMs(command: string, args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${String(run.status)}: ${run.stderr}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? 0;
}

if (cliBuildIsStale()) await buildCli();
const node = medianMs(process.execPath, [CLI_BUNDLE, ...ARGS]);
const npm = medianMs('npm', ['run', '-s', 'simulate', '--', ...ARGS]);
const tsx = medianMs('npx', ['tsx', 'src/cli/simulate.ts', ...ARGS]);
console.log('Command line start-up: the default scenario, --until 0 --summary (median of 7 runs)');
console.log(`  node <bundle>: ${node.toFixed(0)} ms (the node process itself; target under 300 ms)`);
console.log(`  npm run simulate: ${npm.toFixed(0)} ms (npm's own start-up included)`);
console.log(`  npx tsx src/cli/simulate.ts: ${tsx.toFixed(0)} ms (transpiling at start-up, for comparison)`);
