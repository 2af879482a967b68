/**
 * Which target of a group the next request would reach, and why (facts 123, 125; MC3, MC4, MC15), read off the
 * group without moving its rotation: peekTarget is the very choice pickTarget makes, minus the bookkeeping.
 */
import type { Engine } from '../core/engine';
import type { TargetGroupRec, TargetRec } from '../core/model';
import { isEligible, noTargetReason, peekTarget, roundRobinStart, type Pick } from '../targets/targetSelection';
import { appStatusForPath } from '../tasks/appBehaviour';
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

export interface TargetPrediction {
  readonly group: TargetGroupTrace;
  readonly outcome: PredictedOutcome;
}

/** The group's targets, the next one and the answer it would give to a request for `path`. */
export function explainTarget(engine: Engine, tg: TargetGroupRec, path: string, idleTimeoutSeconds: number): TargetPrediction {
  const pick: Pick = { target: null, failOpen: false };
  const chosenIndex = peekTarget(tg, pick);
  const chosen = pick.target;
  const failOpen = pick.failOpen;
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
    const reason = `${noTargetReason(tg)}, so the load balancer answers 503 itself (it never falls back to another rule)`;
    return {
      group: { ...base, next: null, reason },
      outcome: { status: 503, source: 'elb', target: null, location: null, reason },
    };
  }
  const how =
    tg.spec.algorithm === 'least_outstanding_requests'
      ? leastOutstandingReason(tg, chosen, failOpen)
      : roundRobinReason(tg, chosen, chosenIndex, failOpen);
  const group = { ...base, next: chosen.task.id, reason: failOpen ? `${FAIL_OPEN}; ${how}` : how };
  return { group, outcome: answerOf(engine, chosen, path, failOpen, idleTimeoutSeconds) };
}

/** What the chosen target would answer, as requestRouting's arrive() decides it (MC18, MC20). */
function answerOf(engine: Engine, target: TargetRec, path: string, failOpen: boolean, idleSeconds: number): PredictedOutcome {
  const task = target.task;
  const app = task.taskDef.app;
  const served = { target: task.id, location: null };
  if (task.crashed || task.lastStatus !== 'RUNNING' || task.runningAt === null || engine.now < task.runningAt + app.startupSeconds * 1000) {
    const why = task.lastStatus === 'RUNNING' && !task.crashed ? 'its app is still starting' : `it is ${task.lastStatus}`;
    return { ...served, status: 502, source: 'elb', reason: `${task.id} would refuse the connection (${why}), so the load balancer answers 502` };
  }
  const latency = app.latencyMs + task.faults.extraLatencyMs;
  if (latency >= idleSeconds * 1000) {
    return {
      ...served,
      status: 504,
      source: 'elb',
      reason: `${task.id} takes ${latency} ms, not less than the idle timeout of ${idleSeconds} s, so the load balancer answers 504`,
    };
  }
  const status = appStatusForPath(task.taskDef, path);
  let reason = `served by ${task.id} in ${latency} ms${failOpen ? ' (fail-open: no target was healthy)' : ''}`;
  if (status !== 200) reason += `; its app answers ${status} for this path (responses)`;
  if (app.errorRate > 0) reason += `; its app answers 500 to ${Math.round(app.errorRate * 100)}% of requests at random (errorRate), so this one may get 500`;
  return { ...served, status, source: 'target', reason };
}
