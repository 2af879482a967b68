/**
 * What the load balancer does with one request, decided in one place (facts 77, 96-98, 121-129; MC4, MC16, MC18,
 * MC20): refused at arrival, the rule's fixed response or redirect, or forward: a group (the weighted pick), a
 * target (round robin or least outstanding requests) and the answer of the app behind it, unless it is down or
 * slower than the idle timeout. Routing takes the turns it decides on (the weighted pick, the round robin, the
 * error-rate draw); the rule tester peeks at the very same choices without taking them, then words the decision.
 * The decision is written into a reused object, so the request path allocates nothing.
 */
import { redirectLocation } from '../alb/redirect';
import type { EngineState } from '../core/engineState';
import type { RequestShape, RuleRec, TargetGroupRec } from '../core/model';
import { peekTarget, pickTarget, type TargetChoice } from '../targets/targetSelection';
import { stickyGroup, stickyTarget } from './stickiness';
import { appState, appStatusForPath, type AppState } from '../tasks/appBehaviour';

export type RequestVerdict =
  /** The load balancer refuses it at arrival whatever the rules say (405, 463). */
  | 'refused'
  | 'fixed-response'
  | 'redirect'
  /** Forward with no group to send it to (every weight 0, or no group the engine knows): 503. */
  | 'no-group'
  /** The group has no target for it (none registered, only draining, only initial): 503. */
  | 'no-target'
  /** The target refuses the connection: its app is not up (`app` says why): 502. */
  | 'app-down'
  /** The app takes at least the load balancer's idle timeout: 504. */
  | 'timeout'
  /** The target answers with `status`. */
  | 'served';

/** The chosen target and whether the group failed open (TargetChoice) are the decision's own fields: one object, no indirection. */
export interface RequestDecision extends TargetChoice {
  verdict: RequestVerdict;
  /** The status the client gets; for 'served' the app's (500 when the error-rate draw says so, routing only). */
  status: number;
  /** The rule whose action applies (after a refusal too: the engine counts the request against it). */
  rule: RuleRec | null;
  /** Index of the chosen group in the action's groups, -1 before a group is chosen. */
  groupIndex: number;
  group: TargetGroupRec | null;
  /** Index of the chosen target in group.targets, -1 for none. */
  targetIndex: number;
  /** Why the chosen target's app is not up ('app-down' only: other verdicts leave it as it was). */
  app: AppState;
  /** The app's latency for this request ('served' and 'timeout' only). */
  latencyMs: number;
  /** A redirect's Location ('redirect' only). */
  location: string | null;
}

export function newDecision(): RequestDecision {
  return { verdict: 'served', status: 0, rule: null, groupIndex: -1, group: null, target: null, failOpen: false, targetIndex: -1, app: 'up', latencyMs: 0, location: null };
}

/** Settles a request that never reaches a target: nothing of a forward's choice applies. */
function answeredEarly(d: RequestDecision, verdict: RequestVerdict, status: number, location: string | null): RequestDecision {
  d.groupIndex = -1;
  d.group = null;
  d.target = null;
  d.failOpen = false;
  d.targetIndex = -1;
  d.app = 'up';
  d.latencyMs = 0;
  d.location = location;
  return settle(d, verdict, status);
}

function settle(d: RequestDecision, verdict: RequestVerdict, status: number): RequestDecision {
  d.verdict = verdict;
  d.status = status;
  return d;
}

/** A redirect's Location for this kind of request, built once per shape. */
export function redirectFor(shape: RequestShape, rule: RuleRec): string {
  const action = rule.action.spec;
  if (action.type !== 'redirect') return '';
  shape.locationCache ??= redirectLocation(action, shape, { protocol: shape.listener!.spec.protocol, port: shape.listener!.spec.port });
  return shape.locationCache;
}

/** The app's answer to this path, cached on the shape per task definition. */
function appAnswer(shape: RequestShape, target: NonNullable<TargetChoice['target']>): number {
  const taskDef = target.task.taskDef;
  if (shape.appCacheFor === taskDef) return shape.appCacheStatus;
  const status = appStatusForPath(taskDef, shape.path);
  shape.appCacheFor = taskDef;
  shape.appCacheStatus = status;
  return status;
}

/** The refusal, the fixed response or the redirect: answers that need no target. */
function decideWithoutTarget(shape: RequestShape, rule: RuleRec, d: RequestDecision): RequestDecision {
  if (shape.refusal !== 0) return answeredEarly(d, 'refused', shape.refusal, null);
  const spec = rule.action.spec;
  switch (spec.type) {
    case 'fixed-response':
      return answeredEarly(d, 'fixed-response', spec.statusCode, null);
    case 'redirect':
      return answeredEarly(d, 'redirect', spec.statusCode, redirectFor(shape, rule));
    case 'forward':
      throw new Error('a forward action is decided with its target');
  }
}

/**
 * Decides what happens to a request of this shape arriving now; `shape.listener` must be set. `take`: routing takes
 * the turns it decides on; false peeks at them (the rule tester) and changes nothing.
 */
export function decideRequest(engine: EngineState, shape: RequestShape, take: boolean, d: RequestDecision): RequestDecision {
  const rule = shape.listener!.rules[shape.ruleIndex]!;
  d.rule = rule;
  // The common case, a forward to one group, straight to its target; the rest apart, so the request path stays
  // small enough for the optimizer to inline whole (issue 16).
  const only = rule.action.only;
  if (only !== null && shape.refusal === 0) return decideAtGroup(engine, shape, only, 0, take, d);
  return decideOtherwise(engine, shape, rule, take, d);
}

/** A refusal, a fixed response or redirect, a weighted forward, a forward with no group the engine knows. */
function decideOtherwise(engine: EngineState, shape: RequestShape, rule: RuleRec, take: boolean, d: RequestDecision): RequestDecision {
  const action = rule.action;
  if (shape.refusal !== 0 || action.spec.type !== 'forward') return decideWithoutTarget(shape, rule, d);
  const weighted = action.weighted;
  const groupIndex = weighted === null ? 0 : action.groupSticky !== null && shape.client !== null
    ? stickyGroup(engine, shape.client, action, take)
    : take ? weighted.next() : weighted.peek();
  const group = groupIndex < 0 ? undefined : action.groups[groupIndex];
  if (group === undefined) return answeredEarly(d, 'no-group', 503, null);
  return decideAtGroup(engine, shape, group, groupIndex, take, d);
}

/** A forward once its group is chosen: the group's next target (round robin or least outstanding) and its app's answer. */
function decideAtGroup(engine: EngineState, shape: RequestShape, group: TargetGroupRec, groupIndex: number, take: boolean, d: RequestDecision): RequestDecision {
  // Only what the verdict reads is written, so the request path stores no more than it must.
  d.groupIndex = groupIndex;
  d.group = group;
  // Both write the target and whether the group failed open into the decision itself.
  if (group.sticky !== null && shape.client !== null) d.targetIndex = stickyTarget(engine, shape.client, group, take, d);
  else d.targetIndex = take ? pickTarget(group, d, engine.now) : peekTarget(group, d, engine.now);
  const target = d.target;
  if (target === null) return settle(d, 'no-target', 503);
  const task = target.task;
  if (engine.now < task.answersFrom) {
    d.app = appState(task, engine.now);
    return settle(d, 'app-down', 502);
  }
  const behaviour = task.taskDef.app;
  let status = appAnswer(shape, target);
  // Drawn before the timeout is known, as it always was: the draws, and so the run, stay the same.
  if (take && behaviour.errorRate > 0 && engine.appDraw.next() < behaviour.errorRate) status = 500;
  const latency = behaviour.latencyMs + task.faults.extraLatencyMs;
  d.latencyMs = latency;
  if (latency >= shape.listener!.lb.idleTimeoutSeconds * 1000) return settle(d, 'timeout', 504);
  return settle(d, 'served', status);
}
