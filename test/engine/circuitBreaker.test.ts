/**
 * The deployment circuit breaker (facts 48-53, MC8) and launch failures with the launch throttle (facts 56-58,
 * MC22).
 */
import { circuitBreakerThreshold, launchThrottleDelayMs } from '../../src/engine';
import { ofType, run, world } from '../support/world';
import { at, launched, messages, messagesWith, statusTimeline, stopSequence } from '../support/timeline';

const PULL = 'CannotPullContainerError: pull image manifest has been retried 5 time(s): example/web:bad: not found';
const ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0000000000000000';
const breaker = { enable: true, rollback: false };
const rollback = { enable: true, rollback: true };
const badDeploy = at(200, { do: 'deploy', service: 'Web', image: 'example/web:bad', pullError: PULL });

describe('threshold: ceil(0.5 x N) clamped to 3..200 (fact 49, MC8)', () => {
  it.each([
    [1, 3],
    [4, 3],
    [6, 3],
    [7, 4],
    [10, 5],
    [25, 13],
    [399, 200],
    [400, 200],
    [800, 200],
  ])('desired %i -> %i', (desired, threshold) => {
    expect(circuitBreakerThreshold(desired)).toBe(threshold);
  });
});

describe('launch throttle delay: min(10 x 2^(k-1), 900) s (MC22)', () => {
  it('doubles from 10 s and caps at 900 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map(launchThrottleDelayMs)).toEqual([
      10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 900_000, 900_000, 900_000,
    ]);
  });
});

describe('a deploy whose image cannot be pulled, desired 3, breaker without rollback', () => {
  const { sim, events } = run(world({ services: [{ id: 'Web', desiredCount: 3, circuitBreaker: breaker }], script: [badDeploy] }), 2000);

  it('fails each new task at the end of PENDING: DEPROVISIONING 2 s, STOPPED, TaskFailedToStart with the pull error', () => {
    for (const id of ['Web-4', 'Web-5', 'Web-6']) {
      expect(statusTimeline(events, id)).toEqual([
        ['PROVISIONING', 200_000],
        ['PENDING', 203_000],
        ['DEPROVISIONING', 210_000],
        ['STOPPED', 212_000],
      ]);
    }
    const stopped = ofType(events, 'task.status').find((e) => e.task === 'Web-4' && e.to === 'STOPPED');
    expect([stopped?.stopCode, stopped?.stoppedReason]).toEqual(['TaskFailedToStart', PULL]);
  });

  it('says the service cannot start tasks at the first failure, and fails the deployment at the third', () => {
    expect(messages(events, 'Web').filter(([t]) => t >= 210_000)).toEqual([
      [210_000, '(service web) is unable to consistently start tasks successfully.'],
      [210_000, '(service web) (deployment ecs-svc/2) deployment failed: tasks failed to start.'],
    ]);
  });

  it('starts no more tasks of the failed deployment and leaves the old tasks serving', () => {
    expect(launched(events).length).toBe(6);
    const service = sim.snapshot().services[0]!;
    expect(service.deployments.map((d) => [d.id, d.status, d.rolloutState, d.failedTasks])).toEqual([
      ['ecs-svc/2', 'PRIMARY', 'FAILED', 3],
      ['ecs-svc/1', 'ACTIVE', 'COMPLETED', 0],
    ]);
    expect(sim.snapshot().tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => t.id)).toEqual(['Web-1', 'Web-2', 'Web-3']);
  });
});

describe('the same deploy with rollback (MC8)', () => {
  const { sim, events } = run(world({ services: [{ id: 'Web', desiredCount: 3, circuitBreaker: rollback }], script: [badDeploy] }), 1000);

  it('announces the rollback to the last completed deployment right after the failure', () => {
    expect(messages(events, 'Web').filter(([t]) => t === 210_000)).toEqual([
      [210_000, '(service web) is unable to consistently start tasks successfully.'],
      [210_000, '(service web) (deployment ecs-svc/2) deployment failed: tasks failed to start.'],
      [210_000, '(service web) rolling back to deployment ecs-svc/1.'],
    ]);
  });

  it('starts a new deployment ecs-svc/3 of the old revision once the failed tasks free their slots (MC9)', () => {
    expect(launched(events).slice(6)).toEqual([
      ['Web-7', 212_000],
      ['Web-8', 212_000],
      ['Web-9', 212_000],
    ]);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-7')).toMatchObject({
      deploymentId: 'ecs-svc/3',
      taskDefinition: 'web:1',
      image: 'example/web:1',
    });
  });

  it('replaces every older task like any deployment and completes', () => {
    for (const id of ['Web-1', 'Web-2', 'Web-3']) expect(statusTimeline(events, id).slice(4)).toEqual(stopSequence(372_000, 300_000, 2000));
    expect(messages(events, 'Web').filter(([t]) => t >= 600_000)).toEqual([
      [676_000, '(service web) (deployment ecs-svc/3) deployment completed.'],
      [676_000, '(service web) has reached a steady state.'],
    ]);
    expect(sim.snapshot().services[0]!.deployments.map((d) => [d.id, d.status, d.rolloutState, d.taskDefinition])).toEqual([
      ['ecs-svc/3', 'PRIMARY', 'COMPLETED', 'web:1'],
    ]);
  });
});

describe('the launch throttle (facts 56-57, MC22)', () => {
  const spec = world({ services: [{ id: 'Web', app: { pullError: PULL } }] });

  it('waits 10, 20, 40 ... s after each failed launch, capped at 900 s, and says so once', () => {
    const { events } = run(spec, 3200);
    expect(launched(events).map(([, t]) => t)).toEqual([
      0, 20_000, 50_000, 100_000, 190_000, 360_000, 690_000, 1_340_000, 2_250_000, 3_160_000,
    ]);
    expect(messagesWith(events, 'unable to consistently start')).toEqual([
      [10_000, '(service web) is unable to consistently start tasks successfully.'],
    ]);
  });

  it('counts a failed batch once, however many of its tasks failed', () => {
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 3, app: { pullError: PULL } }] }), 120);
    expect(launched(events).map(([, t]) => t)).toEqual([0, 0, 0, 20_000, 20_000, 20_000, 50_000, 50_000, 50_000, 100_000, 100_000, 100_000]);
  });

  it('a deploy of a new image ends the throttle at once and clears the inherited pull error', () => {
    const { events } = run(world({ services: [{ id: 'Web', app: { pullError: PULL } }], script: [at(400, { do: 'deploy', service: 'Web', image: 'example/web:2' })] }), 700);
    expect(launched(events).slice(5)).toEqual([
      ['Web-6', 360_000],
      ['Web-7', 400_000],
    ]);
    expect(messagesWith(events, 'deployment completed.')).toEqual([[560_000, '(service web) (deployment ecs-svc/2) deployment completed.']]);
  });
});

describe('desired 1: the threshold is 3, not the 2023 guide\'s 10 (facts 49-50)', () => {
  it('fails the deployment at the third throttled failure', () => {
    const { events } = run(world({ services: [{ id: 'Web', circuitBreaker: breaker }], script: [badDeploy] }), 1000);
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 200_000],
      ['Web-3', 220_000],
      ['Web-4', 250_000],
    ]);
    expect(messagesWith(events, 'deployment failed')).toEqual([
      [260_000, '(service web) (deployment ecs-svc/2) deployment failed: tasks failed to start.'],
    ]);
  });
});

describe('a first deployment that fails has nothing to roll back to (MC8)', () => {
  it('fails without a rollback and launches nothing more', () => {
    const { sim, events } = run(world({ services: [{ id: 'Web', circuitBreaker: rollback, app: { pullError: PULL } }] }), 2000);
    expect(launched(events).map(([, t]) => t)).toEqual([0, 20_000, 50_000]);
    expect(messages(events, 'Web').filter(([, m]) => m.includes('deployment'))).toEqual([
      [60_000, '(service web) (deployment ecs-svc/1) deployment failed: tasks failed to start.'],
    ]);
    expect(sim.snapshot().services[0]!.deployments.map((d) => [d.id, d.rolloutState, d.failedTasks])).toEqual([['ecs-svc/1', 'FAILED', 3]]);
  });
});

describe('tasks stopped for failing health checks count (MC8)', () => {
  const { sim, events } = run(
    world({
      services: [{ id: 'Web', desiredCount: 3, circuitBreaker: breaker }],
      script: [at(200, { do: 'deploy', service: 'Web', responses: [{ pattern: '/health', status: 404 }] })],
    }),
    1000,
  );

  it('stops each new task when its target turns unhealthy (the old ones are N healthy) and fails at the third', () => {
    const stops = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stops.map((e) => [e.task, e.t, e.stoppedReason])).toEqual([
      ['Web-4', 270_000, `Task failed ELB health checks in (target-group ${ARN})`],
      ['Web-5', 270_000, `Task failed ELB health checks in (target-group ${ARN})`],
      ['Web-6', 270_000, `Task failed ELB health checks in (target-group ${ARN})`],
    ]);
    expect(messagesWith(events, 'deployment failed')).toEqual([
      [270_000, '(service web) (deployment ecs-svc/2) deployment failed: tasks failed health checks.'],
    ]);
  });

  it('does not throttle launches: the tasks had reached RUNNING (fact 58)', () => {
    expect(messagesWith(events, 'unable to consistently start')).toEqual([]);
    expect(launched(events).length).toBe(6);
    expect(sim.snapshot().services[0]!.deployments[0]).toMatchObject({ id: 'ecs-svc/2', rolloutState: 'FAILED', failedTasks: 3 });
  });
});

describe('a task that turns healthy resets the count (MC8, fact 51 resetOnHealthyTask)', () => {
  const spec = world({
    services: [{ id: 'Web', desiredCount: 3, circuitBreaker: rollback }],
    script: [
      at(200, { do: 'deploy', service: 'Web', image: 'example/web:2' }),
      at(215, { do: 'crashTask', task: 'Web-4' }),
      at(216, { do: 'crashTask', task: 'Web-5' }),
      at(530, { do: 'crashTask', task: 'Web-7' }),
    ],
  });
  const failedAt = (seconds: number) => run(spec, seconds).sim.snapshot().services[0]!.deployments[0]!.failedTasks;

  it('counts crashes of never-healthy tasks, resets when Web-6 turns healthy at 360 s, and never trips', () => {
    expect([failedAt(217), failedAt(359), failedAt(361), failedAt(531)]).toEqual([2, 2, 0, 1]);
    const { events } = run(spec, 1500);
    expect(launched(events).slice(6)).toEqual([
      ['Web-7', 517_000],
      ['Web-8', 518_000],
      // U = 6 is full (Web-7 still draining) until the old task stopped at 360 s has STOPPED at 664 s.
      ['Web-9', 664_000],
    ]);
    expect(messagesWith(events, 'deployment failed')).toEqual([]);
  });
});
