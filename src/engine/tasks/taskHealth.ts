/**
 * Whether ECS counts a task healthy, and whether it has marked it for replacement (MC6, fact 41). ECS sees a
 * target-health change in the same instant the load balancer makes it (MC5), so this runs on every change.
 */
import type { EngineState } from '../core/engineState';
import type { TaskRec } from '../core/model';
import { serviceMessages, stoppedReasons } from '../services/serviceMessages';
import { DRAINING_STOPPED_REASON } from '../capacity/instances';
import { queueMark, retally } from '../services/serviceTally';

/** How long a task takes to count (fact 41) when it has neither a load balancer nor a container health check. */
export const PLAIN_TASK_HEALTHY_AFTER_MS = 40_000;

function countsHealthy(engine: EngineState, task: TaskRec): boolean {
  if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING' || task.runningAt === null) return false;
  for (const target of task.targets) if (target.state !== 'healthy') return false;
  const hasContainerCheck = task.taskDef.checkedContainer !== null;
  if (hasContainerCheck && task.healthStatus !== 'HEALTHY') return false;
  if (task.targets.length === 0 && !hasContainerCheck) {
    return task.warm || engine.now >= task.runningAt + PLAIN_TASK_HEALTHY_AFTER_MS;
  }
  return true;
}

export function refreshTaskHealth(engine: EngineState, task: TaskRec): void {
  const service = task.service;
  const healthy = countsHealthy(engine, task);
  if (healthy !== task.healthy) {
    task.healthy = healthy;
    retally(task);
    engine.markDirty(service);
    engine.version++;
  }
  if (healthy && !task.everHealthy) {
    task.everHealthy = true;
    // A task that turns healthy resets the circuit breaker's count (MC8).
    const primary = service.deployments[0];
    if (primary && task.deployment === primary) primary.failedTasks = 0;
  }
  if (task.desiredStatus !== 'RUNNING') return;

  const unhealthyTarget = task.targets.find((t) => t.state === 'unhealthy');
  const containerUnhealthy = task.healthStatus === 'UNHEALTHY';
  // A task on a draining instance is replaced first and then stopped, like an unhealthy one (EC2 issue).
  const onDrainingInstance = task.placement !== null && task.placement.instance.status !== 'ACTIVE';
  const shouldMark = onDrainingInstance || (task.graceOver && (unhealthyTarget !== undefined || containerUnhealthy));
  if (shouldMark && task.mark === null) {
    task.markedAt = engine.now;
    engine.markDirty(service);
    engine.version++;
    if (onDrainingInstance) {
      task.mark = 'instance-draining';
      task.markStoppedReason = DRAINING_STOPPED_REASON;
    } else if (unhealthyTarget) {
      task.mark = 'elb-health-checks';
      task.markStoppedReason = stoppedReasons.elbHealth(unhealthyTarget.tg.spec.arn);
      engine.emit({
        t: engine.now,
        type: 'service.event',
        service: service.spec.id,
        message: serviceMessages.unhealthyInTargetGroup(
          service.name,
          task.id,
          unhealthyTarget.port,
          unhealthyTarget.tg.spec.arn,
          unhealthyTarget.description ?? 'Health checks failed',
        ),
      });
    } else {
      task.mark = 'container-health-checks';
      task.markStoppedReason = stoppedReasons.containerHealth;
      engine.emit({
        t: engine.now,
        type: 'service.event',
        service: service.spec.id,
        message: serviceMessages.failedContainerHealthChecks(service.name, task.id),
      });
    }
    queueMark(task);
    retally(task);
  } else if (!shouldMark && task.mark !== null) {
    // The mark clears if the target turns healthy again before the task is stopped (MC6).
    task.mark = null;
    task.markStoppedReason = null;
    task.markEntry = null;
    retally(task);
    engine.markDirty(service);
    engine.version++;
  }
}
