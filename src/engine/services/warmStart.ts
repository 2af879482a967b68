/**
 * A warm start (`Metadata.EcsOrchestra.start: "warm"`): the world at t = 0 as a stack deployed a while ago stands,
 * not as CloudFormation is creating it. The convention, exactly (README, "Warm start"):
 *
 * - Each service, in the world's order, has its desired count of tasks of its current task definition, numbered
 *   `<service>-1..N`, placed as the scheduler's first pass would place them (the same Availability Zone spread, the
 *   same EC2 instances, host ports and reservations, the same private addresses), in lastStatus RUNNING since t = 0.
 * - Their targets are registered at t = 0 and `healthy`; the health-check clock starts there as for any target
 *   (MC2, t_reg = 0: the first check at t = interval). A container health check reads HEALTHY, its next check at
 *   t = Interval. The app answers from t = 0 (startupSeconds, StartPeriod, a plain task's 40 s and the grace
 *   period are all behind it).
 * - The first deployment is COMPLETED and the service steady; ECS's "has started", "registered" and "deployment
 *   completed" messages belong to the past and are not written.
 * - Events at t = 0, before anything else: per task, `task.status` from null to RUNNING, each target's
 *   `target.health` from null to healthy, `task.health` UNKNOWN to HEALTHY where there is a container check; then,
 *   from the scheduler's first pass, "(service S) has reached a steady state.".
 * - A task that fits on no EC2 instance is not placed warm: the service's remaining tasks start cold in that first
 *   pass, with ECS's "unable to place a task" message, and the first deployment completes when they are healthy.
 *   A task definition with a `pullError` never ran, so its service starts cold.
 */
import type { EngineState } from '../core/engineState';
import { registerTargets } from '../targets/targetRegistration';
import { startWarmContainer } from '../tasks/containerHealth';
import { launchTask } from '../tasks/taskLifecycle';
import { refreshTaskHealth } from '../tasks/taskHealth';

export function startWarm(engine: EngineState): void {
  for (const service of engine.services) {
    const deployment = service.deployments[0];
    if (!deployment || deployment.taskDef.app.pullError !== null) continue;
    // One launch batch, as one scheduler pass would make.
    const batch = ++engine.batchCounter;
    let placed = 0;
    while (placed < service.desiredCount) {
      const task = launchTask(engine, service, deployment, batch, 'warm');
      if (task === null) break;
      task.graceOver = true;
      registerTargets(engine, task);
      startWarmContainer(engine, task);
      refreshTaskHealth(engine, task);
      placed++;
    }
    if (placed === service.desiredCount) {
      deployment.rolloutState = 'COMPLETED';
      service.lastCompleted = deployment;
    }
  }
}
