/**
 * A request's way through the load balancer and back (facts 77, 96-98, 121, 125-129; MC4, MC16, MC20): the
 * listener's rules pick an action; forward picks a group and a target; the app answers after its latency. What the
 * load balancer answers itself completes at arrival; a 502 completes at the crash or at the end of draining; a 504
 * when the idle timeout passes first. Every request ends exactly once.
 */
import type { EngineState } from '../core/engineState';
import type { RequestShape, RuleRec, TargetGroupRec, TargetRec } from '../core/model';
import { noTargetReason } from '../targets/targetSelection';
import { decideRequest, newDecision, type RequestDecision } from './requestDecision';

/** The decision of the request arriving now, reused: routing allocates nothing per request. */
const decision = newDecision();

function finish(
  engine: EngineState,
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
  if (engine.wantsRequestEvents) emitCompleted(engine, id, shape, rule, tg, target, status, fromElb, reason, latencyMs, location);
}

/** Kept out of finish, so the counting that every request does stays small enough for the optimizer to inline. */
function emitCompleted(
  engine: EngineState,
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

/**
 * The load balancer's own answers, complete at arrival. Apart from arrive, so the path of a request that reaches a
 * target (nearly all of them) is what the optimizer inlines.
 */
function answeredAtArrival(engine: EngineState, id: number, shape: RequestShape, d: RequestDecision): void {
  const rule = d.rule!;
  switch (d.verdict) {
    case 'refused':
      finish(engine, id, shape, rule, null, null, d.status, true, shape.refusalReason, 0, null);
      return;
    case 'fixed-response':
      finish(engine, id, shape, rule, null, null, d.status, true, 'fixed response', 0, null);
      return;
    case 'redirect':
      finish(engine, id, shape, rule, null, null, d.status, true, 'redirect', 0, d.location);
      return;
    case 'no-group':
      finish(engine, id, shape, rule, null, null, 503, true, 'every target group in the action has weight 0', 0, null);
      return;
    case 'no-target':
      finish(engine, id, shape, rule, d.group, null, 503, true, noTargetReason(d.group!), 0, null);
      return;
    default:
      // 'app-down': the target's app is not up.
      finish(engine, id, shape, rule, d.group, d.target, 502, true, 'the target refused the connection: its app is not up', 0, null);
  }
}

/** A request arrives at its listener now: decideRequest says what happens, and this makes it happen. */
export function arrive(engine: EngineState, shape: RequestShape): void {
  const id = ++engine.requestCounter;
  const d = decideRequest(engine, shape, true, decision);
  const rule = d.rule!;
  const target = d.target;
  const verdict = d.verdict;
  if (verdict !== 'served' && verdict !== 'timeout') {
    answeredAtArrival(engine, id, shape, d);
    return;
  }

  const pool = engine.pool;
  const slot = pool.alloc();
  pool.id[slot] = id;
  pool.arrival[slot] = engine.now;
  pool.shape[slot] = shape;
  pool.rule[slot] = rule;
  pool.group[slot] = d.group!;
  pool.target[slot] = target!;
  pool.link(target!, slot);

  const timedOut = verdict === 'timeout';
  const delay = timedOut ? shape.listener!.lb.idleTimeoutSeconds * 1000 : d.latencyMs;
  pool.status[slot] = timedOut ? -504 : d.failOpen ? -d.status : d.status;
  engine.lanes.push(delay, engine.now + delay, engine.queue.takeSeq(), slot, pool.gen[slot]!);
}

/** A request's answer is due. Negative stored statuses mark 504s and fail-open deliveries. */
export function onRequestDone(engine: EngineState, slot: number, gen: number): void {
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
export function failInFlightRequests(engine: EngineState, target: TargetRec, reason: string): void {
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
