/**
 * Failures that shape a deployment: the circuit breaker (facts 48-54, MC8) and the launch throttle (facts 56-58,
 * MC22). Only the newest deployment's failures count.
 */
import { Kind, type EngineState } from '../core/engineState';
import type { ServiceRec, TaskDefRec, TaskRec } from '../core/model';
import { byId } from '../edits/worldChanges';
import { editWorld } from '../edits/worldEdits';
import { startDeployment } from './deployments';
import { serviceMessages } from './serviceMessages';

/** ceil(0.5 x N) clamped to 3..200 (fact 49). */
export function circuitBreakerThreshold(desiredCount: number): number {
  return Math.min(200, Math.max(3, Math.ceil(0.5 * desiredCount)));
}

export function launchThrottleDelayMs(level: number): number {
  return Math.min(10 * 2 ** (level - 1), 900) * 1000;
}

function say(engine: EngineState, service: ServiceRec, message: string): void {
  engine.emit({ t: engine.now, type: 'service.event', service: service.spec.id, message });
}

/**
 * A rollback is ECS's own UpdateService: the service's configuration names the revision it goes back to, so the
 * world spec (what the sandbox edits, exports and deploys from) says so too. A revision deregistered meanwhile
 * stays out of the world; the service still runs it, as AWS runs an INACTIVE revision.
 */
function recordRollback(engine: EngineState, service: ServiceRec, taskDef: TaskDefRec): void {
  const edit = editWorld(engine.world, { do: 'updateService', service: service.spec.id, taskDefinition: taskDef.spec.id });
  if (!edit.ok) return;
  engine.world = edit.world;
  service.spec = byId(edit.world.services, service.spec.id) ?? service.spec;
}

/** A task of the service stopped before it was ever healthy. */
export function recordTaskFailure(engine: EngineState, task: TaskRec, cause: 'start' | 'health'): void {
  const service = task.service;
  const deployment = service.deployments[0];
  if (!deployment || task.deployment !== deployment || deployment.rolloutState !== 'IN_PROGRESS') return;
  deployment.failedTasks++;
  engine.version++;
  const breaker = service.spec.deployment.circuitBreaker;
  if (!breaker.enable || deployment.failedTasks < circuitBreakerThreshold(service.desiredCount)) return;
  deployment.rolloutState = 'FAILED';
  say(engine, service, serviceMessages.deploymentFailed(service.name, deployment.id, cause));
  const target = service.lastCompleted;
  if (breaker.rollback && target) {
    say(engine, service, serviceMessages.rollingBack(service.name, target.id));
    recordRollback(engine, service, target.taskDef);
    startDeployment(engine, service, target.taskDef);
  }
  engine.markDirty(service);
}

/** A task failed to launch (PENDING -> STOPPED): counts for the breaker and throttles further launches. */
export function recordLaunchFailure(engine: EngineState, task: TaskRec): void {
  const service = task.service;
  const primary = service.deployments[0];
  if (primary && task.deployment === primary && !service.throttledBatches.has(task.batch)) {
    service.throttledBatches.add(task.batch);
    service.throttleLevel++;
    service.throttleUntil = engine.now + launchThrottleDelayMs(service.throttleLevel);
    engine.at(service.throttleUntil, Kind.ServiceWake, service.index);
    if (service.throttleLevel === 1) say(engine, service, serviceMessages.unableToStart(service.name));
  }
  recordTaskFailure(engine, task, 'start');
}
