/**
 * The scheduler reads each service's tally (src/engine/services/serviceTally.ts) instead of walking its tasks. These
 * tests run random worlds, Fargate and EC2, through every kind of change (launches, crashes, failed checks, scaling,
 * deployments good and bad, circuit breakers, drained, stopped and removed instances, deleted services) with
 * `checkTallies`, which counts every service again from scratch after each settle and throws on any difference: the
 * kept counts, the marked tasks' order and the per-deployment figures must be exactly what walking would give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command, ScenarioSpec } from '../../src/engine';
import { createSimulation } from '../../src/engine';
import { EngineState } from '../../src/engine/core/engineState';
import { addService } from '../../src/engine/services/serviceRecords';
import { tallyProblems } from '../../src/engine/services/tallyCheck';
import { launchTask } from '../../src/engine/tasks/taskLifecycle';
import { registerTaskDef } from '../../src/engine/tasks/taskDefinitions';
import { world, type ServiceOptions } from '../support/world';

const IDS = ['Web', 'Api', 'Jobs'] as const;

const serviceArb = (id: string, ec2: boolean) =>
  fc
    .record({
      desiredCount: fc.integer({ min: 0, max: 10 }),
      interval: fc.constantFrom(5, 10, 30),
      healthyThreshold: fc.integer({ min: 2, max: 4 }),
      dereg: fc.constantFrom(0, 5, 30),
      grace: fc.constantFrom(0, 20),
      deploy: fc.constantFrom([100, 200], [50, 200], [50, 100], [0, 100], [100, 100]),
      pending: fc.integer({ min: 0, max: 7 }),
      noLoadBalancer: fc.boolean(),
      breaker: fc.constantFrom(null, { enable: true, rollback: true }, { enable: true, rollback: false }),
      placement: fc.constantFrom('default', 'binpack', 'random', 'distinct', 'fixedPort'),
    })
    .map(
      (r): ServiceOptions => ({
        id,
        desiredCount: r.desiredCount,
        healthCheck: { intervalSeconds: r.interval, timeoutSeconds: Math.min(r.interval - 1, 5), healthyThreshold: r.healthyThreshold, unhealthyThreshold: 2 },
        deregistrationDelaySeconds: r.dereg,
        gracePeriodSeconds: r.grace,
        minimumHealthyPercent: r.deploy[0],
        maximumPercent: r.deploy[1],
        stopTimeoutSeconds: 10,
        ...(r.noLoadBalancer ? { path: null } : {}),
        ...(r.breaker ? { circuitBreaker: r.breaker } : {}),
        ...(ec2
          ? {
              ec2: {
                ...(r.placement === 'binpack' ? { placementStrategies: [{ type: 'binpack' as const, field: 'memory' as const }] } : {}),
                ...(r.placement === 'random' ? { placementStrategies: [{ type: 'random' as const, field: null }] } : {}),
                ...(r.placement === 'distinct' ? { placementConstraints: [{ type: 'distinctInstance' as const, expression: null }] } : {}),
                ...(r.placement === 'fixedPort' ? { hostPort: 8080 } : {}),
              },
            }
          : {}),
        app: { provisioningSeconds: 1, pendingSeconds: r.pending, startupSeconds: 2, shutdownSeconds: 1 },
      }),
    );

const KINDS = ['crash', 'stop', 'fail', 'failContainer', 'recover', 'scale', 'scale', 'deploy', 'deployBad', 'force', 'delete', 'drain', 'stopInstance', 'removeInstance', 'addInstances'] as const;

const changeArb = (services: number) =>
  fc.record({
    at: fc.integer({ min: 0, max: 300 }),
    service: fc.integer({ min: 0, max: services - 1 }),
    task: fc.integer({ min: 1, max: 15 }),
    kind: fc.constantFrom(...KINDS),
    n: fc.integer({ min: 0, max: 12 }),
  });

const caseArb = fc.boolean().chain((ec2) =>
  fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc.record({
      ec2: fc.constant(ec2),
      services: fc.tuple(...IDS.slice(0, n).map((id) => serviceArb(id, ec2))),
      changes: fc.array(changeArb(n), { maxLength: 20 }),
      instances: fc.integer({ min: 1, max: 6 }),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
    }),
  ),
);

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function specOf(c: Case): ScenarioSpec {
  const spec = world({
    seed: c.seed,
    services: [...c.services],
    ...(c.ec2 ? { instances: { count: c.instances, instanceType: 't3.medium' } } : {}),
    traffic: { rate: 5, mix: c.services.map((s) => ({ path: `/${s.id.toLowerCase()}/x` })) },
  });
  const instances = spec.clusters[0]!.instances.map((i) => i.id);
  const script = c.changes.map((change) => {
    const service = IDS[change.service]!;
    const task = `${service}-${change.task}`;
    const instance = instances[change.n % Math.max(1, instances.length)] ?? 'i-none';
    const commands: Record<(typeof KINDS)[number], Command> = {
      crash: { do: 'crashTask', task },
      stop: { do: 'stopTask', task },
      fail: { do: 'failHealthChecks', task },
      failContainer: { do: 'failHealthChecks', task, container: true },
      recover: { do: 'recoverTask', task },
      scale: { do: 'setDesiredCount', service, count: change.n },
      deploy: { do: 'deploy', service, image: `example/app:${change.n}` },
      deployBad: { do: 'deploy', service, image: `example/app:${change.n}`, pullError: 'CannotPullContainerError: not found' },
      force: { do: 'forceNewDeployment', service },
      delete: { do: 'deleteService', service },
      drain: { do: 'drainInstance', instance },
      stopInstance: { do: 'stopInstance', instance },
      removeInstance: { do: 'removeInstance', instance },
      addInstances: { do: 'addInstances', cluster: 'Cluster', count: 1 + (change.n % 3) },
    };
    return { at: change.at, command: commands[change.kind] };
  });
  return { ...spec, script: script.sort((a, b) => a.at - b.at) };
}

describe("the scheduler's tally", () => {
  it('is what counting every task from scratch gives, after every settle of random worlds', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const sim = createSimulation(specOf(c), { checkTallies: true });
        sim.runUntil(600_000);
        expect(sim.now()).toBe(600_000);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40), seed: 16 },
    );
  }, 60_000);

  it('finds a count that was not kept', () => {
    const spec = world({ services: [{ id: 'Web', desiredCount: 2 }] });
    const engine = new EngineState(spec, 1, 10, false);
    for (const td of spec.taskDefinitions) registerTaskDef(engine, td);
    const service = addService(engine, spec.services[0]!)!;
    const task = launchTask(engine, service, service.deployments[0]!, 1)!;
    expect(tallyProblems(service)).toEqual([]);
    // Changed behind the tally's back, as a forgotten `retally` would leave it.
    task.lastStatus = 'STOPPED';
    expect(tallyProblems(service)).toEqual([`${task.id} is counted as ${task.tallied}, is 256`]);
  });
});
