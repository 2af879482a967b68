/**
 * How the load balancer routes and answers (facts 121-129; MC3, MC4, MC15-MC18, MC20).
 */
import type { ScenarioSpec } from '../../src/engine';
import { run, world } from '../support/world';
import { at, requestAt, requests } from '../support/timeline';

const targetsOf = (events: Parameters<typeof requests>[0]) => requests(events).map((r) => r.target);

describe('round robin (MC3, MC15)', () => {
  it('cycles through healthy targets in registration order, starting with the first registered', () => {
    const script = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((d) => requestAt(200 + d, '/web'));
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 3 }], script }), 201);
    expect(targetsOf(events)).toEqual(['Web-1', 'Web-2', 'Web-3', 'Web-1', 'Web-2', 'Web-3', 'Web-1']);
  });

  it('a target that leaves or joins never resets the rotation', () => {
    const script = [
      requestAt(200, '/web'),
      requestAt(200.1, '/web'),
      at(200.2, { do: 'stopTask', task: 'Web-2' }),
      requestAt(200.3, '/web'),
      requestAt(200.4, '/web'),
      requestAt(200.5, '/web'),
      // Web-4 replaces Web-2: registered at 210.2 s, healthy at 360.2 s, last in registration order.
      requestAt(400, '/web'),
      requestAt(400.1, '/web'),
      requestAt(400.2, '/web'),
      requestAt(400.3, '/web'),
    ];
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 3 }], script }), 401);
    expect(targetsOf(events)).toEqual(['Web-1', 'Web-2', 'Web-3', 'Web-1', 'Web-3', 'Web-4', 'Web-1', 'Web-3', 'Web-4']);
  });
});

describe('fail-open (MC4, fact 125)', () => {
  // Both tasks fail their checks from 200 s: unhealthy at 250 s; replacements Web-3/Web-4 register at 260 s
  // (initial) and answer from 263 s.
  const script = [
    at(200, { do: 'failHealthChecks', task: 'Web-1' }),
    at(200, { do: 'failHealthChecks', task: 'Web-2' }),
    requestAt(255, '/web'),
    requestAt(255.1, '/web'),
    requestAt(265, '/web'),
    requestAt(265.1, '/web'),
    requestAt(265.2, '/web'),
  ];
  const { events } = run(world({ services: [{ id: 'Web', desiredCount: 2 }], script }), 266);

  it('sends requests to every registered, non-draining target when none is healthy, initial ones included', () => {
    expect(requests(events).map((r) => [r.target, r.status, r.source])).toEqual([
      ['Web-1', 200, 'target'],
      ['Web-2', 200, 'target'],
      ['Web-3', 200, 'target'],
      ['Web-4', 200, 'target'],
      ['Web-1', 200, 'target'],
    ]);
  });
});

describe('fail-open leaves draining targets out (MC4)', () => {
  it('with one unhealthy and one draining target, only the unhealthy one gets requests', () => {
    // Desired 2, min 50, max 100: Web-1 fails from 200 s, is unhealthy and stopped (draining) at 250 s; Web-2 fails
    // from 260 s and is unhealthy at 310 s; no replacement can register before 564 s.
    const { events } = run(
      world({
        services: [{ id: 'Web', desiredCount: 2, minimumHealthyPercent: 50, maximumPercent: 100 }],
        script: [
          at(200, { do: 'failHealthChecks', task: 'Web-1' }),
          at(260, { do: 'failHealthChecks', task: 'Web-2' }),
          requestAt(320, '/web'),
          requestAt(320.1, '/web'),
          requestAt(320.2, '/web'),
        ],
      }),
      321,
    );
    expect(requests(events).map((r) => [r.target, r.status, r.source])).toEqual([
      ['Web-2', 200, 'target'],
      ['Web-2', 200, 'target'],
      ['Web-2', 200, 'target'],
    ]);
  });
});

describe('the load balancer answers 503 itself (MC4, facts 126, 138, 139)', () => {
  it('with no registered target, with only initial targets, and with only draining (+ initial) targets', () => {
    const script = [
      requestAt(1, '/web'),
      requestAt(20, '/web'),
      at(200, { do: 'stopTask', task: 'Web-1' }),
      requestAt(205, '/web'),
      requestAt(215, '/web'),
    ];
    const { events } = run(world({ services: [{ id: 'Web' }], script }), 216);
    const answers = requests(events);
    expect(answers.map((r) => [r.t, r.status, r.source, r.targetGroup, r.target, r.latencyMs, r.rule])).toEqual([
      [1000, 503, 'elb', 'WebTargets', null, 0, 10],
      [20_000, 503, 'elb', 'WebTargets', null, 0, 10],
      [205_000, 503, 'elb', 'WebTargets', null, 0, 10],
      [215_000, 503, 'elb', 'WebTargets', null, 0, 10],
    ]);
  });
});

describe('least_outstanding_requests (fact 123)', () => {
  const script = [
    at(200, { do: 'slowTask', task: 'Web-1' }),
    requestAt(201, '/web'),
    requestAt(201.1, '/web'),
    requestAt(201.2, '/web'),
    requestAt(201.3, '/web'),
  ];

  it('sends to the target with the fewest requests in flight', () => {
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 2, algorithm: 'least_outstanding_requests' }], script }), 210);
    // The first pick is a tie (0 and 0): the engine breaks it in round-robin order.
    expect(targetsOf(events).sort()).toEqual(['Web-1', 'Web-2', 'Web-2', 'Web-2']);
    expect(requests(events).map((r) => [r.target, r.t])).toEqual([
      ['Web-2', 201_120],
      ['Web-2', 201_220],
      ['Web-2', 201_320],
      ['Web-1', 206_020],
    ]);
  });

  it('round robin alternates regardless of the slow target', () => {
    const { events } = run(world({ services: [{ id: 'Web', desiredCount: 2 }], script }), 210);
    expect(requests(events).map((r) => [r.target, r.t])).toEqual([
      ['Web-2', 201_120],
      ['Web-2', 201_320],
      ['Web-1', 206_020],
      ['Web-1', 206_220],
    ]);
  });
});

describe('answers the load balancer makes at arrival (MC20, fact 129)', () => {
  it('a fixed response from the default rule, and 405 for TRACE, complete at arrival with latency 0', () => {
    const { events } = run(
      world({ services: [{ id: 'Web' }], script: [requestAt(200, '/other'), requestAt(201, '/web', { method: 'TRACE' })] }),
      202,
    );
    expect(requests(events)).toEqual([
      {
        t: 200_000,
        type: 'request.completed',
        id: 1,
        method: 'GET',
        host: 'alb-1.us-east-1.elb.amazonaws.com',
        path: '/other',
        query: '',
        listener: 'Listener',
        listenerPort: 80,
        rule: 'default',
        targetGroup: null,
        target: null,
        instance: null,
        port: null,
        status: 404,
        source: 'elb',
        reason: 'fixed response',
        latencyMs: 0,
        location: null,
      },
      expect.objectContaining({ t: 201_000, id: 2, method: 'TRACE', status: 405, source: 'elb', latencyMs: 0, target: null }),
    ]);
  });
});

describe('504 when the target does not answer within the idle timeout (MC18, fact 128)', () => {
  const slowWorld = (latencyMs: number) =>
    world({ idleTimeoutSeconds: 2, services: [{ id: 'Web' }], script: [at(199, { do: 'slowTask', task: 'Web-1', latencyMs }), requestAt(200, '/web')] });

  it('default slowTask: 504 from the load balancer after exactly the idle timeout', () => {
    const { events, sim } = run(slowWorld(5000), 210);
    expect(requests(events).map((r) => [r.t, r.status, r.source, r.target, r.latencyMs])).toEqual([[202_000, 504, 'elb', 'Web-1', 2000]]);
    expect(sim.counters()).toMatchObject({ elb5xx: 1, target5xx: 0 });
  });

  it('an answer at 1999 ms is delivered; at 2000 ms (20 + 1980) it is a 504', () => {
    expect(requests(run(slowWorld(1979), 210).events).map((r) => [r.t, r.status])).toEqual([[201_999, 200]]);
    expect(requests(run(slowWorld(1980), 210).events).map((r) => [r.t, r.status])).toEqual([[202_000, 504]]);
  });
});

describe('draining and in-flight requests (MC7, fact 121)', () => {
  it('a request still in flight when the deregistration delay ends gets 502 then', () => {
    const { events } = run(
      world({
        services: [{ id: 'Web', deregistrationDelaySeconds: 10 }],
        script: [at(199, { do: 'slowTask', task: 'Web-1', latencyMs: 20_000 }), requestAt(200, '/web'), at(205, { do: 'stopTask', task: 'Web-1' })],
      }),
      300,
    );
    expect(requests(events).map((r) => [r.t, r.status, r.source, r.target, r.latencyMs])).toEqual([[215_000, 502, 'elb', 'Web-1', 15_000]]);
  });

  it('a request that finishes during the delay completes normally', () => {
    const { events } = run(
      world({
        services: [{ id: 'Web', deregistrationDelaySeconds: 10 }],
        script: [at(199, { do: 'slowTask', task: 'Web-1', latencyMs: 3000 }), requestAt(200, '/web'), at(201, { do: 'stopTask', task: 'Web-1' })],
      }),
      300,
    );
    expect(requests(events).map((r) => [r.t, r.status, r.source, r.target])).toEqual([[203_020, 200, 'target', 'Web-1']]);
  });
});

describe('what the app answers (MC20)', () => {
  it('responses map paths to statuses; errorRate 1 makes every ordinary request a 500 from the target', () => {
    const { events, sim } = run(
      world({
        services: [
          { id: 'Web', app: { responses: [{ pattern: '/web/admin*', status: 403 }] } },
          { id: 'Api', app: { errorRate: 1 } },
        ],
        script: [requestAt(200, '/web/admin/x'), requestAt(200.1, '/web/home'), requestAt(200.2, '/api/v1')],
      }),
      201,
    );
    expect(requests(events).map((r) => [r.path, r.status, r.source, r.target, r.latencyMs])).toEqual([
      ['/web/admin/x', 403, 'target', 'Web-1', 20],
      ['/web/home', 200, 'target', 'Web-1', 20],
      ['/api/v1', 500, 'target', 'Api-1', 20],
    ]);
    expect(sim.counters()).toMatchObject({ total: 3, elb5xx: 0, target5xx: 1, byStatus: { '200': 1, '403': 1, '500': 1 } });
  });
});

describe('weighted forward across target groups (MC3, MC16)', () => {
  /** Rule 10 forwards to both groups with the given weights. */
  const weighted = (wa: number, wb: number, bDesired = 1): ScenarioSpec => {
    const script = Array.from({ length: 30 }, (_, i) => requestAt(200 + i / 10, '/a'));
    const base = world({ services: [{ id: 'A' }, { id: 'B', desiredCount: bDesired }], script });
    return {
      ...base,
      rules: base.rules.map((r) =>
        r.id === 'ARule'
          ? {
              ...r,
              actions: [
                {
                  type: 'forward' as const,
                  targetGroups: [
                    { targetGroupId: 'ATargets', weight: wa },
                    { targetGroupId: 'BTargets', weight: wb },
                  ],
                },
              ],
            }
          : r,
      ),
    };
  };
  const countBy = (spec: ScenarioSpec) => {
    const { events } = run(spec, 210);
    const out: Record<string, number> = {};
    for (const r of requests(events)) {
      const key = `${r.targetGroup ?? 'none'}:${r.status}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };

  it('weights 10 and 20 over 30 requests split exactly 10 / 20', () => {
    expect(countBy(weighted(10, 20))).toEqual({ 'ATargets:200': 10, 'BTargets:200': 20 });
  });

  it('weight 0 gets none', () => {
    expect(countBy(weighted(0, 20))).toEqual({ 'BTargets:200': 30 });
  });

  it('a chosen group with no target answers 503; there is no second choice', () => {
    expect(countBy(weighted(10, 20, 0))).toEqual({ 'ATargets:200': 10, 'BTargets:503': 20 });
  });
});

describe('every request completes exactly once', () => {
  it('under traffic, a crash, a stop and a scale-in; counters agree with the events', () => {
    const spec = world({
      services: [{ id: 'Web', desiredCount: 3, deregistrationDelaySeconds: 20, app: { latencyMs: 400 } }],
      traffic: { rate: 10, mix: [{ path: '/web', weight: 3 }, { path: '/nowhere', weight: 1 }] },
      script: [
        at(200, { do: 'crashTask', task: 'Web-1' }),
        at(250, { do: 'stopTask', task: 'Web-2' }),
        at(300, { do: 'setDesiredCount', service: 'Web', count: 1 }),
        at(400, { do: 'setTraffic', rate: 0 }),
      ],
    });
    const { events, sim } = run(spec, 500);
    const ids = requests(events).map((r) => r.id);
    const counters = sim.counters();
    expect(counters.inFlight).toBe(0);
    expect(ids.length).toBe(counters.total);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
    const byStatus: Record<string, number> = {};
    for (const r of requests(events)) byStatus[String(r.status)] = (byStatus[String(r.status)] ?? 0) + 1;
    expect(counters.byStatus).toEqual(byStatus);
    // The crash answered what Web-1 had in flight with 502s at 200 s.
    const bad = requests(events).filter((r) => r.status === 502);
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.filter((r) => r.t !== 200_000 || r.target !== 'Web-1' || r.source !== 'elb')).toEqual([]);
  });
});
