/**
 * The load balancer's health checks on the model's clock (facts 107-110, MC2, MC12, MC18): checks at
 * t_reg + k x interval; a wrong status fails at the check time, no answer fails at check time + timeout; the state
 * changes on the result that completes a run of HealthyThresholdCount successes or UnhealthyThresholdCount failures;
 * a first result that settles nothing moves a new target from Elb.RegistrationInProgress to Elb.InitialHealthChecking.
 */
import { Kind, type EngineState } from '../core/engineState';
import type { TargetRec } from '../core/model';
import type { TargetReason } from '../events';
import { appState, appStatusForPath } from '../tasks/appBehaviour';
import { isSuccessCode } from './healthCheckCodes';
import { describeReason, setTargetState } from './targetRegistration';

export function onTargetCheck(engine: EngineState, target: TargetRec, gen: number): void {
  if (target.checkGen !== gen) return;
  const check = target.tg.spec.healthCheck;
  engine.at(engine.now + check.intervalSeconds * 1000, Kind.TargetCheck, engine.handleOfTarget(target), gen);

  const task = target.task;
  const app = task.taskDef.app;
  if (appState(task, engine.now) !== 'up') {
    applyResult(engine, target, false, 'Target.FailedHealthChecks');
    return;
  }
  const latency = app.latencyMs + task.faults.extraLatencyMs;
  if (task.faults.hcTimeout || latency >= check.timeoutSeconds * 1000) {
    engine.at(engine.now + check.timeoutSeconds * 1000, Kind.TargetCheckTimeout, engine.handleOfTarget(target), gen);
    return;
  }
  const status = task.faults.hcStatus ?? appStatusForPath(task.taskDef, check.path);
  if (isSuccessCode(check.matcher, status)) applyResult(engine, target, true, null);
  else applyResult(engine, target, false, 'Target.ResponseCodeMismatch', String(status));
}

export function onTargetCheckTimeout(engine: EngineState, target: TargetRec, gen: number): void {
  if (target.checkGen !== gen) return;
  applyResult(engine, target, false, 'Target.Timeout');
}

/**
 * A new target's registration completes with its first health check (MC23): from then until a threshold is met it
 * reads `initial` with Elb.InitialHealthChecking.
 */
function registrationCompletes(engine: EngineState, target: TargetRec): void {
  if (target.state === 'initial' && target.reason === 'Elb.RegistrationInProgress') {
    setTargetState(engine, target, 'initial', 'Elb.InitialHealthChecking', describeReason('Elb.InitialHealthChecking'));
  }
}

function applyResult(engine: EngineState, target: TargetRec, ok: boolean, reason: TargetReason | null, codes?: string): void {
  const check = target.tg.spec.healthCheck;
  if (ok) {
    target.okRun++;
    target.failRun = 0;
    if (target.state !== 'healthy' && target.okRun >= check.healthyThreshold) {
      setTargetState(engine, target, 'healthy', null, null);
    } else {
      registrationCompletes(engine, target);
    }
    return;
  }
  target.failRun++;
  target.okRun = 0;
  if (target.failRun < check.unhealthyThreshold) registrationCompletes(engine, target);
  if (target.state === 'unhealthy') {
    // Still unhealthy; AWS keeps the latest reason on the target without a new state change.
    target.reason = reason;
    target.description = describeReason(reason, codes);
    return;
  }
  if (target.failRun >= check.unhealthyThreshold) {
    setTargetState(engine, target, 'unhealthy', reason, describeReason(reason, codes));
  }
}
