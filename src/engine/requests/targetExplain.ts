/**
 * The rule tester's words for the target a decision chose (facts 123, 125; MC3, MC4, MC15, MC18, MC20): the group's
 * targets in round-robin order, why the chosen one is next (its position, the targets passed over, fail-open) or
 * why there is none, and what it would answer. The choice itself is decideRequest's, peeked without taking a turn.
 */
import type { TargetGroupRec, TargetRec } from '../core/model';
import { isEligible, noTargetReason, roundRobinStart, type TargetChoice } from '../targets/targetSelection';
import type { RequestDecision } from './requestDecision';
import type { PredictedOutcome, TargetGroupTrace } from './requestTrace';

const FAIL_OPEN =
  'no target is healthy but at least one is unhealthy, so the group fails open: every registered target that is not draining gets requests as if it were healthy';

/** "Web-3 (unhealthy), Web-4 (draining)": the targets round robin passes over before its pick. */
function passedOver(tg: TargetGroupRec, start: number, chosenIndex: number, failOpen: boolean): string {
  const n = tg.targets.length;
  const names: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (i === chosenIndex) break;
    const t = tg.targets[i]!;
    if (!isEligible(t.state, failOpen)) names.push(`${t.task.id} (${t.state})`);
  }
  return names.join(', ');
}

function roundRobinReason(tg: TargetGroupRec, chosen: TargetRec, chosenIndex: number, failOpen: boolean): string {
  const start = roundRobinStart(tg);
  const wrapped = chosenIndex < start || start >= tg.targets.length;
  let reason: string;
  if (tg.lastPickedSeq < 0) {
    reason = `round robin starts with the first registered target: ${chosen.task.id} is next`;
  } else {
    const last = tg.targets.find((t) => t.regSeq === tg.lastPickedSeq);
    const after = last ? `${last.task.id}, the target picked last` : 'the target picked last (no longer registered)';
    reason = `round robin continues in registration order after ${after}: ${chosen.task.id} is next`;
    if (wrapped) reason += ', wrapping around to the start of the list';
  }
  const skipped = passedOver(tg, start >= tg.targets.length ? 0 : start, chosenIndex, failOpen);
  if (skipped !== '') reason += `; skipped ${skipped}: only ${failOpen ? 'non-draining' : 'healthy'} targets get requests`;
  return reason;
}

function leastOutstandingReason(tg: TargetGroupRec, chosen: TargetRec, failOpen: boolean): string {
  const ties = tg.targets.filter((t) => isEligible(t.state, failOpen) && t.inFlight === chosen.inFlight).length;
  const tie = ties > 1 ? `; ${ties} targets tie, so the first of them in round-robin order` : '';
  return `least_outstanding_requests: ${chosen.task.id} has the fewest requests in flight (${chosen.inFlight})${tie}`;
}

/** The group's targets and the one chosen (`choice`, at `chosenIndex` in tg.targets), or why there is none. */
export function explainGroup(tg: TargetGroupRec, choice: TargetChoice, chosenIndex: number): TargetGroupTrace {
  const { target: chosen, failOpen } = choice;
  const targets = tg.targets.map((t) => ({
    task: t.task.id,
    instance: t.instance,
    port: t.port,
    state: t.state,
    stateReason: t.reason,
    inFlight: t.inFlight,
    eligible: isEligible(t.state, failOpen),
    next: t === chosen,
  }));
  const base = { id: tg.spec.id, name: tg.spec.name, algorithm: tg.spec.algorithm, targets, failOpen };
  if (chosen === null) {
    return { ...base, next: null, reason: `${noTargetReason(tg)}, so the load balancer answers 503 itself (it never falls back to another rule)` };
  }
  const how =
    tg.spec.algorithm === 'least_outstanding_requests'
      ? leastOutstandingReason(tg, chosen, failOpen)
      : roundRobinReason(tg, chosen, chosenIndex, failOpen);
  return { ...base, next: chosen.task.id, reason: failOpen ? `${FAIL_OPEN}; ${how}` : how };
}

/** What the chosen target would answer, as the decision says: the 502, the 504 or the app's status (MC18, MC20). */
export function explainAnswer(d: RequestDecision, idleSeconds: number): PredictedOutcome {
  const task = d.target!.task;
  const app = task.taskDef.app;
  const served = { target: task.id, location: null };
  switch (d.verdict) {
    case 'app-down': {
      const why = d.app === 'starting' ? 'its app is still starting' : d.app === 'refusing' ? 'it refuses connections' : `it is ${task.lastStatus}`;
      return { ...served, status: 502, source: 'elb', reason: `${task.id} would refuse the connection (${why}), so the load balancer answers 502` };
    }
    case 'timeout':
      return {
        ...served,
        status: 504,
        source: 'elb',
        reason: `${task.id} takes ${d.latencyMs} ms, not less than the idle timeout of ${idleSeconds} s, so the load balancer answers 504`,
      };
    default: {
      let reason = `served by ${task.id} in ${d.latencyMs} ms${d.failOpen ? ' (fail-open: no target was healthy)' : ''}`;
      if (d.status !== 200) reason += `; its app answers ${d.status} for this path (responses)`;
      if (app.errorRate > 0) reason += `; its app answers 500 to ${Math.round(app.errorRate * 100)}% of requests at random (errorRate), so this one may get 500`;
      return { ...served, status: d.status, source: 'target', reason };
    }
  }
}
