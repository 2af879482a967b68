/**
 * Replacing tasks that fail their load balancer's health checks (facts 37-39, MC5, MC6): replacement first, stop
 * the failed task only once the replacement is healthy; the grace period; the one-at-a-time path when
 * maximumPercent leaves no room.
 */
import { ofType, run, world } from '../support/world';
import { at, launchSequence, launched, messages, requestAt, requests, statusTimeline, stopSequence, targetTimeline } from '../support/timeline';

const ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0000000000000000';
const ELB_REASON = `Task failed ELB health checks in (target-group ${ARN})`;

describe('fact 39: an unhealthy task is replaced first', () => {
  // Healthy at 160 s; checks at 10 + 30k s, so failing from 200 s fails at 220 and 250: unhealthy at 250 s.
  const spec = world({ services: [{ id: 'Web' }], script: [at(200, { do: 'failHealthChecks', task: 'Web-1' })] });
  const { sim, events } = run(spec, 1000);

  it('marks the task in the same instant the target turns unhealthy (MC5) and starts the replacement then', () => {
    expect(messages(events, 'Web').filter(([t]) => t === 250_000)).toEqual([
      [
        250_000,
        `(service web) (task Web-1) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Health checks failed with these codes: [500])`,
      ],
      [250_000, '(service web) has started 1 tasks: (task Web-2).'],
    ]);
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 250_000],
    ]);
  });

  it('keeps the failed task RUNNING until the replacement is healthy (410 s), then drains it for 300 s and stops it', () => {
    expect(targetTimeline(events, 'Web-2')).toEqual([
      ['initial', 260_000],
      ['healthy', 410_000],
    ]);
    expect(statusTimeline(events, 'Web-1')).toEqual([...launchSequence(0), ...stopSequence(410_000, 300_000, 2000)]);
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
      ['unhealthy', 250_000],
      ['draining', 410_000],
      ['unused', 710_000],
    ]);
  });

  it('stops it with ServiceSchedulerInitiated and "Task failed ELB health checks in (target-group <arn>)" (fact 17)', () => {
    const deactivating = ofType(events, 'task.status').find((e) => e.task === 'Web-1' && e.to === 'DEACTIVATING');
    expect(deactivating).toMatchObject({ t: 410_000, stopCode: 'ServiceSchedulerInitiated', stoppedReason: ELB_REASON });
    expect(messages(events, 'Web').filter(([t]) => t === 410_000)).toEqual([
      [410_000, '(service web) has stopped 1 running tasks: (task Web-1).'],
      [410_000, `(service web) deregistered 1 targets in (target-group ${ARN})`],
      [410_000, '(service web) has begun draining connections on 1 tasks.'],
    ]);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-1')).toMatchObject({
      lastStatus: 'STOPPED',
      stoppedAt: 714_000,
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: ELB_REASON,
    });
  });

  it('shows the mark in the snapshot while the replacement starts', () => {
    const mid = run(spec, 300).sim.snapshot();
    expect(mid.tasks.map((t) => [t.id, t.lastStatus, t.replacement])).toEqual([
      ['Web-1', 'RUNNING', 'elb-health-checks'],
      ['Web-2', 'RUNNING', null],
    ]);
  });

  it('reaches a steady state again once the failed task has stopped (engine: all N active tasks healthy)', () => {
    // The spec's steady test (fact 29) is the waiter's; the engine requires the N tasks not yet STOPPED to be
    // healthy, which is sensible and is what is asserted here.
    expect(messages(events, 'Web').filter(([, m]) => m.endsWith('steady state.'))).toEqual([
      [160_000, '(service web) has reached a steady state.'],
      [714_000, '(service web) has reached a steady state.'],
    ]);
  });
});

describe('health-check timeouts name the reason in the unhealthy message', () => {
  it('uses "Request timed out"', () => {
    const { events } = run(
      world({ services: [{ id: 'Web' }], script: [at(200, { do: 'failHealthChecks', task: 'Web-1', timeout: true })] }),
      300,
    );
    expect(messages(events, 'Web').filter(([, m]) => m.includes('is unhealthy'))).toEqual([
      [255_000, `(service web) (task Web-1) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Request timed out)`],
    ]);
  });
});

describe('healthCheckGracePeriodSeconds (fact 37, MC6)', () => {
  // A slow starter: RUNNING at 11 s, answering from 101 s. Checks every 10 s from 10 s, thresholds 2 and 2:
  // unhealthy at 30 s, healthy again at 120 s (checks at 110 and 120 succeed).
  const slow = (grace: number) =>
    world({
      services: [
        {
          id: 'Web',
          gracePeriodSeconds: grace,
          app: { startupSeconds: 90 },
          healthCheck: { intervalSeconds: 10, healthyThreshold: 2, unhealthyThreshold: 2 },
        },
      ],
    });

  it('with grace 0 the slow starter is marked at 30 s and a replacement starts then', () => {
    const { events } = run(slow(0), 1000);
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 30_000],
    ]);
    expect(messages(events, 'Web').filter(([, m]) => m.includes('is unhealthy'))).toEqual([
      [30_000, `(service web) (task Web-1) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Health checks failed)`],
      [60_000, `(service web) (task Web-2) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Health checks failed)`],
    ]);
    // Web-1 turns healthy at 120 s: its mark clears (MC6), the service has N healthy unmarked tasks, so the
    // still-marked replacement is the one stopped.
    expect(statusTimeline(events, 'Web-1')).toEqual(launchSequence(0));
    const stop = ofType(events, 'task.status').find((e) => e.task === 'Web-2' && e.to === 'DEACTIVATING');
    expect(stop).toMatchObject({ t: 120_000, stopCode: 'ServiceSchedulerInitiated', stoppedReason: ELB_REASON });
    expect(statusTimeline(events, 'Web-2').slice(4)).toEqual(stopSequence(120_000, 300_000, 2000));
  });

  it('with grace 120 the same task is never marked and becomes healthy at 120 s', () => {
    const { events } = run(slow(120), 1000);
    expect(launched(events)).toEqual([['Web-1', 0]]);
    expect(messages(events, 'Web')).toEqual([
      [0, '(service web) has started 1 tasks: (task Web-1).'],
      [10_000, `(service web) registered 1 targets in (target-group ${ARN})`],
      [120_000, '(service web) (deployment ecs-svc/1) deployment completed.'],
      [120_000, '(service web) has reached a steady state.'],
    ]);
  });

  it('a target still unhealthy when the grace period ends is marked at that moment', () => {
    // Default checks (30 s, 5 healthy): unhealthy at 70 s, first success at 130 s; grace ends at 11 + 120 = 131 s.
    const { events } = run(world({ services: [{ id: 'Web', gracePeriodSeconds: 120, app: { startupSeconds: 90 } }] }), 131);
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['unhealthy', 70_000],
    ]);
    expect(messages(events, 'Web').slice(2)).toEqual([
      [131_000, `(service web) (task Web-1) (port 8080) is unhealthy in (target-group ${ARN}) due to (reason Health checks failed)`],
      [131_000, '(service web) has started 1 tasks: (task Web-2).'],
    ]);
  });
});

describe('fact 39: maximumPercent leaves no room (desired 2, min 50, max 100: L = 1, U = 2)', () => {
  const spec = world({
    services: [{ id: 'Web', desiredCount: 2, minimumHealthyPercent: 50, maximumPercent: 100 }],
    script: [at(200, { do: 'failHealthChecks', task: 'Web-1' }), at(260, { do: 'failHealthChecks', task: 'Web-2' })],
  });
  const { events } = run(spec, 1300);

  it('stops the first marked task at once while healthy >= L', () => {
    expect(statusTimeline(events, 'Web-1').slice(4)).toEqual(stopSequence(250_000, 300_000, 2000));
    expect(ofType(events, 'task.status').find((e) => e.task === 'Web-1' && e.to === 'DEACTIVATING')?.stoppedReason).toBe(ELB_REASON);
  });

  it('starts a replacement only when the stopped task frees its slot (MC9)', () => {
    expect(launched(events)).toEqual([
      ['Web-1', 0],
      ['Web-2', 0],
      ['Web-3', 554_000],
      ['Web-4', 1_018_000],
    ]);
  });

  it('keeps the second marked task while healthy < L, and stops it once the replacement is healthy', () => {
    expect(targetTimeline(events, 'Web-2').slice(2, 3)).toEqual([['unhealthy', 310_000]]);
    expect(targetTimeline(events, 'Web-3')).toEqual([
      ['initial', 564_000],
      ['healthy', 714_000],
    ]);
    expect(statusTimeline(events, 'Web-2').slice(4)).toEqual(stopSequence(714_000, 300_000, 2000));
  });

  it('is steady again when the last replacement is healthy', () => {
    expect(messages(events, 'Web').filter(([, m]) => m.endsWith('steady state.'))).toEqual([
      [160_000, '(service web) has reached a steady state.'],
      [1_178_000, '(service web) has reached a steady state.'],
    ]);
  });
});

describe('MC6 (2): marked tasks stop once the service has N healthy unmarked tasks, oldest mark first', () => {
  // Desired 3. Web-1 fails from 200 s (unhealthy 250 s), Web-2 from 230 s (unhealthy 280 s). Replacements Web-4
  // (250 s) and Web-5 (280 s) turn healthy at 410 s and 440 s.
  const { events } = run(
    world({
      services: [{ id: 'Web', desiredCount: 3 }],
      script: [at(200, { do: 'failHealthChecks', task: 'Web-1' }), at(230, { do: 'failHealthChecks', task: 'Web-2' })],
    }),
    500,
  );

  it('starts one replacement per marked task', () => {
    expect(launched(events).slice(3)).toEqual([
      ['Web-4', 250_000],
      ['Web-5', 280_000],
    ]);
  });

  it('stops nothing at 410 s (2 healthy unmarked < 3), both marked tasks at 440 s', () => {
    const stops = ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING');
    expect(stops.map((e) => [e.task, e.t, e.stoppedReason])).toEqual([
      ['Web-1', 440_000, ELB_REASON],
      ['Web-2', 440_000, ELB_REASON],
    ]);
    expect(messages(events, 'Web').filter(([, m]) => m.includes('has stopped'))).toEqual([
      [440_000, '(service web) has stopped 2 running tasks: (task Web-1) (task Web-2).'],
    ]);
  });
});

describe('a marked task that recovers after its replacement started (MC6)', () => {
  // Web-1 unhealthy at 250 s, marked, Web-2 launched then. recoverTask at 260: Web-1 healthy again at 400 s (checks
  // at 280..400), which clears its mark; Web-2 turns healthy only at 410 s. The service then has one task too many.
  const spec = world({
    services: [{ id: 'Web' }],
    script: [
      at(200, { do: 'failHealthChecks', task: 'Web-1' }),
      at(260, { do: 'recoverTask', task: 'Web-1' }),
      requestAt(405, '/web'),
    ],
  });
  const { sim, events } = run(spec, 1200);

  it('never takes the only healthy task away for a task that is not healthy yet (min 100%, "among equals the most recently started")', () => {
    expect(targetTimeline(events, 'Web-1').slice(0, 4)).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
      ['unhealthy', 250_000],
      ['healthy', 400_000],
    ]);
    const answer = requests(events)[0]!;
    expect([answer.status, answer.source, answer.target]).toEqual([200, 'target', 'Web-1']);
    expect(statusTimeline(events, 'Web-1')).toEqual(launchSequence(0));
  });

  it('ends with one healthy task', () => {
    const active = sim.snapshot().tasks.filter((t) => t.lastStatus !== 'STOPPED');
    expect(active.map((t) => t.id)).toEqual(['Web-1']);
  });
});
