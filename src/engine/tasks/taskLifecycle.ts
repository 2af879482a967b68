/**
 * A task's walk through ECS's lastStatus values (facts 12-15, MC7, MC12, MC22):
 * PROVISIONING -> PENDING -> ACTIVATING -> RUNNING -> DEACTIVATING -> STOPPING -> DEPROVISIONING -> STOPPED.
 * Targets are registered when ACTIVATING starts and deregistered when DEACTIVATING starts; STOPPING waits until
 * every target has drained to `unused`.
 */
import { AVAILABILITY_ZONES } from '../names';
import type { StopCode, TaskLastStatus } from '../events';
import type { StartMode } from '../spec';
import { Kind, type EngineState } from '../core/engineState';
import type { DeploymentRec, Placement, ServiceRec, TaskRec } from '../core/model';
import { deregisterTarget, registerTargets } from '../targets/targetRegistration';
import { failInFlightRequests } from '../requests/requestRouting';
import { recordLaunchFailure, recordTaskFailure } from '../services/deploymentHealth';
import { startContainerChecks } from './containerHealth';
import { answersFrom } from './appBehaviour';
import { PLAIN_TASK_HEALTHY_AFTER_MS, refreshTaskHealth } from './taskHealth';
import { choosePlacement, reserve } from '../capacity/placement';
import { leaveInstance } from '../capacity/instances';
import { forgetOldestStopped, indexOfTask, queuePlain, retally } from '../services/serviceTally';

/** Stopped tasks stay describable for at least an hour (fact 18); keep at most this many per service. */
const STOPPED_TASKS_KEPT = 30;

export function setStatus(engine: EngineState, task: TaskRec, to: TaskLastStatus): void {
  const from = task.lastStatus;
  task.lastStatus = to;
  task.answersFrom = answersFrom(task);
  task.phaseToken = engine.nextToken();
  task.statusHistory.push({ status: to, at: engine.now });
  engine.emit({
    t: engine.now,
    type: 'task.status',
    task: task.id,
    service: task.service.spec.id,
    from,
    to,
    stopCode: task.stopCode,
    stoppedReason: task.stoppedReason,
  });
  retally(task);
  engine.markDirty(task.service);
}

function schedulePhase(engine: EngineState, task: TaskRec, afterMs: number): void {
  engine.at(engine.now + afterMs, Kind.TaskPhase, engine.handleOfTask(task), task.phaseToken);
}

/** The Availability Zone with the fewest of the service's active tasks, the first on a tie. */
function pickAvailabilityZone(service: ServiceRec): string {
  const counts = service.tally.activeByAz;
  let best: string = AVAILABILITY_ZONES[0];
  for (const az of AVAILABILITY_ZONES) if ((counts.get(az) ?? 0) < (counts.get(best) ?? 0)) best = az;
  return best;
}

function privateIp(engine: EngineState, az: string): string {
  const n = engine.launchCounter++;
  const subnet = AVAILABILITY_ZONES.indexOf(az as (typeof AVAILABILITY_ZONES)[number]) * 16 + Math.floor(n / 240);
  return `10.0.${subnet}.${10 + (n % 240)}`;
}

/**
 * Starts a task of the deployment, or returns null when an EC2 service's task fits on no instance (it is then not
 * created and takes no task ID; ECS says why, once per cause). A warm task (services/warmStart.ts) is placed the
 * same way but begins RUNNING, past its launch; its caller registers its targets.
 */
export function launchTask(engine: EngineState, service: ServiceRec, deployment: DeploymentRec, batch: number, start: StartMode = 'cold'): TaskRec | null {
  let placement: Placement | null = null;
  if (service.onEc2) {
    const chosen = choosePlacement(engine, service, deployment.taskDef);
    if (typeof chosen === 'string') {
      if (chosen !== service.placementFailure) {
        service.placementFailure = chosen;
        engine.emit({ t: engine.now, type: 'service.event', service: service.spec.id, message: chosen });
      }
      return null;
    }
    placement = chosen;
    reserve(placement);
  }
  service.launches++;
  service.started++;
  const az = placement ? placement.instance.spec.availabilityZone : pickAvailabilityZone(service);
  // Bridge and host tasks share their instance's address; awsvpc tasks get an interface of their own.
  const ip = placement && deployment.taskDef.spec.networkMode !== 'awsvpc' ? placement.instance.privateIp : privateIp(engine, az);
  const warm = start === 'warm';
  const firstStatus: TaskLastStatus = warm ? 'RUNNING' : 'PROVISIONING';
  const task: TaskRec = {
    id: `${service.spec.id}-${service.launches}`,
    service,
    launchNo: service.launches,
    placement,
    deployment,
    taskDef: deployment.taskDef,
    az,
    ip,
    batch,
    lastStatus: firstStatus,
    desiredStatus: 'RUNNING',
    healthStatus: 'UNKNOWN',
    launchedAt: engine.now,
    runningAt: warm ? engine.now : null,
    stoppingAt: null,
    stoppedAt: null,
    stopCode: null,
    stoppedReason: null,
    phaseToken: engine.nextToken(),
    crashed: false,
    answersFrom: warm ? engine.now : Infinity,
    everHealthy: false,
    healthy: false,
    mark: null,
    markedAt: 0,
    markStoppedReason: null,
    graceOver: false,
    faults: { hcStatus: null, hcTimeout: false, containerFail: false, extraLatencyMs: 0, refusesConnections: false },
    targets: [],
    requestsServed: 0,
    inFlight: 0,
    servedAtMinute: 0,
    peakInFlight: 0,
    protectedUntil: 0,
    containerChecks: deployment.taskDef.checkedContainers.map(() => ({ failRun: 0, health: 'UNKNOWN' as const, nextAt: 0 })),
    statusHistory: [{ status: firstStatus, at: engine.now }],
    warm,
    tallied: 0,
    markEntry: null,
    olderEntry: null,
  };
  service.tasks.push(task);
  retally(task);
  engine.tasksById.set(task.id, task);
  if (placement) {
    placement.instance.tasks.add(task);
    placement.instance.tasksByService.set(service, (placement.instance.tasksByService.get(service) ?? 0) + 1);
  }
  engine.emit({
    t: engine.now,
    type: 'task.status',
    task: task.id,
    service: service.spec.id,
    from: null,
    to: firstStatus,
    stopCode: null,
    stoppedReason: null,
  });
  if (!warm) schedulePhase(engine, task, task.taskDef.app.provisioningSeconds * 1000);
  return task;
}

/** A scheduled phase change came due; `token` tells whether it still applies. */
export function onTaskPhase(engine: EngineState, task: TaskRec, token: number): void {
  if (task.phaseToken !== token) return;
  const app = task.taskDef.app;
  switch (task.lastStatus) {
    case 'PROVISIONING':
      setStatus(engine, task, 'PENDING');
      schedulePhase(engine, task, app.pendingSeconds * 1000);
      return;
    case 'PENDING':
      if (app.pullError !== null) {
        task.desiredStatus = 'STOPPED';
        task.stopCode = 'TaskFailedToStart';
        task.stoppedReason = app.pullError;
        setStatus(engine, task, 'DEPROVISIONING');
        schedulePhase(engine, task, 2000);
        recordLaunchFailure(engine, task);
        return;
      }
      setStatus(engine, task, 'ACTIVATING');
      registerTargets(engine, task);
      schedulePhase(engine, task, app.activatingSeconds * 1000);
      return;
    case 'ACTIVATING':
      task.runningAt = engine.now;
      setStatus(engine, task, 'RUNNING');
      becameRunning(engine, task);
      return;
    case 'STOPPING':
      setStatus(engine, task, 'DEPROVISIONING');
      schedulePhase(engine, task, 2000);
      return;
    case 'DEPROVISIONING':
      task.stoppedAt = engine.now;
      task.healthy = false;
      task.service.stopped++;
      if (task.placement) leaveInstance(engine, task, task.placement);
      setStatus(engine, task, 'STOPPED');
      forgetOldStoppedTasks(engine, task.service);
      return;
    default:
      return;
  }
}

function becameRunning(engine: EngineState, task: TaskRec): void {
  const service = task.service;
  // A task reaching RUNNING ends the launch throttle (MC22).
  service.throttleLevel = 0;
  service.throttleUntil = 0;
  const graceMs = service.spec.healthCheckGracePeriodSeconds * 1000;
  if (graceMs > 0) {
    engine.at(engine.now + graceMs, Kind.GraceEnd, engine.handleOfTask(task), task.phaseToken);
  } else {
    task.graceOver = true;
  }
  startContainerChecks(engine, task);
  if (task.targets.length === 0 && task.taskDef.checkedContainer === null) {
    queuePlain(task);
    engine.at(engine.now + PLAIN_TASK_HEALTHY_AFTER_MS, Kind.ServiceWake, service.index);
  }
  refreshTaskHealth(engine, task);
}

export function onGraceEnd(engine: EngineState, task: TaskRec, token: number): void {
  if (task.phaseToken !== token) return;
  task.graceOver = true;
  refreshTaskHealth(engine, task);
}

/**
 * Stop a task (ECS sets desiredStatus STOPPED, then the agent walks it down). Returns false when it is already
 * stopping.
 */
export function stopTask(engine: EngineState, task: TaskRec, stopCode: StopCode | null, reason: string): boolean {
  if (task.desiredStatus === 'STOPPED' || task.lastStatus === 'STOPPED') return false;
  task.desiredStatus = 'STOPPED';
  task.stopCode = stopCode;
  task.stoppedReason = reason;
  task.healthy = false;
  retally(task);
  engine.markDirty(task.service);
  engine.version++;
  switch (task.lastStatus) {
    case 'PROVISIONING':
    case 'PENDING':
      setStatus(engine, task, 'DEPROVISIONING');
      schedulePhase(engine, task, 2000);
      return true;
    case 'ACTIVATING':
    case 'RUNNING':
      beginDeactivating(engine, task);
      return true;
    default:
      return true;
  }
}

function beginDeactivating(engine: EngineState, task: TaskRec): void {
  setStatus(engine, task, 'DEACTIVATING');
  let draining = 0;
  for (const target of task.targets) {
    if (deregisterTarget(engine, target)) draining++;
  }
  if (draining === 0) beginStopping(engine, task);
}

/** Called when one of the task's targets has finished draining. */
export function onTargetDrained(engine: EngineState, task: TaskRec): void {
  if (task.lastStatus !== 'DEACTIVATING') return;
  for (const target of task.targets) if (target.state !== 'unused') return;
  beginStopping(engine, task);
}

function beginStopping(engine: EngineState, task: TaskRec): void {
  task.stoppingAt = engine.now;
  setStatus(engine, task, 'STOPPING');
  const app = task.taskDef.app;
  const stopTimeout = Math.max(...task.taskDef.spec.containers.map((c) => c.stopTimeoutSeconds), 0);
  const exitSeconds = task.crashed ? 0 : app.ignoresSigterm ? stopTimeout : Math.min(app.shutdownSeconds, stopTimeout);
  schedulePhase(engine, task, exitSeconds * 1000);
}

/** The essential container exits at once (MC18): in-flight requests get 502 now, then the task is drained. */
/** The essential container is gone: the app answers nothing from now on. */
export function markCrashed(task: TaskRec): void {
  task.crashed = true;
  task.answersFrom = Infinity;
}

export function crashTask(engine: EngineState, task: TaskRec): void {
  markCrashed(task);
  for (const target of task.targets) failInFlightRequests(engine, target, 'target closed the connection: its task crashed');
  const neverHealthy = !task.everHealthy;
  stopTask(engine, task, 'EssentialContainerExited', 'Essential container in task exited');
  if (neverHealthy) recordTaskFailure(engine, task, 'start');
}

/** Past the stopped tasks kept, the earliest launched go. */
function forgetOldStoppedTasks(engine: EngineState, service: ServiceRec): void {
  while (service.tally.stopped > STOPPED_TASKS_KEPT) {
    const task = forgetOldestStopped(service)!;
    service.tasks.splice(indexOfTask(service.tasks, task), 1);
    engine.tasksById.delete(task.id);
    engine.releaseTask(task);
  }
}
