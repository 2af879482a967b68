/**
 * A task's targets in its target groups and their health states (facts 113-121, MC2, MC7, MC23):
 * initial -> healthy / unhealthy -> draining -> unused. ECS registers them while ACTIVATING and deregisters them
 * while DEACTIVATING; a draining target gets no new requests and no health checks, and reads `draining` for the
 * whole deregistration delay.
 */
import type { TargetReason, TargetState } from '../events';
import { Kind, type EngineState } from '../core/engineState';
import { sortedIndexOf } from '../core/sortedIndexOf';
import type { TargetRec, TaskRec } from '../core/model';
import { addToBatch } from '../services/messageBatch';
import { failInFlightRequests } from '../requests/requestRouting';
import { onTargetDrained } from '../tasks/taskLifecycle';
import { refreshTaskHealth } from '../tasks/taskHealth';
import { onSlowStartChange } from './slowStart';

const HISTORY_KEPT = 24;

/** AWS's description for each reason code (fact 114-118). */
export function describeReason(reason: TargetReason | null, codes?: string): string | null {
  switch (reason) {
    case null:
      return null;
    case 'Elb.RegistrationInProgress':
      return 'Target registration is in progress';
    case 'Elb.InitialHealthChecking':
      return 'Initial health checks in progress';
    case 'Target.ResponseCodeMismatch':
      return `Health checks failed with these codes: [${codes ?? ''}]`;
    case 'Target.Timeout':
      return 'Request timed out';
    case 'Target.FailedHealthChecks':
      return 'Health checks failed';
    case 'Target.DeregistrationInProgress':
      return 'Target deregistration is in progress';
    case 'Target.NotRegistered':
      return 'Target is not registered to the target group';
  }
}

export function setTargetState(
  engine: EngineState,
  target: TargetRec,
  to: TargetState,
  reason: TargetReason | null,
  description: string | null,
): void {
  const from = target.state;
  const tg = target.tg;
  if (from === 'healthy') tg.healthyCount--;
  if (from === 'unhealthy') tg.unhealthyCount--;
  if (from === 'draining') tg.drainingCount--;
  if (to === 'healthy') tg.healthyCount++;
  if (to === 'unhealthy') tg.unhealthyCount++;
  if (to === 'draining') tg.drainingCount++;
  if (to === 'healthy' || from === 'healthy') onSlowStartChange(tg, target, to === 'healthy', engine.now);
  target.state = to;
  target.reason = reason;
  target.description = description;
  target.history.push({ state: to, reason, at: engine.now });
  if (target.history.length > HISTORY_KEPT) target.history.shift();
  engine.emit({
    t: engine.now,
    type: 'target.health',
    targetGroup: tg.spec.id,
    target: target.task.id,
    instance: target.instance,
    port: target.instance === null ? null : target.port,
    from,
    to,
    reason,
    description,
  });
  refreshTaskHealth(engine, target.task);
}

/**
 * Register the task in each of its service's target groups: `initial` (Elb.RegistrationInProgress), with ECS's
 * "registered N targets" message; or, for a warm task, `healthy` as if its threshold of checks had passed before the
 * clock started (services/warmStart.ts), with no message. Either way the checks run at t_reg + k x interval (MC2).
 */
export function registerTargets(engine: EngineState, task: TaskRec): void {
  const service = task.service;
  const warm = task.warm;
  const state: TargetState = warm ? 'healthy' : 'initial';
  const reason: TargetReason | null = warm ? null : 'Elb.RegistrationInProgress';
  service.spec.loadBalancers.forEach((binding, i) => {
    const tg = service.targetGroups[i];
    if (!tg) return;
    const placement = tg.spec.targetType === 'instance' ? task.placement : null;
    const target: TargetRec = {
      tg,
      task,
      port: placement?.hostPorts.get(binding.containerPort) ?? binding.containerPort,
      instance: placement?.instance.spec.id ?? null,
      regSeq: tg.nextRegSeq++,
      slowStartFrom: -1,
      slowStartCredit: 0,
      registeredAt: engine.now,
      state,
      reason,
      description: describeReason(reason),
      checkGen: engine.nextToken(),
      okRun: warm ? tg.spec.healthCheck.healthyThreshold : 0,
      failRun: 0,
      drainingEndsAt: null,
      inFlightHead: -1,
      inFlight: 0,
      requests: 0,
      history: [{ state, reason, at: engine.now }],
    };
    tg.targets.push(target);
    if (warm) tg.healthyCount++;
    task.targets.push(target);
    engine.emit({
      t: engine.now,
      type: 'target.health',
      targetGroup: tg.spec.id,
      target: task.id,
      instance: target.instance,
      port: target.instance === null ? null : target.port,
      from: null,
      to: state,
      reason: target.reason,
      description: target.description,
    });
    if (!warm) addToBatch(engine, service, 'registered', tg.spec.arn);
    // A target gets health checks only when a listener rule uses its group (fact 112).
    if (tg.inUse) {
      engine.at(engine.now + tg.spec.healthCheck.intervalSeconds * 1000, Kind.TargetCheck, engine.handleOfTarget(target), target.checkGen);
    }
  });
}

/** Start draining; returns false when the target was not registered any more. */
export function deregisterTarget(engine: EngineState, target: TargetRec): boolean {
  if (target.state === 'draining' || target.state === 'unused') return false;
  target.checkGen = engine.nextToken();
  const delayMs = target.tg.spec.deregistrationDelaySeconds * 1000;
  target.drainingEndsAt = engine.now + delayMs;
  const service = target.task.service;
  addToBatch(engine, service, 'deregistered', target.tg.spec.arn);
  if (!target.task.targets.some((t) => t !== target && t.state === 'draining')) addToBatch(engine, service, 'draining');
  setTargetState(engine, target, 'draining', 'Target.DeregistrationInProgress', describeReason('Target.DeregistrationInProgress'));
  engine.at(target.drainingEndsAt, Kind.DrainEnd, engine.handleOfTarget(target), target.checkGen);
  return true;
}

/** The deregistration delay is over: requests still in flight get 502 (fact 121) and the target is unused. */
export function onDrainEnd(engine: EngineState, target: TargetRec, gen: number): void {
  if (target.checkGen !== gen || target.state !== 'draining') return;
  failInFlightRequests(engine, target, 'the deregistration delay ended while the request was in flight');
  target.drainingEndsAt = null;
  const list = target.tg.targets;
  const i = sortedIndexOf(list, target, (t) => t.regSeq);
  if (i >= 0) list.splice(i, 1);
  setTargetState(engine, target, 'unused', 'Target.NotRegistered', describeReason('Target.NotRegistered'));
  engine.releaseTarget(target);
  onTargetDrained(engine, target.task);
}
