/**
 * npm run bench: engine throughput and peak memory for one hour of simulated time in the reference world
 * (3 services x 10 tasks, 1,000 requests/s, health checks every 5 s, a crash every two minutes).
 * Figures to quote, not a pass/fail test: wall-clock numbers depend on the machine.
 */
import { createSimulation } from '../../src/engine';
import { world } from '../support/world';

const HOUR_MS = 3_600_000;
const CRASH_EVERY_MS = 120_000;

function referenceWorld() {
  const service = (id: string) => ({
    id,
    desiredCount: 10,
    path: `/${id.toLowerCase()}*`,
    healthCheck: { intervalSeconds: 5, healthyThreshold: 2, unhealthyThreshold: 2, timeoutSeconds: 2 },
  });
  return world({
    services: [service('Users'), service('Auth'), service('Dashboard')],
    traffic: {
      rate: 1000,
      mix: [
        { path: '/users/7', weight: 4 },
        { path: '/auth/login', method: 'POST', weight: 2 },
        { path: '/dashboard/items', weight: 3 },
        { path: '/nowhere', weight: 1 },
      ],
    },
    seed: 42,
  });
}

function runOnce(): { requests: number; seconds: number; peakHeapMb: number; crashes: number } {
  const sim = createSimulation(referenceWorld());
  let peakHeap = process.memoryUsage().heapUsed;
  let crashes = 0;
  let turn = 0;
  const start = process.hrtime.bigint();
  for (let t = CRASH_EVERY_MS; t <= HOUR_MS; t += CRASH_EVERY_MS) {
    sim.runUntil(t);
    const running = sim.snapshot().tasks.filter((task) => task.lastStatus === 'RUNNING');
    const victim = running[turn++ % Math.max(1, running.length)];
    if (victim) {
      sim.dispatch({ do: 'crashTask', task: victim.id });
      crashes++;
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  sim.runUntil(HOUR_MS);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return { requests: sim.counters().total, seconds, peakHeapMb: peakHeap / 2 ** 20, crashes };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

runOnce(); // warm-up: let the JIT compile the hot path before measuring
const runs = [runOnce(), runOnce(), runOnce()];
const best = runs.reduce((a, b) => (a.requests / a.seconds >= b.requests / b.seconds ? a : b));
const median = [...runs].sort((a, b) => a.requests / a.seconds - b.requests / b.seconds)[1]!;
console.log('Engine benchmark: 1 h simulated, 3 services x 10 tasks, 1,000 requests/s, checks every 5 s, a crash every 2 min');
console.log(`  requests simulated: ${fmt(median.requests)} (${median.crashes} crashes)`);
console.log(`  wall time (median of 3): ${median.seconds.toFixed(2)} s`);
console.log(`  throughput: ${fmt(median.requests / median.seconds)} simulated requests per wall-clock second (median); best ${fmt(best.requests / best.seconds)}`);
console.log(`  peak heap: ${Math.max(...runs.map((r) => r.peakHeapMb)).toFixed(1)} MB`);
