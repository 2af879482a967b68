/**
 * The rule tester's trace (facts 77-98, 121-129; MC3, MC4, MC15, MC16): every rule and condition with its reason,
 * the action, the next target, the predicted status; and that asking changes nothing.
 */
import { createSimulation, explainRequest, type ConditionSpec, type RequestCommand, type RequestCompletedEvent, type ScenarioSpec, type Simulation } from '../../../src/engine';
import { captureWildcards } from '../../../src/engine/alb/wildcardCapture';
import { at } from '../../support/timeline';
import { run, world } from '../../support/world';

/** One service behind one rule with these conditions (listener port 80, default action fixed-response 404). */
function withRule(conditions: ConditionSpec[]): ScenarioSpec {
  const spec = world({ services: [{ id: 'Web' }] });
  return { ...spec, rules: [{ ...spec.rules[0]!, conditions }] };
}

function reasonOf(conditions: ConditionSpec[], request: Omit<RequestCommand, 'do'>): { matched: boolean; reason: string } {
  const trace = explainRequest(createSimulation(withRule(conditions)), { do: 'request', ...request });
  const c = trace.rules[0]!.conditions[0]!;
  return { matched: c.matched, reason: c.reason };
}

/** Sends the request now and returns its completion (running the clock up to a second on). */
function send(sim: Simulation, request: Omit<RequestCommand, 'do'>): RequestCompletedEvent {
  const seen: RequestCompletedEvent[] = [];
  const stop = sim.subscribe((e) => e.type === 'request.completed' && seen.push(e), { requests: true });
  const before = sim.now();
  sim.dispatch({ do: 'request', ...request });
  sim.runUntil(before + 1000);
  stop();
  const mine = seen[0];
  if (!mine) throw new Error('the request never completed');
  return mine;
}

describe('condition reasons, one per condition type', () => {
  it('path-pattern: wildcards, exact values, case, the slash before *', () => {
    expect(reasonOf([{ field: 'path-pattern', values: ['/api/*'] }], { path: '/api/users' })).toEqual({
      matched: true,
      reason: 'path-pattern "/api/*" matches "/api/users": "*" matches "users"',
    });
    expect(reasonOf([{ field: 'path-pattern', values: ['/health'] }], { path: '/health' }).reason).toBe('path-pattern "/health" matches "/health" exactly');
    expect(reasonOf([{ field: 'path-pattern', values: ['/api/*'] }], { path: '/API/x' })).toEqual({
      matched: false,
      reason: 'path-pattern is case-sensitive: "/API/x" does not match "/api/*"',
    });
    expect(reasonOf([{ field: 'path-pattern', values: ['/api/*'] }], { path: '/api' }).reason).toBe(
      'path-pattern "/api/*" does not match "/api": the "/" before "*" must be in the path too (add "/api" as another value)',
    );
    expect(reasonOf([{ field: 'path-pattern', values: ['/a', '/b'] }], { path: '/c', query: 'x=1' }).reason).toBe(
      'path-pattern "/a" or "/b" does not match "/c": a pattern must match the whole path, and the query string is not part of it',
    );
  });

  it('host-header: case-insensitive, the port ignored, "*." needs a subdomain', () => {
    expect(reasonOf([{ field: 'host-header', values: ['api.example.com'] }], { host: 'API.example.com' })).toEqual({
      matched: true,
      reason: 'host-header is case-insensitive: "API.example.com" matches "api.example.com"',
    });
    expect(reasonOf([{ field: 'host-header', values: ['*.example.com'] }], { host: 'Shop.Example.com:8443' }).reason).toBe(
      'host-header is case-insensitive: "Shop.Example.com" matches "*.example.com": "*" matches "Shop" (the port ":8443" is ignored)',
    );
    expect(reasonOf([{ field: 'host-header', values: ['*.example.com'] }], { host: 'example.com' })).toEqual({
      matched: false,
      reason: 'host-header "*.example.com" does not match "example.com": the "." after "*" must be in the host too',
    });
  });

  it('http-header: name and values case-insensitive; a missing header never matches', () => {
    const c: ConditionSpec = { field: 'http-header', headerName: 'X-Preview', values: ['y?s'] };
    expect(reasonOf([c], { headers: { 'x-preview': 'YES' } })).toEqual({
      matched: true,
      reason: 'http-header names and values are case-insensitive: X-Preview "YES" matches "y?s": "?" matches "E"',
    });
    expect(reasonOf([c], { headers: { 'X-Preview': 'no' } })).toEqual({
      matched: false,
      reason: 'http-header X-Preview "no" does not match "y?s" (values are compared case-insensitively)',
    });
    expect(reasonOf([c], {}).reason).toBe('http-header: the request has no X-Preview header (header names are case-insensitive)');
  });

  it('http-request-method: exact and case-sensitive', () => {
    const c: ConditionSpec = { field: 'http-request-method', values: ['GET', 'HEAD'] };
    expect(reasonOf([c], { method: 'HEAD' })).toEqual({ matched: true, reason: 'http-request-method is case-sensitive and exact: "HEAD" equals "HEAD"' });
    expect(reasonOf([c], { method: 'get' })).toEqual({ matched: false, reason: 'http-request-method is case-sensitive: "get" does not match "GET"' });
    expect(reasonOf([c], { method: 'POST' }).reason).toBe('http-request-method "POST" is not "GET" or "HEAD" (an exact, case-sensitive match without wildcards)');
  });

  it('query-string: key and value with wildcards, URL-decoded, case-insensitive; a key may be left out', () => {
    const keyed: ConditionSpec = { field: 'query-string', values: [{ key: 'q', value: 'red*' }] };
    expect(reasonOf([keyed], { query: 'page=2&q=Red%20shoes' })).toEqual({
      matched: true,
      reason: 'query-string is case-insensitive: "q=Red shoes" matches "q=red*" (URL-decoded from "q=Red%20shoes"): "*" matches " shoes"',
    });
    const keyless: ConditionSpec = { field: 'query-string', values: [{ key: null, value: 'beta' }] };
    expect(reasonOf([keyless], { query: 'channel=BETA' }).reason).toBe(
      'query-string is case-insensitive: the value "BETA" of "channel" matches "beta"; no key is configured, so any key\'s value may match',
    );
    expect(reasonOf([keyed], { query: 'q=blue' })).toEqual({
      matched: false,
      reason: 'query-string "q=red*" is not in "q=blue" (keys and values are URL-decoded, then compared case-insensitively)',
    });
    expect(reasonOf([keyed], {}).reason).toBe('query-string: the request has no query string');
  });

  it('source-ip: CIDR containment on the connection address, never X-Forwarded-For', () => {
    const c: ConditionSpec = { field: 'source-ip', values: ['10.0.0.0/8', '2001:db8::/32'] };
    expect(reasonOf([c], { sourceIp: '10.1.2.3' })).toEqual({ matched: true, reason: 'source-ip 10.1.2.3 is in 10.0.0.0/8' });
    expect(reasonOf([c], { sourceIp: '2001:db8::7' }).reason).toBe('source-ip 2001:db8::7 is in 2001:db8::/32');
    expect(reasonOf([c], { sourceIp: '203.0.113.10', headers: { 'X-Forwarded-For': '10.0.0.1' } })).toEqual({
      matched: false,
      reason: 'source-ip 203.0.113.10 is not in 10.0.0.0/8 or 2001:db8::/32 (source-ip uses the connection address, never X-Forwarded-For)',
    });
  });

  it('captures what each wildcard stood for, each "*" as short as it can be', () => {
    expect(captureWildcards('/a*b*', '/axbyb')).toEqual([
      { wildcard: '*', text: 'x' },
      { wildcard: '*', text: 'yb' },
    ]);
    expect(captureWildcards('/img/*', '/img')).toBeNull();
    expect(captureWildcards('a\\*?', 'A*z', { caseInsensitive: true, allowEscapes: true })).toEqual([{ wildcard: '?', text: 'z' }]);
  });
});

describe('rules in evaluation order', () => {
  // Declared 30, 10, 20: evaluated 10, 20, 30, then the default.
  const base = world({ services: [{ id: 'Web' }] });
  const rule = base.rules[0]!;
  const spec: ScenarioSpec = {
    ...base,
    rules: [
      { ...rule, id: 'Catch', priority: 30, conditions: [{ field: 'path-pattern', values: ['/*'] }] },
      { ...rule, id: 'Api', priority: 10, conditions: [{ field: 'path-pattern', values: ['/api/*'] }, { field: 'http-request-method', values: ['POST'] }] },
      { ...rule, id: 'Users', priority: 20, conditions: [{ field: 'path-pattern', values: ['/users*'] }] },
    ],
  };

  it('lists rules by priority, the first match wins, later rules are not evaluated', () => {
    const trace = explainRequest(createSimulation(spec), { do: 'request', path: '/users/7' });
    expect(trace.rules.map((r) => [r.priority, r.ruleId, r.outcome])).toEqual([
      [10, 'Api', 'no match'],
      [20, 'Users', 'matched'],
      [30, 'Catch', 'not evaluated'],
      ['default', null, 'not evaluated'],
    ]);
    expect(trace.winner).toBe(1);
    expect(trace.rules[0]!.reason).toBe('no match: path-pattern and http-request-method did not match (every condition of a rule must match)');
    expect(trace.rules[0]!.conditions.map((c) => c.matched)).toEqual([false, false]);
    expect(trace.rules[2]).toMatchObject({ conditions: [], reason: 'not evaluated: rule 20 matched first, and evaluation stops at the first match' });
    expect(trace.listener).toMatchObject({ found: true, id: 'Listener', port: 80 });
  });

  it('falls through to the default action when no rule matches', () => {
    const trace = explainRequest(createSimulation(withRule([{ field: 'path-pattern', values: ['/web*'] }])), { do: 'request', path: '/nowhere' });
    expect(trace.rules.map((r) => r.outcome)).toEqual(['no match', 'matched']);
    expect(trace.rules[1]!.reason).toBe('no rule matched, so the default rule performs its action (it has no conditions and always comes last)');
    expect(trace.action).toMatchObject({ type: 'fixed-response', statusCode: 404, messageBody: 'none' });
    expect(trace.outcome).toEqual({
      status: 404,
      source: 'elb',
      target: null,
      location: null,
      reason: 'the default rule answers 404 itself (fixed-response: "none")',
    });
  });

  it('says when no listener answers on the port', () => {
    const trace = explainRequest(createSimulation(withRule([])), { do: 'request', listenerPort: 8080 });
    expect(trace.listener).toEqual({ found: false, port: 8080, reason: 'no listener on port 8080: the load balancer listens on 80 (HTTP)' });
    expect(trace.rules).toEqual([]);
    expect(trace.outcome.status).toBeNull();
  });
});

describe('actions', () => {
  it('redirect: the Location the load balancer would answer with', () => {
    const base = world({ services: [{ id: 'Web' }] });
    const spec: ScenarioSpec = {
      ...base,
      listeners: [
        {
          ...base.listeners[0]!,
          defaultActions: [{ type: 'redirect', protocol: 'HTTPS', host: '#{host}', port: '443', path: '/#{path}', query: '#{query}', statusCode: 301 }],
        },
      ],
    };
    const trace = explainRequest(createSimulation(spec), { do: 'request', host: 'shop.example.com', path: '/cart', query: 'a=1' });
    expect(trace.action).toEqual({
      type: 'redirect',
      statusCode: 301,
      location: 'https://shop.example.com/cart?a=1',
      reason: 'the default rule redirects with 301 to https://shop.example.com/cart?a=1',
    });
    expect(trace.outcome).toMatchObject({ status: 301, source: 'elb', location: 'https://shop.example.com/cart?a=1' });
  });

  it('TRACE is answered 405 by the load balancer whatever the rules say', () => {
    const trace = explainRequest(createSimulation(withRule([{ field: 'path-pattern', values: ['/*'] }])), { do: 'request', method: 'TRACE' });
    expect(trace.outcome).toMatchObject({ status: 405, source: 'elb', target: null });
    expect(trace.targetGroup).toBeNull();
  });

  it('weighted forward: predicts the group of each turn, and the engine then sends it there', () => {
    const base = world({ services: [{ id: 'Web' }, { id: 'Api' }] });
    const spec: ScenarioSpec = {
      ...base,
      rules: [
        {
          ...base.rules[0]!,
          conditions: [{ field: 'path-pattern', values: ['/*'] }],
          actions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'WebTargets', weight: 10 }, { targetGroupId: 'ApiTargets', weight: 20 }] }],
        },
      ],
    };
    const sim = createSimulation(spec);
    sim.runUntil(200_000);
    const first = explainRequest(sim, { do: 'request', path: '/x' });
    expect(first.action).toEqual({
      type: 'forward',
      groups: [
        { id: 'WebTargets', name: 'web-tg', weight: 10 },
        { id: 'ApiTargets', name: 'api-tg', weight: 20 },
      ],
      chosen: 'ApiTargets',
      reason: "weighted forward: web-tg weight 10 (33%), api-tg weight 20 (67%), interleaved by smooth weighted round robin; this request's turn goes to api-tg",
    });
    const predicted: string[] = [];
    const actual: string[] = [];
    for (let i = 0; i < 6; i++) {
      const trace = explainRequest(sim, { do: 'request', path: '/x' });
      predicted.push(`${trace.targetGroup?.id ?? '-'} ${trace.outcome.target ?? '-'}`);
      const done = send(sim, { path: '/x' });
      actual.push(`${done.targetGroup ?? '-'} ${done.target ?? '-'}`);
    }
    expect(predicted).toEqual(actual);
    expect(actual.filter((a) => a.startsWith('ApiTargets'))).toHaveLength(4);
  });
});

describe('the next target', () => {
  it('round robin: predicts each pick, and the engine then sends the request there', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web', desiredCount: 3 }] }));
    sim.runUntil(200_000);
    const first = explainRequest(sim, { do: 'request', path: '/web' });
    expect(first.targetGroup).toMatchObject({
      next: 'Web-1',
      failOpen: false,
      reason: 'round robin starts with the first registered target: Web-1 is next',
    });
    expect(first.targetGroup?.targets.map((t) => [t.task, t.state, t.eligible, t.next])).toEqual([
      ['Web-1', 'healthy', true, true],
      ['Web-2', 'healthy', true, false],
      ['Web-3', 'healthy', true, false],
    ]);
    expect(first.outcome).toEqual({ status: 200, source: 'target', target: 'Web-1', location: null, reason: 'served by Web-1 in 20 ms' });
    expect(first.requestId).toBe(1);
    const served = [send(sim, { path: '/web' })];
    expect(served[0]).toMatchObject({ id: 1, target: 'Web-1', status: 200 });
    const second = explainRequest(sim, { do: 'request', path: '/web' });
    expect(second.targetGroup?.reason).toBe('round robin continues in registration order after Web-1, the target picked last: Web-2 is next');
    for (let i = 0; i < 4; i++) {
      const trace = explainRequest(sim, { do: 'request', path: '/web' });
      const done = send(sim, { path: '/web' });
      expect([done.id, done.target, done.status]).toEqual([trace.requestId, trace.outcome.target, trace.outcome.status]);
    }
  });

  it('skips targets that are not healthy and says so', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web', desiredCount: 3 }], script: [at(200, { do: 'failHealthChecks', task: 'Web-2' })] }));
    sim.runUntil(255_000);
    send(sim, { path: '/web' });
    const trace = explainRequest(sim, { do: 'request', path: '/web' });
    expect(trace.targetGroup?.reason).toBe(
      'round robin continues in registration order after Web-1, the target picked last: Web-3 is next; skipped Web-2 (unhealthy): only healthy targets get requests',
    );
    expect(send(sim, { path: '/web' }).target).toBe('Web-3');
  });

  it('fail-open: every target unhealthy, requests still go to all of them', () => {
    const script = [at(200, { do: 'failHealthChecks', task: 'Web-1' }), at(200, { do: 'failHealthChecks', task: 'Web-2' })];
    const sim = createSimulation(world({ services: [{ id: 'Web', desiredCount: 2 }], script }));
    sim.runUntil(255_000);
    const trace = explainRequest(sim, { do: 'request', path: '/web' });
    expect(trace.targetGroup).toMatchObject({ failOpen: true, next: 'Web-1' });
    expect(trace.targetGroup?.reason).toBe(
      'no target is healthy but at least one is unhealthy, so the group fails open: every registered target that is not draining gets requests as if it were healthy; round robin starts with the first registered target: Web-1 is next',
    );
    expect(trace.outcome).toMatchObject({ status: 200, source: 'target', target: 'Web-1', reason: 'served by Web-1 in 20 ms (fail-open: no target was healthy)' });
    expect(send(sim, { path: '/web' })).toMatchObject({ target: 'Web-1', status: 200 });
  });

  it('503: no registered targets, or only ones still in their initial checks', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web', desiredCount: 2 }] }));
    const early = explainRequest(sim, { do: 'request', path: '/web' });
    expect(early.targetGroup).toMatchObject({ targets: [], next: null });
    expect(early.outcome).toEqual({
      status: 503,
      source: 'elb',
      target: null,
      location: null,
      reason: 'no registered targets in the target group, so the load balancer answers 503 itself (it never falls back to another rule)',
    });
    sim.runUntil(20_000);
    const initial = explainRequest(sim, { do: 'request', path: '/web' });
    expect(initial.targetGroup?.targets.map((t) => [t.state, t.eligible])).toEqual([
      ['initial', false],
      ['initial', false],
    ]);
    expect(initial.outcome.reason).toContain('no healthy targets yet: every target is still in its initial health checks');
    expect(send(sim, { path: '/web' })).toMatchObject({ status: 503, source: 'elb' });
  });
});

describe('one decision: the tester predicts exactly what routing then does (issue 9)', () => {
  const xff = Array.from({ length: 31 }, (_, i) => `198.51.100.${i + 1}`).join(', ');

  it('463 for an X-Forwarded-For of more than 30 addresses, 405 for TRACE, whatever the rules say', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web' }] }));
    sim.runUntil(200_000);
    const crowded = explainRequest(sim, { do: 'request', path: '/web', headers: { 'X-Forwarded-For': xff } });
    expect(crowded.outcome).toEqual({
      status: 463,
      source: 'elb',
      target: null,
      location: null,
      reason: 'X-Forwarded-For carries more than 30 addresses: the load balancer answers 463 itself, before any target',
    });
    expect(crowded.rules.map((r) => r.outcome)).toEqual(['matched', 'not evaluated']);
    expect(crowded.action).toMatchObject({ type: 'forward', chosen: null, reason: 'forward to web-tg' });
    expect(crowded.targetGroup).toBeNull();
    expect(send(sim, { path: '/web', headers: { 'X-Forwarded-For': xff } })).toMatchObject({
      status: 463,
      source: 'elb',
      target: null,
      rule: 10,
      reason: 'X-Forwarded-For carries more than 30 addresses',
    });
    // Thirty addresses pass.
    const thirty = xff.split(', ').slice(1).join(', ');
    expect(explainRequest(sim, { do: 'request', path: '/web', headers: { 'x-forwarded-for': thirty } }).outcome).toMatchObject({ status: 200, target: 'Web-1' });
    expect(send(sim, { path: '/web', method: 'TRACE' })).toMatchObject({ status: 405, source: 'elb', reason: 'the load balancer does not allow TRACE' });
  });

  it('504 when the app is slower than the idle timeout', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web', app: { latencyMs: 1500 } }], idleTimeoutSeconds: 1 }));
    sim.runUntil(200_000);
    expect(explainRequest(sim, { do: 'request', path: '/web' }).outcome).toEqual({
      status: 504,
      source: 'elb',
      target: 'Web-1',
      location: null,
      reason: 'Web-1 takes 1500 ms, not less than the idle timeout of 1 s, so the load balancer answers 504',
    });
    expect(send(sim, { path: '/web' })).toMatchObject({ status: 504, source: 'elb', target: 'Web-1', latencyMs: 1000 });
  });

  it('502 when the group fails open to a target whose app is still starting', () => {
    // The app takes 10 minutes to answer: the target fails its checks, and with no healthy target the group fails open.
    const sim = createSimulation(world({ services: [{ id: 'Web', app: { startupSeconds: 600 } }] }));
    sim.runUntil(200_000);
    const trace = explainRequest(sim, { do: 'request', path: '/web' });
    expect(trace.targetGroup).toMatchObject({ failOpen: true, next: 'Web-1' });
    expect(trace.outcome).toEqual({
      status: 502,
      source: 'elb',
      target: 'Web-1',
      location: null,
      reason: 'Web-1 would refuse the connection (its app is still starting), so the load balancer answers 502',
    });
    expect(send(sim, { path: '/web' })).toMatchObject({ status: 502, source: 'elb', target: 'Web-1', reason: 'the target refused the connection: its app is not up' });
  });
});

describe('explaining changes nothing', () => {
  it('gives the same event log, byte for byte, with explain calls interleaved', () => {
    const spec: ScenarioSpec = {
      ...world({
        services: [{ id: 'Web', desiredCount: 3, app: { errorRate: 0.2 } }, { id: 'Api', desiredCount: 2 }],
        traffic: { rate: 20, mix: [{ path: '/web' }, { path: '/api', weight: 2 }] },
        script: [at(230, { do: 'failHealthChecks', task: 'Web-2' })],
      }),
    };
    const base = spec.rules[1]!;
    // A weighted rule too, so the weighted picker is asked as well.
    const weighted: ScenarioSpec = {
      ...spec,
      rules: [
        ...spec.rules,
        {
          ...base,
          id: 'Split',
          priority: 5,
          conditions: [{ field: 'query-string', values: [{ key: 'split', value: '*' }] }],
          actions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'WebTargets', weight: 1 }, { targetGroupId: 'ApiTargets', weight: 2 }] }],
        },
      ],
      traffic: { rate: 20, mix: [{ path: '/web' }, { path: '/api', weight: 2 }, { path: '/x', query: 'split=1' }] },
    };
    const plain = run(weighted, 300).events;
    const probed = createSimulation(weighted);
    const events: string[] = [];
    probed.subscribe((e) => events.push(JSON.stringify(e)), { requests: true });
    const asks: RequestCommand[] = [
      { do: 'request', path: '/web' },
      { do: 'request', path: '/api' },
      { do: 'request', path: '/x', query: 'split=1' },
      { do: 'request', method: 'TRACE' },
      { do: 'request', listenerPort: 81 },
    ];
    for (let t = 0; t <= 300_000; t += 2_500) {
      probed.runUntil(t);
      for (const ask of asks) explainRequest(probed, ask);
    }
    expect(events).toEqual(plain.map((e) => JSON.stringify(e)));
    expect(plain.length).toBeGreaterThan(1000);
  });
});
