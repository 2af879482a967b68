/**
 * The rule tester (facts 77-98, 121-129; MC3, MC4, MC15, MC16, MC20): how the load balancer would handle one
 * request now, as data. It reads the live records the router uses (the listener's compiled rules, the weighted
 * picker, the group's rotation) and writes nothing: no random draw, no round-robin turn, no counter, so explaining
 * a request never changes the run.
 */
import { findHeader, type RoutableRequest } from '../alb/request';
import { redirectLocation } from '../alb/redirect';
import type { RequestCommand } from '../commands';
import type { Engine } from '../core/engine';
import type { ActionRec, ListenerRec, RuleRec } from '../core/model';
import type { ActionSpec } from '../spec';
import { conditionStep } from './conditionReasons';
import { DEFAULT_SOURCE_IP, defaultListenerPort, listenerForPort } from './requestShape';
import type { ActionTrace, ListenerChoice, PredictedOutcome, RequestTrace, ResolvedRequest, RuleStep, TargetGroupTrace } from './requestTrace';
import { explainTarget } from './targetExplain';

export type * from './requestTrace';

const label = (priority: number | 'default'): string => (priority === 'default' ? 'the default rule' : `rule ${priority}`);

function actionSummary(spec: ActionSpec, engine: Engine): string {
  switch (spec.type) {
    case 'fixed-response':
      return `fixed-response ${spec.statusCode}`;
    case 'redirect':
      return `redirect ${spec.statusCode}`;
    case 'forward': {
      const names = spec.targetGroups.map((g) => engine.targetGroupsById.get(g.targetGroupId)?.spec.name ?? g.targetGroupId);
      if (spec.targetGroups.length <= 1) return `forward to ${names[0] ?? 'nothing'}`;
      return `forward to ${spec.targetGroups.map((g, i) => `${names[i] ?? g.targetGroupId} (weight ${g.weight})`).join(', ')}`;
    }
  }
}

function ruleSteps(engine: Engine, listener: ListenerRec, req: RoutableRequest, winner: number): RuleStep[] {
  const winnerLabel = label(listener.rules[winner]?.priority ?? 'default');
  return listener.rules.map((rule: RuleRec, index): RuleStep => {
    const common = { ruleId: rule.spec?.id ?? null, priority: rule.priority, action: actionSummary(rule.action.spec, engine) };
    if (rule.spec === null) {
      const reason =
        index === winner
          ? 'no rule matched, so the default rule performs its action (it has no conditions and always comes last)'
          : `not evaluated: ${winnerLabel} matched first`;
      return { ...common, outcome: index === winner ? 'matched' : 'not evaluated', conditions: [], reason };
    }
    if (index > winner) return { ...common, outcome: 'not evaluated', conditions: [], reason: `not evaluated: ${winnerLabel} matched first, and evaluation stops at the first match` };
    const conditions = rule.spec.conditions.map((c) => conditionStep(c, req));
    if (index === winner) {
      return { ...common, outcome: 'matched', conditions, reason: 'every condition matched, and it is the first rule in priority order that does' };
    }
    const failed = conditions.filter((c) => !c.matched).map((c) => c.field);
    const reason =
      conditions.length === 0
        ? 'no match: a rule without conditions never matches; only the default rule has none'
        : `no match: ${[...new Set(failed)].join(' and ')} did not match (every condition of a rule must match)`;
    return { ...common, outcome: 'no match', conditions, reason };
  });
}

/** The forward action's group for this request (MC16): the weighted pick's next turn, read without taking it. */
function forwardTrace(engine: Engine, action: ActionRec): { trace: ActionTrace; group: number } {
  if (action.spec.type !== 'forward') throw new Error('not a forward action');
  // The groups the engine kept (unknown IDs dropped), with the weights as written.
  const weighted = action.spec.targetGroups.filter((g) => engine.targetGroupsById.has(g.targetGroupId));
  const groups = weighted.map((g) => ({ id: g.targetGroupId, name: engine.targetGroupsById.get(g.targetGroupId)?.spec.name ?? g.targetGroupId, weight: g.weight }));
  if (action.groups.length === 0) {
    return { trace: { type: 'forward', groups, chosen: null, reason: 'the action forwards to a target group that does not exist' }, group: -1 };
  }
  if (action.pickWeighted === null) {
    const only = groups[0]!;
    return { trace: { type: 'forward', groups, chosen: only.id, reason: `forward to ${only.name}` }, group: 0 };
  }
  const total = groups.reduce((sum, g) => sum + Math.max(0, g.weight), 0);
  const shares = groups.map((g) => `${g.name} weight ${g.weight} (${total > 0 ? Math.round((Math.max(0, g.weight) / total) * 100) : 0}%)`).join(', ');
  const next = action.peekWeighted ? action.peekWeighted() : -2;
  const split = `weighted forward: ${shares}, interleaved by smooth weighted round robin`;
  if (next === -2) return { trace: { type: 'forward', groups, chosen: null, reason: split }, group: -2 };
  if (next < 0) return { trace: { type: 'forward', groups, chosen: null, reason: `${split}; every weight is 0, so no group gets requests` }, group: -1 };
  const chosen = groups[next]!;
  return { trace: { type: 'forward', groups, chosen: chosen.id, reason: `${split}; this request's turn goes to ${chosen.name}` }, group: next };
}

function resolve(engine: Engine, request: RequestCommand, listener: ListenerRec | null, port: number): ResolvedRequest {
  return {
    method: request.method ?? 'GET',
    host: request.host ?? listener?.lb.dnsName ?? engine.world.loadBalancers[0]?.dnsName ?? '',
    path: request.path ?? '/',
    query: request.query ?? '',
    headers: request.headers ?? {},
    sourceIp: request.sourceIp ?? DEFAULT_SOURCE_IP,
    listenerPort: port,
  };
}

function noListener(engine: Engine, port: number): ListenerChoice {
  const open = engine.listeners.map((l) => `${l.spec.port} (${l.spec.protocol})`);
  const where = open.length === 0 ? 'the load balancer has no listeners' : `the load balancer listens on ${open.join(', ')}`;
  return { found: false, port, reason: `no listener on port ${port}: ${where}` };
}

/** The 405 and 463 the load balancer gives at arrival whatever the rules say (fact 129), as makeShape decides them. */
function refusal(req: ResolvedRequest): PredictedOutcome | null {
  const answer = (status: number, reason: string): PredictedOutcome => ({ status, source: 'elb', target: null, location: null, reason });
  if (req.method === 'TRACE') return answer(405, 'the load balancer does not allow TRACE: it answers 405 itself, before any target');
  const xff = findHeader(req.headers, 'x-forwarded-for');
  if (xff !== undefined && xff.split(',').length > 30) {
    return answer(463, 'X-Forwarded-For carries more than 30 addresses: the load balancer answers 463 itself, before any target');
  }
  return null;
}

export function explainRequest(engine: Engine, request: RequestCommand): RequestTrace {
  const port = request.listenerPort ?? defaultListenerPort(engine);
  const listener = listenerForPort(engine, port);
  const req = resolve(engine, request, listener, port);
  const requestId = engine.requestCounter + 1;
  if (listener === null) {
    const choice = noListener(engine, port);
    const outcome: PredictedOutcome = { status: null, source: null, target: null, location: null, reason: `nothing answers: ${choice.reason}` };
    return { request: req, requestId, listener: choice, rules: [], winner: -1, action: null, targetGroup: null, outcome };
  }
  const choice: ListenerChoice = {
    found: true,
    id: listener.spec.id,
    port,
    protocol: listener.spec.protocol,
    loadBalancer: listener.lb.name,
    reason: `the ${listener.spec.protocol} listener on port ${port} of ${listener.lb.name}${request.listenerPort === undefined ? ' (no port given: the lowest listener port)' : ''}`,
  };
  const winner = listener.route(req);
  const rules = ruleSteps(engine, listener, req, winner);
  const rule = listener.rules[winner]!;
  const base = { request: req, requestId, listener: choice, rules, winner };
  const refused = refusal(req);
  let action: ActionTrace;
  let targetGroup: TargetGroupTrace | null = null;
  let outcome: PredictedOutcome;
  const spec = rule.action.spec;
  switch (spec.type) {
    case 'fixed-response': {
      const reason = `${label(rule.priority)} answers ${spec.statusCode} itself (fixed-response${spec.messageBody ? `: "${spec.messageBody}"` : ''})`;
      action = { type: 'fixed-response', statusCode: spec.statusCode, contentType: spec.contentType, messageBody: spec.messageBody, reason };
      outcome = { status: spec.statusCode, source: 'elb', target: null, location: null, reason };
      break;
    }
    case 'redirect': {
      const location = redirectLocation(spec, req, { protocol: listener.spec.protocol, port: listener.spec.port });
      const reason = `${label(rule.priority)} redirects with ${spec.statusCode} to ${location}`;
      action = { type: 'redirect', statusCode: spec.statusCode, location, reason };
      outcome = { status: spec.statusCode, source: 'elb', target: null, location, reason };
      break;
    }
    case 'forward': {
      const forward = forwardTrace(engine, rule.action);
      action = forward.trace;
      const tg = forward.group >= 0 ? rule.action.groups[forward.group] : undefined;
      if (tg !== undefined) {
        const prediction = explainTarget(engine, tg, req.path, listener.lb.idleTimeoutSeconds);
        targetGroup = prediction.group;
        outcome = prediction.outcome;
      } else if (forward.group === -2) {
        outcome = { status: null, source: null, target: null, location: null, reason: 'it depends on the group the weighted pick chooses' };
      } else {
        outcome = { status: 503, source: 'elb', target: null, location: null, reason: `${forward.trace.reason}: the load balancer answers 503` };
      }
      break;
    }
  }
  // TRACE and oversized X-Forwarded-For never reach the action; the rules are still shown, as the engine records them.
  if (refused !== null) return { ...base, action, targetGroup: null, outcome: refused };
  return { ...base, action, targetGroup, outcome };
}
