/**
 * Properties over random small worlds and random fault scripts (fast-check): every request completes exactly once;
 * no request is answered by a target that was already draining when it arrived; once the faults are undone the
 * services return to their desired count, healthy and steady; memory stays bounded on long runs.
 */
import fc from 'fast-check';
import type { Command, ScenarioSpec, SimEvent } from '../../src/engine';
import { createSimulation } from '../../src/engine';
import type { ServiceOptions } from '../support/world';
import { world } from '../support/world';

const SERVICE_IDS = ['Web', 'Api'] as const;
const DEPLOY_CONFIGS = [
  [100, 200],
  [50, 200],
  [50, 100],
  [0, 100],
  [100, 150],
] as const;

const serviceArb = (id: string) =>
  fc
    .record({
      desiredCount: fc.integer({ min: 1, max: 3 }),
      interval: fc.constantFrom(5, 10, 30),
      healthyThreshold: fc.integer({ min: 2, max: 5 }),
      unhealthyThreshold: fc.integer({ min: 2, max: 3 }),
      deregistrationDelaySeconds: fc.constantFrom(0, 5, 30),
      gracePeriodSeconds: fc.constantFrom(0, 20),
      deploy: fc.constantFrom(...DEPLOY_CONFIGS),
      algorithm: fc.constantFrom('round_robin' as const, 'least_outstanding_requests' as const),
      provisioningSeconds: fc.integer({ min: 0, max: 3 }),
      pendingSeconds: fc.integer({ min: 0, max: 7 }),
      startupSeconds: fc.integer({ min: 0, max: 5 }),
      shutdownSeconds: fc.integer({ min: 0, max: 3 }),
      ignoresSigterm: fc.boolean(),
      latencyMs: fc.constantFrom(5, 20, 400),
      errorRate: fc.constantFrom(0, 0.2),
    })
    .map(
      (r): ServiceOptions => ({
        id,
        desiredCount: r.desiredCount,
        healthCheck: {
          intervalSeconds: r.interval,
          timeoutSeconds: Math.min(r.interval - 1, 5),
          healthyThreshold: r.healthyThreshold,
          unhealthyThreshold: r.unhealthyThreshold,
        },
        deregistrationDelaySeconds: r.deregistrationDelaySeconds,
        gracePeriodSeconds: r.gracePeriodSeconds,
        minimumHealthyPercent: r.deploy[0],
        maximumPercent: r.deploy[1],
        algorithm: r.algorithm,
        stopTimeoutSeconds: 10,
        app: {
          provisioningSeconds: r.provisioningSeconds,
          pendingSeconds: r.pendingSeconds,
          startupSeconds: r.startupSeconds,
          shutdownSeconds: r.shutdownSeconds,
          ignoresSigterm: r.ignoresSigterm,
          latencyMs: r.latencyMs,
          errorRate: r.errorRate,
        },
      }),
    );

const faultArb = (services: number) =>
  fc
    .record({
      atMs: fc.integer({ min: 15_000, max: 300_000 }),
      service: fc.integer({ min: 0, max: services - 1 }),
      task: fc.integer({ min: 1, max: 6 }),
      kind: fc.constantFrom('crash', 'crash', 'stop', 'fail', 'fail', 'failTimeout', 'recover', 'slow', 'slow', 'scale'),
      count: fc.integer({ min: 0, max: 3 }),
      latencyMs: fc.integer({ min: 100, max: 8000 }),
    })
    .map((f) => {
      const service = SERVICE_IDS[f.service]!;
      const task = `${service}-${f.task}`;
      const command: Command =
        f.kind === 'crash'
          ? { do: 'crashTask', task }
          : f.kind === 'stop'
            ? { do: 'stopTask', task }
            : f.kind === 'fail'
              ? { do: 'failHealthChecks', task }
              : f.kind === 'failTimeout'
                ? { do: 'failHealthChecks', task, timeout: true }
                : f.kind === 'recover'
                  ? { do: 'recoverTask', task }
                  : f.kind === 'slow'
                    ? { do: 'slowTask', task, latencyMs: f.latencyMs }
                    : { do: 'setDesiredCount', service, count: f.count };
      return { at: f.atMs / 1000, command };
    });

const worldArb = fc.integer({ min: 1, max: 2 }).chain((n) =>
  fc.record({
    services: fc.tuple(...SERVICE_IDS.slice(0, n).map(serviceArb)),
    faults: fc.array(faultArb(n), { maxLength: 12 }),
    rate: fc.constantFrom(0, 2, 10),
    idleTimeoutSeconds: fc.constantFrom(3, 60),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  }),
);

type WorldCase = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

function specOf(c: WorldCase): ScenarioSpec {
  const paths = c.services.map((s) => ({ path: `/${s.id.toLowerCase()}/x`, weight: 3 }));
  return world({
    seed: c.seed,
    idleTimeoutSeconds: c.idleTimeoutSeconds,
    services: [...c.services],
    traffic: c.rate > 0 ? { rate: c.rate, mix: [...paths, { path: '/nowhere', weight: 1 }] } : null,
    script: [...c.faults].sort((a, b) => a.at - b.at),
  });
}

const FAULTS_END_MS = 400_000;
const SETTLED_MS = FAULTS_END_MS + 2_000_000;
const END_MS = SETTLED_MS + 100_000;

/** Runs the case: faults, then every task recovered, then a long quiet time, then the traffic stopped. */
function runCase(c: WorldCase) {
  const sim = createSimulation(specOf(c));
  const events: SimEvent[] = [];
  sim.subscribe((e) => events.push(e), { requests: true });
  sim.runUntil(FAULTS_END_MS);
  for (const t of sim.snapshot().tasks) if (t.lastStatus !== 'STOPPED') sim.dispatch({ do: 'recoverTask', task: t.id });
  sim.runUntil(SETTLED_MS);
  const settled = sim.snapshot();
  sim.dispatch({ do: 'setTraffic', rate: 0 });
  sim.runUntil(END_MS);
  return { sim, events, settled };
}

describe('properties of random worlds with random faults', () => {
  it('hold for every case', () => {
    fc.assert(
      fc.property(worldArb, (c) => {
        const { sim, events, settled } = runCase(c);

        // 1. Every request completes exactly once: ids 1..n, each once, and the counters agree.
        const done = events.filter((e): e is Extract<SimEvent, { type: 'request.completed' }> => e.type === 'request.completed');
        const ids = done.map((r) => r.id).sort((a, b) => a - b);
        expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
        expect(sim.counters().total).toBe(done.length);
        expect(sim.counters().inFlight).toBe(0);

        // 2. No request answered by a target that was already draining (or later) when it arrived.
        const drainingAt = new Map<string, number>();
        for (const e of events) {
          if (e.type === 'target.health' && e.to === 'draining' && !drainingAt.has(`${e.targetGroup}|${e.target}`)) {
            drainingAt.set(`${e.targetGroup}|${e.target}`, e.t);
          }
        }
        const late = done.filter((r) => {
          if (r.source !== 'target') return false;
          const since = drainingAt.get(`${r.targetGroup}|${r.target}`);
          return since !== undefined && since < r.t - r.latencyMs;
        });
        expect(late).toEqual([]);

        // 3. Faults undone: each service at its desired count, RUNNING, targets healthy, steady, one deployment.
        for (const service of settled.services) {
          const active = settled.tasks.filter((t) => t.serviceId === service.id && t.lastStatus !== 'STOPPED');
          expect(active.length).toBe(service.desiredCount);
          expect(active.filter((t) => t.lastStatus !== 'RUNNING' || t.desiredStatus !== 'RUNNING' || t.replacement !== null)).toEqual([]);
          const group = settled.targetGroups.find((g) => g.id === service.targetGroupIds[0]);
          expect(group?.targets.map((t) => [t.taskId, t.state]).sort()).toEqual(active.map((t) => [t.id, 'healthy']).sort());
          expect([service.steady, service.deployments.length, service.runningCount]).toEqual([true, 1, service.desiredCount]);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 30) },
    );
  }, 60_000);
});

describe('memory stays bounded on a long run', () => {
  it('keeps the task list and the event ring bounded across hundreds of crashes', () => {
    const sim = createSimulation(
      world({
        services: [{ id: 'Web', desiredCount: 3, deregistrationDelaySeconds: 5, healthCheck: { intervalSeconds: 5, timeoutSeconds: 2, healthyThreshold: 2 } }],
        traffic: { rate: 2, mix: [{ path: '/web' }] },
      }),
    );
    const sizes: number[] = [];
    for (let i = 1; i <= 400; i++) {
      sim.runUntil(i * 60_000);
      const victim = sim.snapshot().tasks.find((t) => t.lastStatus === 'RUNNING');
      if (victim) sim.dispatch({ do: 'crashTask', task: victim.id });
      if (i % 100 === 0) sizes.push(sim.snapshot().tasks.length);
    }
    sim.runUntil(401 * 60_000);
    const snapshot = sim.snapshot();
    // 400 crashes: 403 tasks launched; the snapshot keeps the live ones and a bounded tail of stopped ones.
    expect(snapshot.services[0]!.started).toBe(403);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(40);
    expect(sizes[3]).toBe(sizes[1]);
    expect(snapshot.targetGroups[0]!.targets.length).toBeLessThanOrEqual(6);
    expect(sim.recentEvents().length).toBe(500);
  }, 30_000);
});
