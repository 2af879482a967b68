/**
 * Which target of a group gets the next request (facts 123, 125; MC3, MC4, MC15). Healthy targets, in
 * registration order, continuing after the one picked last; when none is healthy but one is unhealthy, the group
 * fails open to every registered target that is not draining. Least outstanding requests picks the eligible target
 * with the fewest requests in flight, ties in round-robin order.
 */
import type { TargetGroupRec, TargetRec } from '../core/model';
import type { TargetState } from '../events';
import { slowStartPick } from './slowStart';

/** Which target a request gets, written into by peekTarget and pickTarget (a reused object: no allocation per request). */
export interface TargetChoice {
  target: TargetRec | null;
  /** No target was healthy, so every registered target that is not draining was eligible (MC4). */
  failOpen: boolean;
}

/** Whether a target in this state may get a request, with the group failing open or not (MC4). */
export function isEligible(state: TargetState, failOpen: boolean): boolean {
  return failOpen ? state !== 'draining' && state !== 'unused' : state === 'healthy';
}

/**
 * The choice without its consequence: writes the target the next request would get into `out` and returns its
 * index in `tg.targets` (-1 for none). Shared by routing and the rule tester, so a prediction cannot drift from
 * what the engine then does.
 */
export function peekTarget(tg: TargetGroupRec, out: TargetChoice, now = 0, take = false): number {
  // Fail open (MC4) only when no target is healthy and one is unhealthy; neither: no target at all.
  const failOpen = tg.healthyCount === 0;
  let chosenIndex = -1;
  if (!failOpen || tg.unhealthyCount > 0) {
    const start = roundRobinStart(tg);
    if (tg.spec.algorithm === 'least_outstanding_requests') chosenIndex = leastOutstanding(tg.targets, start, failOpen);
    else if (tg.spec.slowStartSeconds && !failOpen) chosenIndex = slowStartPick(tg, start, now, take);
    else chosenIndex = nextEligible(tg.targets, start, failOpen);
  }
  out.target = chosenIndex < 0 ? null : tg.targets[chosenIndex]!;
  out.failOpen = chosenIndex >= 0 && failOpen;
  return chosenIndex;
}

/** Round robin: the first eligible target from `start` on, wrapping around. */
function nextEligible(targets: readonly TargetRec[], start: number, failOpen: boolean): number {
  const n = targets.length;
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (isEligible(targets[i]!.state, failOpen)) return i;
  }
  return -1;
}

/**
 * The eligible target with the fewest requests in flight, ties in round-robin order from `start`. Apart from
 * peekTarget so that the round robin, by far the commoner, stays small enough to be inlined into the request path.
 */
function leastOutstanding(targets: readonly TargetRec[], start: number, failOpen: boolean): number {
  const n = targets.length;
  let chosen: TargetRec | null = null;
  let chosenIndex = -1;
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    const t = targets[i]!;
    if (isEligible(t.state, failOpen) && (chosen === null || t.inFlight < chosen.inFlight)) {
      chosen = t;
      chosenIndex = i;
    }
  }
  return chosenIndex;
}

/** Index in `tg.targets` where round robin resumes: the first target registered after the one picked last (MC15). */
export function roundRobinStart(tg: TargetGroupRec): number {
  // Usually the target after the last pick sits right after its old index; rescan only when the list changed.
  const start = tg.lastPickedIndex + 1;
  const targets = tg.targets;
  if (start > targets.length || (start > 0 && targets[start - 1]!.regSeq !== tg.lastPickedSeq) || (start < targets.length && targets[start]!.regSeq <= tg.lastPickedSeq)) {
    return rescanRoundRobin(tg);
  }
  return start;
}

/** roundRobinStart's slow way, after registrations or deregistrations moved the list. */
function rescanRoundRobin(tg: TargetGroupRec): number {
  const targets = tg.targets;
  let start = 0;
  while (start < targets.length && targets[start]!.regSeq <= tg.lastPickedSeq) start++;
  return start;
}

/**
 * Picks the target for a request and moves the rotation past it; returns its index like peekTarget. Writes into
 * `out` to keep the request path free of allocation.
 */
export function pickTarget(tg: TargetGroupRec, out: TargetChoice, now = 0): number {
  const index = peekTarget(tg, out, now, true);
  if (index < 0) return index;
  tg.lastPickedSeq = out.target!.regSeq;
  tg.lastPickedIndex = index;
  return index;
}

/** Why a group has no target for a request, for the 503's reason. */
export function noTargetReason(tg: TargetGroupRec): string {
  if (tg.targets.length === 0) return 'no registered targets in the target group';
  // Counted as states change: a group's 503s cost the same whatever its size.
  if (tg.drainingCount === tg.targets.length) return 'only draining targets in the target group';
  return 'no healthy targets yet: every target is still in its initial health checks';
}
