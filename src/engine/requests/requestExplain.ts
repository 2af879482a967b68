/**
 * The rule tester (facts 77-98, 121-129; MC3, MC4, MC15, MC16, MC20): how the load balancer would handle one
 * request now, as data. The decision is routing's own (decideRequest, peeking instead of taking turns); this file
 * only puts it into words: every rule in evaluation order with each condition's reason, the action, the target and
 * the predicted answer. Nothing is written: no random draw, no round-robin turn, no counter, so explaining a
 * request never changes the run.
 */
import type { RoutableRequest } from '../alb/request';
import type { Simulation } from '../api';
import type { RequestCommand } from '../commands';
import type { EngineState } from '../core/engineState';
import type { ActionRec, ListenerRec, RequestShape, RuleRec } from '../core/model';
import { engineOf } from '../simulationEngine';
import type { ActionSpec } from '../spec';
import { conditionStep } from './conditionReasons';
import { decideRequest, newDecision, redirectFor, type RequestDecision } from './requestDecision';
import { resolveRequest, shapeFor } from './requestShape';
import type { ActionTrace, ListenerChoice, PredictedOutcome, RequestTrace, RuleStep, TargetGroupTrace } from './requestTrace';
import { explainAnswer, explainGroup } from './targetExplain';

export type * from './requestTrace';

const label = (priority: number | 'default'): string => (priority === 'default' ? 'the default rule' : `rule ${priority}`);

function actionSummary(spec: ActionSpec, engine: EngineState): string {
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

function ruleSteps(engine: EngineState, listener: ListenerRec, req: RoutableRequest, winner: number): RuleStep[] {
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

/** The forward action's groups and the one the decision chose for this request (MC16). */
function forwardTrace(engine: EngineState, action: ActionRec, d: RequestDecision): ActionTrace {
  if (action.spec.type !== 'forward') throw new Error('not a forward action');
  // The groups the engine kept (unknown IDs dropped), with the weights as written.
  const weighted = action.spec.targetGroups.filter((g) => engine.targetGroupsById.has(g.targetGroupId));
  const groups = weighted.map((g) => ({ id: g.targetGroupId, name: engine.targetGroupsById.get(g.targetGroupId)?.spec.name ?? g.targetGroupId, weight: g.weight }));
  // Refused at arrival: the request never reaches the action and takes no turn.
  const chosen = d.verdict === 'refused' ? null : (groups[d.groupIndex] ?? null);
  if (action.groups.length === 0) return { type: 'forward', groups, chosen: null, reason: 'the action forwards to a target group that does not exist' };
  if (action.weighted === null) return { type: 'forward', groups, chosen: chosen?.id ?? null, reason: `forward to ${groups[0]!.name}` };
  const total = groups.reduce((sum, g) => sum + Math.max(0, g.weight), 0);
  const shares = groups.map((g) => `${g.name} weight ${g.weight} (${total > 0 ? Math.round((Math.max(0, g.weight) / total) * 100) : 0}%)`).join(', ');
  const split = `weighted forward: ${shares}, interleaved by smooth weighted round robin`;
  if (d.verdict === 'no-group') return { type: 'forward', groups, chosen: null, reason: `${split}; every weight is 0, so no group gets requests` };
  if (chosen === null) return { type: 'forward', groups, chosen: null, reason: split };
  return { type: 'forward', groups, chosen: chosen.id, reason: `${split}; this request's turn goes to ${chosen.name}` };
}

function actionTrace(engine: EngineState, shape: RequestShape, rule: RuleRec, d: RequestDecision): ActionTrace {
  const spec = rule.action.spec;
  switch (spec.type) {
    case 'fixed-response': {
      const reason = `${label(rule.priority)} answers ${spec.statusCode} itself (fixed-response${spec.messageBody ? `: "${spec.messageBody}"` : ''})`;
      return { type: 'fixed-response', statusCode: spec.statusCode, contentType: spec.contentType, messageBody: spec.messageBody, reason };
    }
    case 'redirect': {
      const location = redirectFor(shape, rule);
      return { type: 'redirect', statusCode: spec.statusCode, location, reason: `${label(rule.priority)} redirects with ${spec.statusCode} to ${location}` };
    }
    case 'forward':
      return forwardTrace(engine, rule.action, d);
  }
}

function noListener(engine: EngineState, port: number): ListenerChoice {
  const open = engine.listeners.map((l) => `${l.spec.port} (${l.spec.protocol})`);
  const where = open.length === 0 ? 'the load balancer has no listeners' : `the load balancer listens on ${open.join(', ')}`;
  return { found: false, port, reason: `no listener on port ${port}: ${where}` };
}

/** The rule tester's words for the load balancer's refusals at arrival (fact 129). */
const REFUSALS: Readonly<Record<405 | 463, string>> = {
  405: 'the load balancer does not allow TRACE: it answers 405 itself, before any target',
  463: 'X-Forwarded-For carries more than 30 addresses: the load balancer answers 463 itself, before any target',
};

/** The decision's answer in words. */
function outcomeOf(d: RequestDecision, action: ActionTrace, group: TargetGroupTrace | null, idleSeconds: number): PredictedOutcome {
  const elb = (status: number, reason: string, location: string | null = null): PredictedOutcome => ({ status, source: 'elb', target: null, location, reason });
  switch (d.verdict) {
    case 'refused':
      return elb(d.status, REFUSALS[d.status as 405 | 463]);
    case 'fixed-response':
      return elb(d.status, action.reason);
    case 'redirect':
      return elb(d.status, action.reason, d.location);
    case 'no-group':
      return elb(503, `${action.reason}: the load balancer answers 503`);
    case 'no-target':
      return elb(503, group!.reason);
    case 'app-down':
    case 'timeout':
    case 'served':
      return explainAnswer(d, idleSeconds);
  }
}

/**
 * How the load balancer would handle this request now (the rule tester): the listener, every rule in evaluation
 * order with each condition's reason, the action, the target and the predicted status. Changes nothing: no random
 * draw, no round-robin turn; dispatching `{ do: 'request', ... }` right after does what it predicts. A function of
 * the engine rather than a method of the Simulation, so only the rule tester's download carries it.
 */
export function explainRequest(sim: Simulation, request: RequestCommand): RequestTrace {
  const engine = engineOf(sim);
  const { request: req, listener } = resolveRequest(engine, request);
  const port = req.listenerPort;
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
  const shape = shapeFor(req, listener, 1);
  const d = decideRequest(engine, shape, false, newDecision());
  const rule = d.rule!;
  const rules = ruleSteps(engine, listener, req, shape.ruleIndex);
  const action = actionTrace(engine, shape, rule, d);
  // TRACE and oversized X-Forwarded-For never reach the action: no group. The rules are still shown, as the engine records them.
  const targetGroup = d.group === null ? null : explainGroup(d.group, d, d.targetIndex);
  const outcome = outcomeOf(d, action, targetGroup, listener.lb.idleTimeoutSeconds);
  return { request: req, requestId, listener: choice, rules, winner: shape.ruleIndex, action, targetGroup, outcome };
}
