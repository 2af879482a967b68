/**
 * Capacity that changes: a rolling deployment stalls on a full cluster and proceeds when an instance is added;
 * draining an instance replaces its tasks elsewhere first; a stopped instance takes its tasks down.
 */
import { instanceId } from '../../../src/engine/names';
import { ofType, run, world } from '../../support/world';

const INSTANCE = (n: number) => instanceId(`Cluster/test/${n}`);
const FAST = { healthCheck: { intervalSeconds: 5, healthyThreshold: 2 }, deregistrationDelaySeconds: 10 };

describe('a full cluster', () => {
  const spec = (addAt: number | null) =>
    world({
      instances: { count: 2, instanceType: 't3.small' },
      services: [{ id: 'Web', desiredCount: 2, ec2: { hostPort: 80 }, ...FAST }],
      script: [
        { at: 60, command: { do: 'deploy', service: 'Web', image: 'example/web:2' } },
        ...(addAt === null ? [] : [{ at: addAt, command: { do: 'addInstances' as const, cluster: 'Cluster', count: 1 } }]),
      ],
    });

  it('stalls a rolling deployment with the 100/200 defaults: no chair for a new task, no old task may stop', () => {
    const { sim, events } = run(spec(null), 400);
    const service = sim.snapshot().services[0]!;
    expect(service.deployments.map((d) => [d.id, d.status, d.rolloutState])).toEqual([
      ['ecs-svc/2', 'PRIMARY', 'IN_PROGRESS'],
      ['ecs-svc/1', 'ACTIVE', 'COMPLETED'],
    ]);
    expect(sim.snapshot().tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => t.id)).toEqual(['Web-1', 'Web-2']);
    expect(ofType(events, 'service.event').filter((e) => e.t >= 60_000).map((e) => e.message)).toEqual([
      `(service web) was unable to place a task because no container instance met all of its requirements. The closest matching container-instance ${INSTANCE(0)} is already using a port required by your task. For more information, see the Troubleshooting section.`,
    ]);
  });

  it('proceeds when an instance is added: one new task, one old stopped, the next placed where the port was freed', () => {
    const { sim, events } = run(spec(100), 400);
    const added = sim.snapshot().clusters[0]!.instances[2]!;
    expect(added).toMatchObject({ instanceType: 't3.small', availabilityZone: 'us-east-1c', cpu: { registered: 2048 }, memory: { registered: 2048 } });
    const started = ofType(events, 'service.event').filter((e) => e.message.includes('has started'));
    expect(started.map((e) => [e.t, e.message])).toEqual([
      [0, '(service web) has started 2 tasks: (task Web-1) (task Web-2).'],
      [100_000, '(service web) has started 1 tasks: (task Web-3).'],
      // Web-3 healthy at 100 + 10 + 10 = 120 s; Web-1 stops, drains 10 s, STOPPING 2 s, DEPROVISIONING 2 s.
      [134_000, '(service web) has started 1 tasks: (task Web-4).'],
    ]);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-3')!.instanceId).toBe(added.id);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-4')!.instanceId).toBe(INSTANCE(0));
    expect(ofType(events, 'service.event').some((e) => e.message === '(service web) (deployment ecs-svc/2) deployment completed.')).toBe(true);
  });
});

describe('draining a container instance', () => {
  it('replaces its tasks elsewhere first, then stops them with ECS reason, and places nothing new on it', () => {
    const spec = world({
      instances: { count: 3 },
      services: [{ id: 'Web', desiredCount: 3, ec2: {}, ...FAST }],
      script: [{ at: 60, command: { do: 'drainInstance', instance: INSTANCE(0) } }],
    });
    const { sim, events } = run(spec, 200);
    const web1 = sim.snapshot().tasks.find((t) => t.id === 'Web-1')!;
    expect(web1).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task stopped during instance draining' });
    const web4 = sim.snapshot().tasks.find((t) => t.id === 'Web-4')!;
    expect(web4.instanceId).not.toBe(INSTANCE(0));
    expect(web4.lastStatus).toBe('RUNNING');
    // The replacement started at the drain; Web-1 was stopped only once Web-4 was healthy (60 + 10 + 10 = 80 s).
    const stops = ofType(events, 'task.status').filter((e) => e.task === 'Web-1' && e.to === 'DEACTIVATING');
    expect(stops.map((e) => e.t)).toEqual([80_000]);
    expect(sim.snapshot().clusters[0]!.instances[0]!).toMatchObject({ status: 'DRAINING', taskIds: [] });
  });
});

describe('stopping a container instance', () => {
  it('stops its tasks at once with "Host EC2 (instance ...) stopped/terminated." and removes its capacity', () => {
    const spec = world({
      instances: { count: 2 },
      services: [{ id: 'Web', desiredCount: 2, ec2: {}, ...FAST }],
      script: [{ at: 60, command: { do: 'stopInstance', instance: INSTANCE(1) } }],
    });
    const { sim, events } = run(spec, 120);
    const web2 = ofType(events, 'task.status').filter((e) => e.task === 'Web-2');
    expect(web2.find((e) => e.to === 'DEACTIVATING')).toMatchObject({
      t: 60_000,
      stopCode: null,
      stoppedReason: `Host EC2 (instance ${INSTANCE(1)}) stopped/terminated.`,
    });
    expect(sim.snapshot().clusters[0]!.instances.map((i) => i.id)).toEqual([INSTANCE(0)]);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-3')!.instanceId).toBe(INSTANCE(0));
  });
});

describe('removing an instance', () => {
  it('drains it and deregisters it once its last task has stopped', () => {
    const spec = world({
      instances: { count: 2 },
      services: [{ id: 'Web', desiredCount: 2, ec2: {}, ...FAST }],
      script: [{ at: 60, command: { do: 'removeInstance', instance: INSTANCE(1) } }],
    });
    const { sim } = run(spec, 200);
    expect(sim.snapshot().clusters[0]!.instances.map((i) => i.id)).toEqual([INSTANCE(0)]);
    expect(sim.snapshot().tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => t.instanceId)).toEqual([INSTANCE(0), INSTANCE(0)]);
  });

  it('rejects commands naming an unknown instance or cluster', () => {
    const spec = world({
      instances: { count: 1 },
      services: [{ id: 'Web', ec2: {} }],
      script: [
        { at: 1, command: { do: 'drainInstance', instance: 'i-00000000000000000' } },
        { at: 2, command: { do: 'addInstances', cluster: 'Nope' } },
      ],
    });
    expect(ofType(run(spec, 5).events, 'command.rejected').map((e) => e.reason)).toEqual([
      'no container instance named i-00000000000000000',
      'no cluster named Nope',
    ]);
  });
});
