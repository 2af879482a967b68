/**
 * Deployments of a service (facts 28, 42; MC8, MC24): the newest is PRIMARY, older ones with tasks left are
 * ACTIVE, and they drop out (INACTIVE) once their last task has stopped. IDs count across the whole scenario.
 */
import type { EngineState } from '../core/engineState';
import type { DeploymentRec, ServiceRec, TaskDefRec } from '../core/model';
import { rebuildOlder } from './serviceTally';

export function startDeployment(engine: EngineState, service: ServiceRec, taskDef: TaskDefRec): DeploymentRec {
  const deployment: DeploymentRec = {
    id: `ecs-svc/${++engine.deploymentCounter}`,
    taskDef,
    status: 'PRIMARY',
    rolloutState: 'IN_PROGRESS',
    failedTasks: 0,
    createdAt: engine.now,
    stuckReported: false,
    active: 0,
    runningDesired: 0,
    usable: 0,
  };
  for (const older of service.deployments) older.status = 'ACTIVE';
  service.deployments = [deployment, ...service.deployments];
  // A new deployment returns the service to unthrottled launches (fact 57).
  service.throttleLevel = 0;
  service.throttleUntil = 0;
  service.steady = false;
  rebuildOlder(service);
  engine.markDirty(service);
  engine.version++;
  return deployment;
}

/** Older deployments whose tasks have all stopped become INACTIVE and leave the list. */
export function retireEmptyDeployments(engine: EngineState, service: ServiceRec): void {
  if (service.deployments.length < 2) return;
  const kept = service.deployments.filter((deployment, i) => {
    if (i === 0) return true;
    const hasTasks = deployment.active > 0;
    if (!hasTasks) deployment.status = 'INACTIVE';
    return hasTasks;
  });
  if (kept.length !== service.deployments.length) {
    service.deployments = kept;
    engine.version++;
  }
}
