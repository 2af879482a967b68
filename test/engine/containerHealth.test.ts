/**
 * Container health checks (facts 9-10, 17, 31, 41; MC6, MC21).
 */
import type { ContainerHealthCheckSpec } from '../../src/engine';
import type { ServiceOptions } from '../support/world';
import { ofType, run, world } from '../support/world';
import { at, launched, messages, messagesWith, statusTimeline, stopSequence } from '../support/timeline';

const check = (extra: Partial<ContainerHealthCheckSpec> = {}): ContainerHealthCheckSpec => ({
  command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'],
  intervalSeconds: 10,
  timeoutSeconds: 5,
  retries: 3,
  startPeriodSeconds: 0,
  ...extra,
});

const worker = (extra: Partial<ServiceOptions> = {}): ServiceOptions => ({ id: 'Worker', path: null, containerHealthCheck: check(), ...extra });
const failContainer = (seconds: number, task = 'Worker-1') => at(seconds, { do: 'failHealthChecks', task, container: true });
const healthOf = (events: Parameters<typeof ofType>[0], task: string) =>
  ofType(events, 'task.health')
    .filter((e) => e.task === task)
    .map((e) => [e.from, e.to, e.t]);

describe('a passing container check (MC21, fact 41)', () => {
  it('runs every Interval from RUNNING: HEALTHY at RUNNING + 10 s, which counts the task healthy', () => {
    const { events } = run(world({ services: [worker()] }), 100);
    expect(ofType(events, 'task.health')).toEqual([{ t: 21_000, type: 'task.health', task: 'Worker-1', service: 'Worker', from: 'UNKNOWN', to: 'HEALTHY' }]);
    expect(messages(events, 'Worker')).toEqual([
      [0, '(service worker) has started 1 tasks: (task Worker-1).'],
      [21_000, '(service worker) (deployment ecs-svc/1) deployment completed.'],
      [21_000, '(service worker) has reached a steady state.'],
    ]);
  });

  it('with a load balancer too, the task counts only when its target is healthy as well', () => {
    const { events } = run(world({ services: [{ id: 'Web', containerHealthCheck: check() }] }), 200);
    expect(healthOf(events, 'Web-1')).toEqual([['UNKNOWN', 'HEALTHY', 21_000]]);
    expect(messagesWith(events, 'deployment completed.')).toEqual([[160_000, '(service web) (deployment ecs-svc/1) deployment completed.']]);
  });
});

describe('Retries consecutive failures make the task UNHEALTHY (MC21)', () => {
  const { sim, events } = run(world({ services: [worker()], script: [failContainer(100)] }), 300);

  it('checks at 101, 111, 121 s fail: UNHEALTHY at 121 s', () => {
    expect(healthOf(events, 'Worker-1')).toEqual([
      ['UNKNOWN', 'HEALTHY', 21_000],
      ['HEALTHY', 'UNHEALTHY', 121_000],
    ]);
  });

  it('ECS says so (fact 31) and starts a replacement at once', () => {
    expect(messages(events, 'Worker').filter(([t]) => t === 121_000)).toEqual([
      [121_000, '(service worker) (task Worker-1) failed container health checks'],
      [121_000, '(service worker) has started 1 tasks: (task Worker-2).'],
    ]);
    expect(launched(events)).toEqual([
      ['Worker-1', 0],
      ['Worker-2', 121_000],
    ]);
  });

  it('stops the failed task once the replacement is HEALTHY, with "Task failed container health checks"', () => {
    expect(healthOf(events, 'Worker-2')).toEqual([['UNKNOWN', 'HEALTHY', 142_000]]);
    expect(statusTimeline(events, 'Worker-1').slice(4)).toEqual(stopSequence(142_000, 0, 2000));
    expect(sim.snapshot().tasks.find((t) => t.id === 'Worker-1')).toMatchObject({
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: 'Task failed container health checks',
      healthStatus: 'UNHEALTHY',
    });
  });
});

describe('StartPeriod (fact 9, MC21)', () => {
  it('failures inside StartPeriod do not count', () => {
    // Failing from 5 s. Without a start period: 21, 31, 41 s fail -> UNHEALTHY at 41 s.
    const plain = run(world({ services: [worker({ gracePeriodSeconds: 1000 })], script: [failContainer(5)] }), 100);
    expect(healthOf(plain.events, 'Worker-1')).toEqual([['UNKNOWN', 'UNHEALTHY', 41_000]]);
    // StartPeriod 30 s (until 41 s): 21 and 31 s do not count; 41, 51, 61 s do -> UNHEALTHY at 61 s.
    const withStart = run(world({ services: [worker({ gracePeriodSeconds: 1000, containerHealthCheck: check({ startPeriodSeconds: 30 }) })], script: [failContainer(5)] }), 100);
    expect(healthOf(withStart.events, 'Worker-1')).toEqual([['UNKNOWN', 'UNHEALTHY', 61_000]]);
  });

  it('a success during StartPeriod marks the container HEALTHY at once', () => {
    const { events } = run(world({ services: [worker({ containerHealthCheck: check({ startPeriodSeconds: 60 }) })] }), 100);
    expect(healthOf(events, 'Worker-1')).toEqual([['UNKNOWN', 'HEALTHY', 21_000]]);
  });

  it('a check before the app is up fails (startupSeconds 15: the 21 s check fails, the 31 s one passes)', () => {
    const { events } = run(world({ services: [worker({ app: { startupSeconds: 15 } })] }), 100);
    expect(healthOf(events, 'Worker-1')).toEqual([['UNKNOWN', 'HEALTHY', 31_000]]);
  });
});

describe('the grace period covers container health too (fact 37, MC6)', () => {
  it('UNHEALTHY at 41 s but marked only when the 60 s grace ends at 71 s', () => {
    const { events } = run(world({ services: [worker({ gracePeriodSeconds: 60 })], script: [failContainer(5)] }), 80);
    expect(healthOf(events, 'Worker-1')).toEqual([['UNKNOWN', 'UNHEALTHY', 41_000]]);
    expect(messages(events, 'Worker').slice(1)).toEqual([
      [71_000, '(service worker) (task Worker-1) failed container health checks'],
      [71_000, '(service worker) has started 1 tasks: (task Worker-2).'],
    ]);
  });
});
