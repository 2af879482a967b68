/**
 * npm run bench (second part): what 60 simulated seconds cost as one service grows from 1,000 to 5,000 to 10,000
 * tasks (Fargate, behind the load balancer, health checks every 5 s, 100 requests/s): the launch, registration and
 * first health checks of every task, the busiest minute a service has. The cost should grow with the tasks, not
 * faster: the ratio printed is the cost against 1,000 tasks, beside the ratio of tasks (x5, x10); the requests are a
 * fixed part, so linear growth shows a little under. The engine's work (entries and scheduler passes,
 * Simulation.work) is printed too: it does not depend on the machine.
 * Figures to quote, not a pass/fail test (test/engine/workBudget.test.ts holds the bound).
 */
import { createSimulation } from '../../src/engine';
import { world } from '../support/world';

const SIZES = [1_000, 5_000, 10_000];
const RUNS = 7;

function bigService(tasks: number) {
  return world({
    services: [{ id: 'Web', desiredCount: tasks, path: '/web*', healthCheck: { intervalSeconds: 5, healthyThreshold: 2 } }],
    traffic: { rate: 100, mix: [{ path: '/web/home' }] },
    seed: 42,
  });
}

function runOnce(tasks: number): { seconds: number; work: number } {
  const spec = bigService(tasks);
  const start = process.hrtime.bigint();
  const sim = createSimulation(spec);
  sim.runUntil(60_000);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, work: sim.work() };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

for (const tasks of SIZES) runOnce(tasks); // warm-up: let the JIT compile the engine before measuring
console.log('Scaling: 60 simulated seconds of one service of N tasks (launch, registration, health checks every 5 s, 100 requests/s)');
let base: { seconds: number; work: number } | null = null;
for (const tasks of SIZES) {
  const runs = Array.from({ length: RUNS }, () => runOnce(tasks)).sort((a, b) => a.seconds - b.seconds);
  // The best of seven: the machine's other load only ever adds time.
  const best = runs[0]!;
  base ??= best;
  const scale = tasks / SIZES[0]!;
  console.log(
    `  ${fmt(tasks).padStart(6)} tasks: ${(best.seconds * 1000).toFixed(0).padStart(5)} ms (best of ${RUNS}), engine work ${fmt(best.work).padStart(7)}; ` +
      `x${scale} the tasks: x${(best.seconds / base.seconds).toFixed(2)} the time, x${(best.work / base.work).toFixed(2)} the work`,
  );
}
