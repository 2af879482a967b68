/**
 * Why a task is being replaced, as the snapshot says it (MC6, facts 39, 48): its own failed health checks, its
 * container instance draining, or a newer deployment; never "unhealthy" for a healthy task on a draining instance.
 * And a removed instance says so (issue 9).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSimulation, type TaskSnapshot, type WorldSnapshot } from '../../src/engine';
import { instanceId } from '../../src/engine/names';
import { loadScenario } from '../../src/scenario';
import { at } from '../support/timeline';
import { run, world } from '../support/world';

const INSTANCE = (n: number) => instanceId(`Cluster/test/${n}`);
const FAST = { healthCheck: { intervalSeconds: 5, healthyThreshold: 2 }, deregistrationDelaySeconds: 10 };

function task(snapshot: WorldSnapshot, id: string): TaskSnapshot {
  const found = snapshot.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

function targetState(snapshot: WorldSnapshot, id: string): string | undefined {
  return snapshot.targetGroups.flatMap((g) => g.targets).find((t) => t.taskId === id)?.state;
}

describe('a healthy task on a draining instance (issue 9)', () => {
  const spec = world({
    instances: { count: 3 },
    services: [{ id: 'Web', desiredCount: 3, ec2: {}, ...FAST }],
    script: [{ at: 60, command: { do: 'drainInstance', instance: INSTANCE(0) } }],
  });

  it('is being replaced for the drain while its target stays healthy, until its replacement is healthy (80 s)', () => {
    const sim = createSimulation(spec);
    sim.runUntil(60_001);
    const drained = sim.snapshot();
    expect(task(drained, 'Web-1')).toMatchObject({ instanceId: INSTANCE(0), lastStatus: 'RUNNING', desiredStatus: 'RUNNING', replacement: 'instance-draining' });
    expect(targetState(drained, 'Web-1')).toBe('healthy');
    expect(['Web-2', 'Web-3', 'Web-4'].map((id) => task(drained, id).replacement)).toEqual([null, null, null]);
    sim.runUntil(79_999);
    expect(task(sim.snapshot(), 'Web-1').replacement).toBe('instance-draining');
    // Stopped at 80 s: no longer being replaced but leaving, with ECS's reason.
    sim.runUntil(80_001);
    expect(task(sim.snapshot(), 'Web-1')).toMatchObject({
      lastStatus: 'DEACTIVATING',
      desiredStatus: 'STOPPED',
      replacement: null,
      stoppedReason: 'Task stopped during instance draining',
    });
  });

  it('says the same in the dynamic-ports scenario: every task on the drained instance, none unhealthy', () => {
    const file = fileURLToPath(new URL('../../public/scenarios/dynamic-ports.json', import.meta.url));
    const loaded = loadScenario(readFileSync(file, 'utf8'), { fileName: 'dynamic-ports.json' });
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    const sim = createSimulation(loaded.spec);
    sim.runUntil(100_000);
    const instance = sim.snapshot().clusters[0]!.instances[0]!;
    sim.dispatch({ do: 'drainInstance', instance: instance.id });
    const snapshot = sim.snapshot();
    const on = snapshot.tasks.filter((t) => t.instanceId === instance.id);
    expect(on.map((t) => [t.id, t.replacement, targetState(snapshot, t.id)])).toEqual([
      ['CatalogService-1', 'instance-draining', 'healthy'],
      ['CatalogService-4', 'instance-draining', 'healthy'],
    ]);
    const elsewhere = snapshot.tasks.filter((t) => t.instanceId !== instance.id);
    expect(elsewhere.map((t) => t.replacement)).toEqual(elsewhere.map(() => null));
    expect(elsewhere.length).toBeGreaterThan(0);
  });
});

describe('replacement reasons', () => {
  it('failed load balancer health checks: the task is marked for them, its target unhealthy', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web', desiredCount: 2 }], script: [at(200, { do: 'failHealthChecks', task: 'Web-1' })] }));
    sim.runUntil(300_000);
    expect(task(sim.snapshot(), 'Web-1').replacement).toBe('elb-health-checks');
    expect(targetState(sim.snapshot(), 'Web-1')).toBe('unhealthy');
    expect(task(sim.snapshot(), 'Web-2').replacement).toBeNull();
  });

  it('failed container health checks', () => {
    const containerHealthCheck = { command: ['CMD-SHELL', 'true'], intervalSeconds: 10, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 0 };
    const sim = createSimulation(
      world({ services: [{ id: 'Worker', path: null, containerHealthCheck }], script: [at(100, { do: 'failHealthChecks', task: 'Worker-1', container: true })] }),
    );
    // Checks at 101, 111 and 121 s fail: UNHEALTHY at 121 s, and Worker-2 starts at once.
    sim.runUntil(121_001);
    expect(task(sim.snapshot(), 'Worker-1')).toMatchObject({ healthStatus: 'UNHEALTHY', replacement: 'container-health-checks' });
    expect(task(sim.snapshot(), 'Worker-2').replacement).toBeNull();
  });

  it('a rolling deployment replaces the older tasks, and nothing is being replaced once it completes', () => {
    const spec = world({ services: [{ id: 'Web', desiredCount: 2 }], script: [at(200, { do: 'deploy', service: 'Web', image: 'example/web:2' })] });
    const sim = createSimulation(spec);
    sim.runUntil(200_001);
    expect(sim.snapshot().tasks.map((t) => [t.id, t.deploymentId, t.replacement])).toEqual([
      ['Web-1', 'ecs-svc/1', 'deployment'],
      ['Web-2', 'ecs-svc/1', 'deployment'],
      ['Web-3', 'ecs-svc/2', null],
      ['Web-4', 'ecs-svc/2', null],
    ]);
    sim.runUntil(900_000);
    expect(sim.snapshot().services[0]!.deployments.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
    expect(sim.snapshot().tasks.filter((t) => t.lastStatus !== 'STOPPED').map((t) => [t.id, t.replacement])).toEqual([
      ['Web-3', null],
      ['Web-4', null],
    ]);
  });

  it('a failed deployment without rollback leaves the older tasks serving: they are not being replaced (fact 48)', () => {
    const spec = world({
      services: [{ id: 'Web', desiredCount: 2, circuitBreaker: { enable: true, rollback: false } }],
      script: [at(200, { do: 'deploy', service: 'Web', image: 'example/web:2', pullError: 'CannotPullContainerError: not found' })],
    });
    const { sim } = run(spec, 900);
    expect(sim.snapshot().services[0]!.deployments.map((d) => [d.id, d.rolloutState])).toEqual([
      ['ecs-svc/2', 'FAILED'],
      ['ecs-svc/1', 'COMPLETED'],
    ]);
    expect(sim.snapshot().tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => [t.id, t.replacement])).toEqual([
      ['Web-1', null],
      ['Web-2', null],
    ]);
  });
});

describe('a container instance being removed', () => {
  it('says so while it drains (a scripted removeInstance); a drained one does not', () => {
    const spec = world({
      instances: { count: 3 },
      services: [{ id: 'Web', desiredCount: 2, ec2: {}, ...FAST }],
      script: [
        { at: 60, command: { do: 'removeInstance', instance: INSTANCE(1) } },
        { at: 60, command: { do: 'drainInstance', instance: INSTANCE(2) } },
      ],
    });
    const sim = createSimulation(spec);
    sim.runUntil(60_001);
    expect(sim.snapshot().clusters[0]!.instances.map((i) => [i.id, i.status, i.removing])).toEqual([
      [INSTANCE(0), 'ACTIVE', false],
      [INSTANCE(1), 'DRAINING', true],
      [INSTANCE(2), 'DRAINING', false],
    ]);
  });
});
