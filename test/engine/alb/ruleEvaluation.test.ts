/**
 * Listener rules in evaluation order (facts 77-80): the router's match (compileListenerRules), and the rule
 * tester's account of the same evaluation (explainRequest, the one explainer; ruleEvaluation.ts's own explain, used
 * by tests only, is gone, issue 9).
 */
import { createSimulation, explainRequest } from '../../../src/engine';
import type { RoutableRequest } from '../../../src/engine/alb/request';
import { compileListenerRules } from '../../../src/engine/alb/ruleEvaluation';
import type { ConditionSpec, ListenerRuleSpec } from '../../../src/engine/spec';
import { world } from '../../support/world';

const req = (over: Partial<RoutableRequest> = {}): RoutableRequest => ({
  method: 'GET',
  host: 'shop.example.com',
  path: '/',
  query: '',
  headers: {},
  sourceIp: '203.0.113.10',
  ...over,
});

const rule = (id: string, priority: number, conditions: ConditionSpec[]): ListenerRuleSpec => ({
  id,
  listenerId: 'Listener',
  priority,
  conditions,
  actions: [{ type: 'fixed-response', statusCode: 200, contentType: null, messageBody: id }],
});
const path = (...values: string[]): ConditionSpec => ({ field: 'path-pattern', values });

/** The rule tester's trace of a request on a listener with these rules (default action: fixed-response 404). */
function explain(rules: ListenerRuleSpec[], request: Partial<RoutableRequest>) {
  const trace = explainRequest(createSimulation({ ...world({ services: [] }), rules }), { do: 'request', ...request });
  return { ...trace, winnerRule: trace.rules[trace.winner] };
}

describe('compileListenerRules', () => {
  // Written out of order on purpose: evaluation follows priority, not the template.
  const rules = [rule('Items', 3, [path('/api/*')]), rule('Users', 1, [path('/api/users*')]), rule('Auth', 2, [path('/api/auth*')])];
  const listener = compileListenerRules(rules);

  it('sorts by priority and lets the first match win', () => {
    expect(listener.rules.map((r) => r.id)).toEqual(['Users', 'Auth', 'Items']);
    expect(listener.match(req({ path: '/api/users/7' }))).toBe(0);
    expect(listener.match(req({ path: '/api/auth/login' }))).toBe(1);
    expect(listener.match(req({ path: '/api/items' }))).toBe(2);
    expect(listener.match(req({ path: '/health' }))).toBe(-1);
  });

  it('explains in evaluation order and skips rules after the winner', () => {
    const trace = explain(rules, { path: '/api/auth/login' });
    expect(trace.winnerRule).toMatchObject({ ruleId: 'Auth', priority: 2 });
    expect(trace.rules.map((r) => [r.ruleId, r.outcome])).toEqual([
      ['Users', 'no match'],
      ['Auth', 'matched'],
      ['Items', 'not evaluated'],
      [null, 'not evaluated'],
    ]);
    expect(trace.rules[2]?.conditions).toEqual([]);
    expect(trace.rules[0]?.conditions[0]?.matched).toBe(false);
  });

  it('falls through to the default', () => {
    const trace = explain(rules, { path: '/health' });
    expect(trace.winnerRule).toMatchObject({ ruleId: null, priority: 'default' });
    expect(trace.rules.slice(0, -1).every((r) => r.outcome === 'no match')).toBe(true);
  });

  it('ANDs conditions and ORs values', () => {
    const l = compileListenerRules([
      rule('Preview', 1, [path('/app/*', '/web/*'), { field: 'http-header', headerName: 'X-Preview', values: ['yes'] }]),
    ]);
    expect(l.match(req({ path: '/web/x', headers: { 'X-Preview': 'yes' } }))).toBe(0);
    expect(l.match(req({ path: '/app/x', headers: { 'X-Preview': 'yes' } }))).toBe(0);
    expect(l.match(req({ path: '/app/x' }))).toBe(-1);
    expect(l.match(req({ path: '/other', headers: { 'X-Preview': 'yes' } }))).toBe(-1);
    const trace = explain(l.rules as ListenerRuleSpec[], { path: '/app/x' });
    expect(trace.rules[0]?.conditions.map((c) => c.matched)).toEqual([true, false]);
  });

  it('never matches a non-default rule without conditions', () => {
    const l = compileListenerRules([rule('Empty', 1, []), rule('All', 2, [path('*')])]);
    expect(l.match(req())).toBe(1);
    const trace = explain(l.rules as ListenerRuleSpec[], {});
    expect(trace.rules[0]).toMatchObject({ ruleId: 'Empty', outcome: 'no match', reason: expect.stringContaining('never matches') as unknown });
    expect(trace.winnerRule).toMatchObject({ ruleId: 'All', priority: 2 });
  });

  it('handles a listener with no rules', () => {
    const l = compileListenerRules([]);
    expect(l.match(req())).toBe(-1);
    const trace = explain([], {});
    expect(trace.rules.map((r) => [r.ruleId, r.priority, r.outcome])).toEqual([[null, 'default', 'matched']]);
    expect(trace.winner).toBe(0);
  });
});
