/**
 * npm run bench: engine throughput and peak memory for one hour of simulated time in the reference world
 * (3 services x 10 tasks, 1,000 requests/s, health checks every 5 s, a crash every two minutes), on Fargate, on EC2,
 * and on Fargate with Service Auto Scaling on every service (target tracking on CPU, 10 to 30 tasks) under traffic
 * that waves between 500 and 1,000 requests/s every 20 minutes.
 * Figures to quote, not a pass/fail test: wall-clock numbers depend on the machine.
 */
import { createSimulation, type ScenarioSpec } from '../../src/engine';
import { world } from '../support/world';

const HOUR_MS = 3_600_000;
const CRASH_EVERY_MS = 120_000;

function referenceWorld(onEc2: boolean) {
  const service = (id: string) => ({
    id,
    desiredCount: 10,
    path: `/${id.toLowerCase()}*`,
    healthCheck: { intervalSeconds: 5, healthyThreshold: 2, unhealthyThreshold: 2, timeoutSeconds: 2 },
    // On EC2: bridge networking, ephemeral host ports, instance targets.
    ...(onEc2 ? { ec2: { cpu: 256, memory: 512 } } : {}),
  });
  return world({
    ...(onEc2 ? { instances: { count: 10, instanceType: 'm5.large' } } : {}),
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

/** The Fargate world with every service scaled on CPU and a traffic wave, so scaling acts all hour. */
function scaledWorld(): ScenarioSpec {
  const spec = referenceWorld(false);
  return {
    ...spec,
    traffic: spec.traffic === null ? null : { ...spec.traffic, timeline: [{ kind: 'wave', at: 0, low: 500, high: 1000, periodSeconds: 1200 }] },
    scaling: spec.services.map((s) => ({
      id: `${s.id}ScalableTarget`, serviceId: s.id, minCapacity: 10, maxCapacity: 30,
      policies: [{
        type: 'TargetTrackingScaling', name: `${s.id}-cpu-50`, metric: 'ECSServiceAverageCPUUtilization', resourceLabel: null, targetGroupId: null,
        targetValue: 50, scaleOutCooldownSeconds: 60, scaleInCooldownSeconds: 120, disableScaleIn: false,
      }],
    })),
  };
}

type Variant = 'fargate' | 'ec2' | 'scaling';

function runOnce(variant: Variant): { requests: number; seconds: number; peakHeapMb: number; crashes: number; activities: number } {
  const sim = createSimulation(variant === 'scaling' ? scaledWorld() : referenceWorld(variant === 'ec2'));
  let activities = 0;
  sim.subscribe((e) => { if (e.type === 'scaling.activity') activities++; });
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
  return { requests: sim.counters().total, seconds, peakHeapMb: peakHeap / 2 ** 20, crashes, activities };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function report(title: string, variant: Variant): void {
  runOnce(variant); // warm-up: let the JIT compile the hot path before measuring
  const runs = [runOnce(variant), runOnce(variant), runOnce(variant)];
  const rate = (r: (typeof runs)[number]) => r.requests / r.seconds;
  const sorted = [...runs].sort((a, b) => rate(a) - rate(b));
  const median = sorted[1]!;
  console.log(title);
  console.log(`  requests simulated: ${fmt(median.requests)} (${median.crashes} crashes${variant === 'scaling' ? `, ${median.activities} scaling activities` : ''})`);
  console.log(`  wall time (median of 3): ${median.seconds.toFixed(2)} s`);
  console.log(`  throughput: ${fmt(rate(median))} simulated requests per wall-clock second (median); best ${fmt(rate(sorted[2]!))}`);
  console.log(`  peak heap: ${Math.max(...runs.map((r) => r.peakHeapMb)).toFixed(1)} MB`);
}

report('Engine benchmark: 1 h simulated, 3 services x 10 tasks on Fargate, 1,000 requests/s, checks every 5 s, a crash every 2 min', 'fargate');
report('Same on EC2: 10 m5.large container instances, bridge networking with ephemeral host ports, instance targets', 'ec2');
report('Same on Fargate with Service Auto Scaling: target tracking on CPU (50 %, 10 to 30 tasks) on each service, traffic waving 500-1,000 requests/s', 'scaling');
