/**
 * A warm start (spec.start "warm", services/warmStart.ts): each service's desired tasks stand RUNNING, registered and
 * healthy at t = 0, placed as the scheduler would place them; the health-check clock starts at t_reg = 0 (MC2); the
 * grace period, the app's startup and a container check's start period are behind them; the first deployment is
 * COMPLETED, so a failed deployment can roll back to it.
 */
import { createSimulation, type SimEvent } from '../../src/engine';
import { ofType, run, world, type ServiceOptions } from '../support/world';
import { at, launchSequence, launched, messages, requestAt, requests, statusTimeline, targetTimeline, tgArn } from '../support/timeline';

const web = (over: Partial<ServiceOptions> = {}): ServiceOptions => ({
  id: 'Web',
  desiredCount: 3,
  healthCheck: { intervalSeconds: 10, healthyThreshold: 2, unhealthyThreshold: 2 },
  deregistrationDelaySeconds: 30,
  ...over,
});

const atZero = (events: readonly SimEvent[]) => events.filter((e) => e.t === 0);

describe('the world at t = 0', () => {
  const spec = world({ start: 'warm', services: [web()] });
  const { sim, events } = run(spec, 0);

  it('logs each task RUNNING and its target healthy, then the steady state, and nothing about starting', () => {
    expect(atZero(events)).toEqual([
      { t: 0, type: 'task.status', task: 'Web-1', service: 'Web', from: null, to: 'RUNNING', stopCode: null, stoppedReason: null },
      { t: 0, type: 'target.health', targetGroup: 'WebTargets', target: 'Web-1', instance: null, port: null, from: null, to: 'healthy', reason: null, description: null },
      { t: 0, type: 'task.status', task: 'Web-2', service: 'Web', from: null, to: 'RUNNING', stopCode: null, stoppedReason: null },
      { t: 0, type: 'target.health', targetGroup: 'WebTargets', target: 'Web-2', instance: null, port: null, from: null, to: 'healthy', reason: null, description: null },
      { t: 0, type: 'task.status', task: 'Web-3', service: 'Web', from: null, to: 'RUNNING', stopCode: null, stoppedReason: null },
      { t: 0, type: 'target.health', targetGroup: 'WebTargets', target: 'Web-3', instance: null, port: null, from: null, to: 'healthy', reason: null, description: null },
      { t: 0, type: 'service.event', service: 'Web', message: '(service web) has reached a steady state.' },
    ]);
  });

  it('shows the tasks RUNNING since 0 in three zones, the targets healthy since 0 and the first deployment COMPLETED', () => {
    const snap = sim.snapshot();
    expect(snap.tasks.map((t) => [t.id, t.lastStatus, t.healthStatus, t.availabilityZone, t.launchedAt, t.startedAt, t.statusHistory])).toEqual([
      ['Web-1', 'RUNNING', 'UNKNOWN', 'us-east-1a', 0, 0, [{ status: 'RUNNING', at: 0 }]],
      ['Web-2', 'RUNNING', 'UNKNOWN', 'us-east-1b', 0, 0, [{ status: 'RUNNING', at: 0 }]],
      ['Web-3', 'RUNNING', 'UNKNOWN', 'us-east-1c', 0, 0, [{ status: 'RUNNING', at: 0 }]],
    ]);
    const group = snap.targetGroups.find((g) => g.id === 'WebTargets')!;
    expect(group.healthyCount).toBe(3);
    expect(group.targets.map((t) => [t.taskId, t.state, t.registeredAt, t.history])).toEqual(
      ['Web-1', 'Web-2', 'Web-3'].map((id) => [id, 'healthy', 0, [{ state: 'healthy', reason: null, at: 0 }]]),
    );
    const service = snap.services.find((s) => s.id === 'Web')!;
    expect(service).toMatchObject({ steady: true, runningCount: 3, desiredCount: 3 });
    expect(service.deployments.map((d) => [d.id, d.status, d.rolloutState])).toEqual([['ecs-svc/1', 'PRIMARY', 'COMPLETED']]);
  });

  it('is the world the snapshot shows before the clock has run at all; its events wait for the run to begin', () => {
    const fresh = createSimulation(spec);
    expect(fresh.snapshot().tasks.map((t) => [t.id, t.lastStatus])).toEqual([['Web-1', 'RUNNING'], ['Web-2', 'RUNNING'], ['Web-3', 'RUNNING']]);
    expect(fresh.recentEvents()).toEqual([]);
    const seen: SimEvent[] = [];
    fresh.subscribe((e) => seen.push(e));
    fresh.advanceTo(0);
    expect(seen.map((e) => e.type)).toEqual(['task.status', 'target.health', 'task.status', 'target.health', 'task.status', 'target.health']);
  });

  it('a command at t = 0 comes after the warm tasks in the log and may name them', () => {
    const live = createSimulation(spec);
    const seen: SimEvent[] = [];
    live.subscribe((e) => seen.push(e));
    live.dispatch({ do: 'stopTask', task: 'Web-2' });
    expect(seen.slice(6, 8).map((e) => [e.type, 'task' in e ? e.task : null, 'to' in e ? e.to : null])).toEqual([
      ['command.applied', null, null],
      ['task.status', 'Web-2', 'DEACTIVATING'],
    ]);
  });

  it('is the same log for the same seed, byte for byte', () => {
    const lines = () => run(world({ start: 'warm', services: [web()], traffic: { rate: 20, mix: [{ path: '/web' }] } }), 120).events.map((e) => JSON.stringify(e));
    expect(lines()).toEqual(lines());
  });
});

describe('health checks after a warm start (MC2 with t_reg = 0)', () => {
  it('checks first at t = interval: failing from 0, a target is unhealthy at the second check, 20 s', () => {
    const { events } = run(world({ start: 'warm', services: [web()], script: [at(0, { do: 'failHealthChecks', task: 'Web-1' })] }), 30);
    expect(targetTimeline(events, 'Web-1')).toEqual([['healthy', 0], ['unhealthy', 20_000]]);
    expect(ofType(events, 'target.health').find((e) => e.to === 'unhealthy')?.description).toBe('Health checks failed with these codes: [500]');
  });

  it('a check with no answer fails at check time + timeout: unhealthy at 25 s', () => {
    const { events } = run(world({ start: 'warm', services: [web()], script: [at(0, { do: 'failHealthChecks', task: 'Web-1', timeout: true })] }), 30);
    expect(targetTimeline(events, 'Web-1')).toEqual([['healthy', 0], ['unhealthy', 25_000]]);
  });

  it('healthy targets pass their checks silently: no target event after t = 0 in a quiet world', () => {
    const { events } = run(world({ start: 'warm', services: [web()] }), 600);
    expect(ofType(events, 'target.health').filter((e) => e.t > 0)).toEqual([]);
    expect(ofType(events, 'task.status').filter((e) => e.t > 0)).toEqual([]);
  });

  it('the grace period is already over: a warm task failing its checks is marked, and its replacement started, the moment it turns unhealthy', () => {
    const spec = world({ start: 'warm', services: [web({ gracePeriodSeconds: 120 })], script: [at(0, { do: 'failHealthChecks', task: 'Web-1' })] });
    const { events } = run(spec, 30);
    expect(launched(events)).toEqual([['Web-1', 0], ['Web-2', 0], ['Web-3', 0], ['Web-4', 20_000]]);
    expect(messages(events).filter(([t]) => t === 20_000).map(([, m]) => m)).toEqual([
      `(service web) (task Web-1) (port 8080) is unhealthy in (target-group ${tgArn(spec, 'WebTargets')}) due to (reason Health checks failed with these codes: [500])`,
      '(service web) has started 1 tasks: (task Web-4).',
    ]);
  });

  it('the app answers from t = 0, however long it takes to start', () => {
    const { events } = run(world({ start: 'warm', services: [web({ app: { startupSeconds: 90 } })], script: [requestAt(0.5, '/web')] }), 5);
    expect(requests(events).map((r) => [r.t, r.target, r.status])).toEqual([[520, 'Web-1', 200]]);
  });
});

describe('container health after a warm start', () => {
  const containerHealthCheck = { command: ['CMD-SHELL', 'curl -f localhost:8080/health'], intervalSeconds: 10, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 60 };

  it('reads HEALTHY at 0, checks at t = Interval, and its start period is behind it', () => {
    const spec = world({
      start: 'warm',
      services: [web({ desiredCount: 1, path: null, containerHealthCheck })],
      script: [at(0, { do: 'failHealthChecks', task: 'Web-1', container: true })],
    });
    const { events } = run(spec, 40);
    expect(ofType(events, 'task.health').map((e) => [e.t, e.task, e.from, e.to])).toEqual([
      [0, 'Web-1', 'UNKNOWN', 'HEALTHY'],
      [30_000, 'Web-1', 'HEALTHY', 'UNHEALTHY'],
    ]);
    expect(messages(events)).toContainEqual([30_000, '(service web) (task Web-1) failed container health checks']);
  });

  it('a task with neither a load balancer nor a container check counts healthy at once: steady at 0', () => {
    const { events } = run(world({ start: 'warm', services: [web({ path: null })] }), 0);
    expect(messages(events)).toEqual([[0, '(service web) has reached a steady state.']]);
  });
});

describe('a crash at 90 s in a warm world', () => {
  const spec = world({
    start: 'warm',
    services: [web({ app: { latencyMs: 1000 } })],
    script: [requestAt(89, '/web'), requestAt(89.5, '/web'), at(90, { do: 'crashTask', task: 'Web-2' })],
  });
  const { events } = run(spec, 200);

  it('answers the crashed task\'s in-flight request 502 at the crash', () => {
    // The crash is a command, first in its millisecond (MC14); Web-1's answer completes after it.
    expect(requests(events).map((r) => [r.t, r.target, r.status, r.source, r.latencyMs])).toEqual([
      [90_000, 'Web-2', 502, 'elb', 500],
      [90_000, 'Web-1', 200, 'target', 1000],
    ]);
  });

  it('starts Web-4 at once; it registers at 100 s, is healthy at 120 s, and the service is steady when Web-2 has stopped', () => {
    expect(statusTimeline(events, 'Web-4')).toEqual(launchSequence(90_000));
    expect(targetTimeline(events, 'Web-4')).toEqual([['initial', 100_000], ['healthy', 120_000]]);
    expect(statusTimeline(events, 'Web-2')).toEqual([['RUNNING', 0], ['DEACTIVATING', 90_000], ['STOPPING', 120_000], ['DEPROVISIONING', 120_000], ['STOPPED', 122_000]]);
    expect(messages(events).filter(([, m]) => m.includes('steady state')).map(([t]) => t)).toEqual([0, 122_000]);
  });
});

describe('deployments from a warm world', () => {
  it('a rolling deployment starts three new tasks at 60 s and stops the warm ones once they are healthy', () => {
    const spec = world({ start: 'warm', services: [web()], script: [at(60, { do: 'deploy', service: 'Web', image: 'example/web:2' })] });
    const { events } = run(spec, 200);
    expect(launched(events)).toEqual([['Web-1', 0], ['Web-2', 0], ['Web-3', 0], ['Web-4', 60_000], ['Web-5', 60_000], ['Web-6', 60_000]]);
    for (const id of ['Web-4', 'Web-5', 'Web-6']) expect(targetTimeline(events, id)).toEqual([['initial', 70_000], ['healthy', 90_000]]);
    for (const id of ['Web-1', 'Web-2', 'Web-3']) {
      expect(statusTimeline(events, id)).toEqual([['RUNNING', 0], ['DEACTIVATING', 90_000], ['STOPPING', 120_000], ['DEPROVISIONING', 122_000], ['STOPPED', 124_000]]);
    }
    expect(messages(events).filter(([, m]) => m.includes('deployment') || m.includes('steady')).map(([t, m]) => [t, m])).toEqual([
      [0, '(service web) has reached a steady state.'],
      [124_000, '(service web) (deployment ecs-svc/2) deployment completed.'],
      [124_000, '(service web) has reached a steady state.'],
    ]);
  });

  it('a deployment that cannot pull trips the circuit breaker and rolls back to the warm deployment ecs-svc/1', () => {
    const spec = world({
      start: 'warm',
      services: [web({ desiredCount: 2, circuitBreaker: { enable: true, rollback: true } })],
      script: [at(60, { do: 'deploy', service: 'Web', image: 'example/web:missing', pullError: 'CannotPullContainerError: not found' })],
    });
    const { sim, events } = run(spec, 300);
    expect(messages(events).filter(([, m]) => !m.includes('target'))).toEqual([
      [0, '(service web) has reached a steady state.'],
      [60_000, '(service web) has started 2 tasks: (task Web-3) (task Web-4).'],
      [70_000, '(service web) is unable to consistently start tasks successfully.'],
      [80_000, '(service web) has started 2 tasks: (task Web-5) (task Web-6).'],
      [90_000, '(service web) (deployment ecs-svc/2) deployment failed: tasks failed to start.'],
      [90_000, '(service web) rolling back to deployment ecs-svc/1.'],
      // The failed tasks hold the maximum percent's slots until they have stopped.
      [92_000, '(service web) has started 2 tasks: (task Web-7) (task Web-8).'],
      [122_000, '(service web) has stopped 2 running tasks: (task Web-1) (task Web-2).'],
      [122_000, '(service web) has begun draining connections on 2 tasks.'],
      [156_000, '(service web) (deployment ecs-svc/3) deployment completed.'],
      [156_000, '(service web) has reached a steady state.'],
    ]);
    const rollback = sim.snapshot().services[0]!.deployments[0]!;
    expect([rollback.id, rollback.taskDefinition]).toEqual(['ecs-svc/3', 'web:1']);
  });
});

describe('EC2 capacity at a warm start', () => {
  const ec2Web = (over: Partial<ServiceOptions> = {}) => web({ desiredCount: 6, ec2: { hostPort: null, cpu: 256, memory: 256 }, ...over });

  it('places warm tasks exactly where the scheduler places cold ones: same instances, host ports and zones', () => {
    const where = (start: 'warm' | 'cold', t: number) =>
      run(world({ start, instances: { count: 3 }, services: [ec2Web()] }), t).sim.snapshot().tasks.map((task) => [task.id, task.instanceId, task.hostPorts, task.availabilityZone, task.privateIp]);
    expect(where('warm', 0)).toEqual(where('cold', 1));
    expect(new Set(where('warm', 0).map(([, instance]) => instance)).size).toBe(3);
  });

  it('places what fits warm; the rest start cold with ECS\'s message, and the first deployment completes when they are healthy', () => {
    const spec = world({
      start: 'warm',
      instances: { count: 2 },
      services: [ec2Web({ desiredCount: 3, ec2: { hostPort: 8080 } })],
      script: [at(30, { do: 'addInstances', cluster: 'Cluster', count: 1 })],
    });
    const { events } = run(spec, 100);
    expect(launched(events)).toEqual([['Web-1', 0], ['Web-2', 0], ['Web-3', 30_000]]);
    expect(statusTimeline(events, 'Web-1')).toEqual([['RUNNING', 0]]);
    const at0 = messages(events).filter(([t]) => t === 0).map(([, m]) => m);
    expect(at0).toHaveLength(1);
    expect(at0[0]).toMatch(/^\(service web\) was unable to place a task because no container instance met all of its requirements\. The closest matching container-instance i-[0-9a-f]{17} is already using a port required by your task\./);
    expect(targetTimeline(events, 'Web-3')).toEqual([['initial', 40_000], ['healthy', 60_000]]);
    expect(messages(events).filter(([, m]) => m.includes('deployment completed') || m.includes('steady'))).toEqual([
      [60_000, '(service web) (deployment ecs-svc/1) deployment completed.'],
      [60_000, '(service web) has reached a steady state.'],
    ]);
  });
});

describe('what a warm start leaves cold', () => {
  it('a task definition that cannot pull never ran: its service starts cold', () => {
    const { events } = run(world({ start: 'warm', services: [web({ desiredCount: 1, app: { pullError: 'CannotPullContainerError: not found' } }), web({ id: 'Api', desiredCount: 1 })] }), 0);
    expect(ofType(events, 'task.status').map((e) => [e.task, e.to])).toEqual([['Api-1', 'RUNNING'], ['Web-1', 'PROVISIONING']]);
  });

  it('a cold world is unchanged: tasks launch at 0 and turn healthy after their checks', () => {
    const { events } = run(world({ services: [web({ desiredCount: 1 })] }), 40);
    expect(statusTimeline(events, 'Web-1')).toEqual(launchSequence(0));
    expect(targetTimeline(events, 'Web-1')).toEqual([['initial', 10_000], ['healthy', 30_000]]);
  });
});
