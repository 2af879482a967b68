/**
 * Which target of a group gets the next request (facts 123, 125; MC3, MC4, MC15). Healthy targets, in
 * registration order, continuing after the one picked last; when none is healthy but one is unhealthy, the group
 * fails open to every registered target that is not draining. Least outstanding requests picks the eligible target
 * with the fewest requests in flight, ties in round-robin order.
 */
import type { TargetGroupRec, TargetRec } from '../core/model';
import type { TargetState } from '../events';

export interface Pick {
  target: TargetRec | null;
  failOpen: boolean;
}

function eligible(state: TargetState, failOpen: boolean): boolean {
  return failOpen ? state !== 'draining' && state !== 'unused' : state === 'healthy';
}

/** Writes into `out` to keep the request path free of allocation. */
export function pickTarget(tg: TargetGroupRec, out: Pick): Pick {
  out.target = null;
  out.failOpen = false;
  let failOpen: boolean;
  if (tg.healthyCount > 0) failOpen = false;
  else if (tg.unhealthyCount > 0) failOpen = true;
  else return out;

  const targets = tg.targets;
  const n = targets.length;
  // Usually the target after the last pick sits right after its old index; rescan only when the list changed.
  let start = tg.lastPickedIndex + 1;
  if (start > n || (start > 0 && targets[start - 1]!.regSeq !== tg.lastPickedSeq) || (start < n && targets[start]!.regSeq <= tg.lastPickedSeq)) {
    start = 0;
    while (start < n && targets[start]!.regSeq <= tg.lastPickedSeq) start++;
  }
  let chosen: TargetRec | null = null;
  let chosenIndex = -1;
  if (tg.spec.algorithm === 'least_outstanding_requests') {
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      const t = targets[i]!;
      if (eligible(t.state, failOpen) && (chosen === null || t.inFlight < chosen.inFlight)) {
        chosen = t;
        chosenIndex = i;
      }
    }
  } else {
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      const t = targets[i]!;
      if (eligible(t.state, failOpen)) {
        chosen = t;
        chosenIndex = i;
        break;
      }
    }
  }
  if (chosen === null) return out;
  tg.lastPickedSeq = chosen.regSeq;
  tg.lastPickedIndex = chosenIndex;
  out.target = chosen;
  out.failOpen = failOpen;
  return out;
}

/** Why a group has no target for a request, for the 503's reason. */
export function noTargetReason(tg: TargetGroupRec): string {
  if (tg.targets.length === 0) return 'no registered targets in the target group';
  if (tg.targets.every((t) => t.state === 'draining')) return 'only draining targets in the target group';
  return 'no healthy targets yet: every target is still in its initial health checks';
}
