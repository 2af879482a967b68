/**
 * A request's way through the load balancer and back (facts 77, 96-98, 121, 125-129; MC4, MC16, MC20): the
 * listener's rules pick an action; forward picks a group and a target; the app answers after its latency. What the
 * load balancer answers itself completes at arrival; a 502 completes at the crash or at the end of draining; a 504
 * when the idle timeout passes first. Every request ends exactly once.
 */
import { redirectLocation } from '../alb/redirect';
import type { Engine } from '../core/engine';
import type { RequestShape, RuleRec, TargetGroupRec, TargetRec } from '../core/model';
import { noTargetReason, pickTarget, type Pick } from '../targets/targetSelection';
import { appStatusForPath } from '../tasks/appBehaviour';

const pick: Pick = { target: null, failOpen: false };

function finish(
  engine: Engine,
  id: number,
  shape: RequestShape,
  rule: RuleRec,
  tg: TargetGroupRec | null,
  target: TargetRec | null,
  status: number,
  fromElb: boolean,
  reason: string,
  latencyMs: number,
  location: string | null,
): void {
  const stats = engine.stats;
  stats.total++;
  stats.byStatus[status]!++;
  if (status >= 500) {
    if (fromElb) stats.elb5xx++;
    else stats.target5xx++;
  }
  rule.requests++;
  if (tg !== null) tg.requests++;
  if (target !== null) {
    target.requests++;
    target.task.requestsServed++;
  }
  if (!engine.wantsRequestEvents) return;
  engine.emit({
    t: engine.now,
    type: 'request.completed',
    id,
    method: shape.method,
    host: shape.host,
    path: shape.path,
    query: shape.query,
    listener: shape.listener!.spec.id,
    listenerPort: shape.listenerPort,
    rule: rule.priority,
    targetGroup: tg === null ? null : tg.spec.id,
    target: target === null ? null : target.task.id,
    instance: target === null ? null : target.instance,
    port: target === null || target.instance === null ? null : target.port,
    status,
    source: fromElb ? 'elb' : 'target',
    reason,
    latencyMs,
    location,
  });
}

function redirectFor(shape: RequestShape, rule: RuleRec): string {
  const action = rule.action.spec;
  if (action.type !== 'redirect') return '';
  shape.locationCache ??= redirectLocation(action, shape, {
    protocol: shape.listener!.spec.protocol,
    port: shape.listener!.spec.port,
  });
  return shape.locationCache;
}

/** A request arrives at its listener now. */
export function arrive(engine: Engine, shape: RequestShape): void {
  const id = ++engine.requestCounter;
  const listener = shape.listener!;
  const rule = listener.rules[shape.ruleIndex]!;
  if (shape.elbStatus !== 0) {
    finish(engine, id, shape, rule, null, null, shape.elbStatus, true, shape.elbReason, 0, null);
    return;
  }
  const action = rule.action;
  switch (action.spec.type) {
    case 'fixed-response':
      finish(engine, id, shape, rule, null, null, action.spec.statusCode, true, 'fixed response', 0, null);
      return;
    case 'redirect':
      finish(engine, id, shape, rule, null, null, action.spec.statusCode, true, 'redirect', 0, redirectFor(shape, rule));
      return;
    case 'forward':
      break;
  }
  const groupIndex = action.pickWeighted === null ? 0 : action.pickWeighted();
  const tg = groupIndex < 0 ? undefined : action.groups[groupIndex];
  if (tg === undefined) {
    finish(engine, id, shape, rule, null, null, 503, true, 'every target group in the action has weight 0', 0, null);
    return;
  }
  pickTarget(tg, pick);
  const target = pick.target;
  if (target === null) {
    finish(engine, id, shape, rule, tg, null, 503, true, noTargetReason(tg), 0, null);
    return;
  }
  const task = target.task;
  const app = task.taskDef.app;
  if (task.crashed || task.lastStatus !== 'RUNNING' || engine.now < task.runningAt! + app.startupSeconds * 1000) {
    finish(engine, id, shape, rule, tg, target, 502, true, 'the target refused the connection: its app is not up', 0, null);
    return;
  }

  let status: number;
  if (shape.appCacheFor === task.taskDef) {
    status = shape.appCacheStatus;
  } else {
    status = appStatusForPath(task.taskDef, shape.path);
    shape.appCacheFor = task.taskDef;
    shape.appCacheStatus = status;
  }
  if (app.errorRate > 0 && engine.appDraw.next() < app.errorRate) status = 500;

  const pool = engine.pool;
  const slot = pool.alloc();
  pool.id[slot] = id;
  pool.arrival[slot] = engine.now;
  pool.shape[slot] = shape;
  pool.rule[slot] = rule;
  pool.group[slot] = tg;
  pool.target[slot] = target;
  pool.link(target, slot);

  const latency = app.latencyMs + task.faults.extraLatencyMs;
  const idleMs = listener.lb.idleTimeoutSeconds * 1000;
  const delay = latency >= idleMs ? idleMs : latency;
  pool.status[slot] = latency >= idleMs ? -504 : pick.failOpen ? -status : status;
  engine.lanes.push(delay, engine.now + delay, engine.queue.takeSeq(), slot, pool.gen[slot]!);
}

/** A request's answer is due. Negative stored statuses mark 504s and fail-open deliveries. */
export function onRequestDone(engine: Engine, slot: number, gen: number): void {
  const pool = engine.pool;
  if (pool.gen[slot] !== gen) return;
  const stored = pool.status[slot]!;
  const target = pool.target[slot]!;
  const latency = engine.now - pool.arrival[slot]!;
  pool.unlink(target, slot);
  const id = pool.id[slot]!;
  const shape = pool.shape[slot]!;
  const rule = pool.rule[slot]!;
  const tg = pool.group[slot]!;
  pool.release(slot);
  if (stored === -504) {
    finish(engine, id, shape, rule, tg, target, 504, true, 'the target did not answer within the idle timeout', latency, null);
    return;
  }
  const failOpen = stored < 0;
  const status = failOpen ? -stored : stored;
  const reason = failOpen ? 'answered by the target (fail-open: no target was healthy)' : 'answered by the target';
  finish(engine, id, shape, rule, tg, target, status, false, reason, latency, null);
}

/** Answer every request in flight to this target with the load balancer's 502. */
export function failInFlightRequests(engine: Engine, target: TargetRec, reason: string): void {
  const pool = engine.pool;
  let slot = target.inFlightHead;
  while (slot >= 0) {
    const next = pool.next[slot]!;
    const latency = engine.now - pool.arrival[slot]!;
    const id = pool.id[slot]!;
    const shape = pool.shape[slot]!;
    const rule = pool.rule[slot]!;
    const tg = pool.group[slot]!;
    pool.unlink(target, slot);
    pool.release(slot);
    finish(engine, id, shape, rule, tg, target, 502, true, reason, latency, null);
    slot = next;
  }
}
