/**
 * The ALB's health checks on the model's clock (facts 107-116, 137; MC2, MC11, MC12, MC14, MC18, MC20, MC23).
 */
import type { ServiceOptions } from '../support/world';
import { ofType, run, world } from '../support/world';
import { at, s, targetTimeline } from '../support/timeline';

/** MC2's example: the target registers at t=0 (no provisioning, no pull), interval 30, unhealthy threshold 2. */
const mc2 = (extra: Partial<ServiceOptions> = {}): ServiceOptions => ({
  id: 'Web',
  app: { provisioningSeconds: 0, pendingSeconds: 0 },
  ...extra,
});

describe('MC2: the health-check clock', () => {
  it('registers at t=0 and turns healthy at 150 s (5 successes, 30 s apart)', () => {
    const { events } = run(world({ services: [mc2()] }), 199);
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 0],
      ['healthy', 150_000],
    ]);
  });

  it('failing from t=200: checks at 210 and 240 fail, unhealthy at 240 with the status in the description', () => {
    const { events } = run(world({ services: [mc2()], script: [at(200, { do: 'failHealthChecks', task: 'Web-1' })] }), 241);
    // [0] registration, [1] Elb.InitialHealthChecking at the first check (MC23), [2] healthy at 150 s.
    const change = ofType(events, 'target.health').filter((e) => e.target === 'Web-1')[3];
    expect(change).toEqual({
      t: 240_000,
      type: 'target.health',
      targetGroup: 'WebTargets',
      target: 'Web-1',
      instance: null,
      port: null,
      from: 'healthy',
      to: 'unhealthy',
      reason: 'Target.ResponseCodeMismatch',
      description: 'Health checks failed with these codes: [500]',
    });
  });

  it('with timeout:true the failures land at check time + timeout: unhealthy at 245 with Target.Timeout', () => {
    const { events } = run(
      world({ services: [mc2()], script: [at(200, { do: 'failHealthChecks', task: 'Web-1', timeout: true })] }),
      300,
    );
    const change = ofType(events, 'target.health').filter((e) => e.target === 'Web-1')[3];
    expect(change).toEqual({
      t: 245_000,
      type: 'target.health',
      targetGroup: 'WebTargets',
      target: 'Web-1',
      instance: null,
      port: null,
      from: 'healthy',
      to: 'unhealthy',
      reason: 'Target.Timeout',
      description: 'Request timed out',
    });
  });

  it('a given status is reported in the description', () => {
    const { events } = run(world({ services: [mc2()], script: [at(200, { do: 'failHealthChecks', task: 'Web-1', status: 503 })] }), 241);
    const change = ofType(events, 'target.health').find((e) => e.target === 'Web-1' && e.to === 'unhealthy');
    expect(change?.t).toBe(240_000);
    expect(change?.description).toBe('Health checks failed with these codes: [503]');
  });

  it('MC14: a failHealthChecks at 210 s already fails the check due at 210 s', () => {
    const { events } = run(world({ services: [mc2()], script: [at(210, { do: 'failHealthChecks', task: 'Web-1' })] }), 300);
    expect(ofType(events, 'target.health').find((e) => e.to === 'unhealthy')?.t).toBe(240_000);
  });

  it('one millisecond later the 210 s check passes, so the run completes at 270 s', () => {
    const { events } = run(world({ services: [mc2()], script: [at(210.001, { do: 'failHealthChecks', task: 'Web-1' })] }), 300);
    expect(ofType(events, 'target.health').find((e) => e.to === 'unhealthy')?.t).toBe(270_000);
  });

  it('UnhealthyThresholdCount 3 needs a third failing check', () => {
    const { events } = run(
      world({ services: [mc2({ healthCheck: { unhealthyThreshold: 3 } })], script: [at(200, { do: 'failHealthChecks', task: 'Web-1' })] }),
      300,
    );
    expect(ofType(events, 'target.health').find((e) => e.to === 'unhealthy')?.t).toBe(270_000);
  });
});

describe('new targets (fact 40, MC12)', () => {
  it('defaults: healthy 150 s after registration (registered at 10 s, healthy at 160 s)', () => {
    const { events } = run(world({ services: [{ id: 'Web' }] }), 300);
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
    ]);
  });

  it('interval 5 and healthy threshold 2: healthy 10 s after registration', () => {
    const { events } = run(world({ services: [{ id: 'Web', healthCheck: { intervalSeconds: 5, timeoutSeconds: 2, healthyThreshold: 2 } }] }), 60);
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 20_000],
    ]);
  });

  it('checks before the app is up fail as Target.FailedHealthChecks; healthy after the threshold once it answers', () => {
    // RUNNING at 11 s, app up at 51 s; checks every 10 s from registration at 10 s. Grace keeps the scheduler out of it.
    const { events } = run(
      world({
        services: [
          {
            id: 'Web',
            app: { startupSeconds: 40 },
            gracePeriodSeconds: 1000,
            healthCheck: { intervalSeconds: 10, healthyThreshold: 2, unhealthyThreshold: 2 },
          },
        ],
      }),
      100,
    );
    const changes = ofType(events, 'target.health').map((e) => [e.to, e.t, e.reason, e.description]);
    expect(changes).toEqual([
      ['initial', 10_000, 'Elb.RegistrationInProgress', 'Target registration is in progress'],
      ['initial', 20_000, 'Elb.InitialHealthChecking', 'Initial health checks in progress'],
      ['unhealthy', 30_000, 'Target.FailedHealthChecks', 'Health checks failed'],
      ['healthy', 70_000, null, null],
    ]);
  });
});

describe('recovery (fact 109)', () => {
  it('an unhealthy target needs HealthyThresholdCount successes to come back', () => {
    const { events, sim } = run(
      world({
        services: [mc2({ gracePeriodSeconds: 10_000 })],
        script: [at(200, { do: 'failHealthChecks', task: 'Web-1' }), at(250, { do: 'recoverTask', task: 'Web-1' })],
      }),
      400,
    );
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 0],
      ['healthy', 150_000],
      ['unhealthy', 240_000],
      ['healthy', 390_000],
    ]);
    const target = sim.snapshot().targetGroups[0]!.targets[0]!;
    expect(target.history).toEqual([
      { state: 'initial', reason: 'Elb.RegistrationInProgress', at: 0 },
      { state: 'initial', reason: 'Elb.InitialHealthChecking', at: 30_000 },
      { state: 'healthy', reason: null, at: 150_000 },
      { state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', at: 240_000 },
      { state: 'healthy', reason: null, at: 390_000 },
    ]);
  });

  it('a recover between two failing checks resets the run: the target never turns unhealthy', () => {
    const { events } = run(
      world({
        services: [mc2()],
        script: [at(200, { do: 'failHealthChecks', task: 'Web-1' }), at(215, { do: 'recoverTask', task: 'Web-1' })],
      }),
      500,
    );
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 0],
      ['healthy', 150_000],
    ]);
  });
});

describe('what the app answers on the health-check path (MC20, fact 107)', () => {
  it('a responses entry for /health teaches a wrong path: ResponseCodeMismatch [404]', () => {
    const { events } = run(
      world({ services: [{ id: 'Web', gracePeriodSeconds: 10_000, app: { responses: [{ pattern: '/health', status: 404 }] } }] }),
      100,
    );
    expect(ofType(events, 'target.health').map((e) => [e.to, e.t, e.description])).toEqual([
      ['initial', 10_000, 'Target registration is in progress'],
      ['initial', 40_000, 'Initial health checks in progress'],
      ['unhealthy', 70_000, 'Health checks failed with these codes: [404]'],
    ]);
  });

  it('a matcher range 200-299 accepts 204', () => {
    const { events } = run(
      world({ services: [{ id: 'Web', healthCheck: { matcher: '200-299' }, app: { responses: [{ pattern: '/hea*', status: 204 }] } }] }),
      200,
    );
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
    ]);
  });

  it('a matcher list 200,202 accepts 202 but the default matcher 200 does not', () => {
    const ok = run(world({ services: [{ id: 'Web', healthCheck: { matcher: '200,202' }, app: { responses: [{ pattern: '/health', status: 202 }] } }] }), 200);
    expect(targetTimeline(ok.events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
    ]);
    const bad = run(world({ services: [{ id: 'Web', gracePeriodSeconds: 10_000, app: { responses: [{ pattern: '/health', status: 202 }] } }] }), 200);
    expect(ofType(bad.events, 'target.health').map((e) => [e.to, e.t, e.description])).toEqual([
      ['initial', 10_000, 'Target registration is in progress'],
      ['initial', 40_000, 'Initial health checks in progress'],
      ['unhealthy', 70_000, 'Health checks failed with these codes: [202]'],
    ]);
  });

  it('errorRate never touches health checks', () => {
    const { events } = run(world({ services: [{ id: 'Web', app: { errorRate: 1 } }] }), 200);
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
    ]);
  });
});

describe('slowTask and the check timeout (MC18)', () => {
  it('the default 5000 ms on top of 20 ms reaches the 5 s timeout: failures at 215 and 245', () => {
    const { events } = run(world({ services: [mc2()], script: [at(200, { do: 'slowTask', task: 'Web-1' })] }), 300);
    const change = ofType(events, 'target.health').find((e) => e.to === 'unhealthy');
    expect([change?.t, change?.reason, change?.description]).toEqual([245_000, 'Target.Timeout', 'Request timed out']);
  });

  it('a slowdown that keeps the answer under the timeout keeps the target healthy', () => {
    const { events } = run(world({ services: [mc2()], script: [at(200, { do: 'slowTask', task: 'Web-1', latencyMs: 4000 })] }), 400);
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 0],
      ['healthy', 150_000],
    ]);
  });
});

describe('draining targets get no health checks (MC23)', () => {
  it('failing checks after the stop change nothing until unused', () => {
    const { events, sim } = run(
      world({
        services: [{ id: 'Web', deregistrationDelaySeconds: 100 }],
        script: [at(200, { do: 'stopTask', task: 'Web-1' }), at(201, { do: 'failHealthChecks', task: 'Web-1' })],
      }),
      250,
    );
    expect(targetTimeline(events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
      ['draining', 200_000],
    ]);
    const target = sim.snapshot().targetGroups[0]!.targets.find((t) => t.taskId === 'Web-1');
    expect(target).toMatchObject({
      state: 'draining',
      reason: 'Target.DeregistrationInProgress',
      registeredAt: 10_000,
      drainingEndsAt: s(300),
      port: 8080,
    });
    const after = run(
      world({
        services: [{ id: 'Web', deregistrationDelaySeconds: 100 }],
        script: [at(200, { do: 'stopTask', task: 'Web-1' }), at(201, { do: 'failHealthChecks', task: 'Web-1' })],
      }),
      400,
    );
    expect(targetTimeline(after.events, 'Web-1')).toEqual([
      ['initial', 10_000],
      ['healthy', 160_000],
      ['draining', 200_000],
      ['unused', 300_000],
    ]);
  });
});

describe('a new target\'s reason (fact 114, MC23)', () => {
  const reasons = (events: Parameters<typeof ofType>[0]) =>
    ofType(events, 'target.health').filter((e) => e.target === 'Web-1').map((e) => [e.from, e.to, e.t, e.reason]);

  it('Elb.RegistrationInProgress at registration, Elb.InitialHealthChecking once registration completes with the first check (30 s), healthy at 150 s', () => {
    const { events } = run(world({ services: [mc2()] }), 199);
    expect(reasons(events)).toEqual([
      [null, 'initial', 0, 'Elb.RegistrationInProgress'],
      ['initial', 'initial', 30_000, 'Elb.InitialHealthChecking'],
      ['initial', 'healthy', 150_000, null],
    ]);
  });

  it('a first check that times out completes at 35 s (interval 30 + timeout 5): Elb.InitialHealthChecking then, unhealthy at 65 s', () => {
    const { events } = run(world({ services: [mc2({ gracePeriodSeconds: 10_000 })], script: [at(5, { do: 'failHealthChecks', task: 'Web-1', timeout: true })] }), 100);
    expect(reasons(events)).toEqual([
      [null, 'initial', 0, 'Elb.RegistrationInProgress'],
      ['initial', 'initial', 35_000, 'Elb.InitialHealthChecking'],
      ['initial', 'unhealthy', 65_000, 'Target.Timeout'],
    ]);
  });
});
