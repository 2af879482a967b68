/**
 * Container health checks (fact 9, MC21): every Interval from RUNNING; failures inside StartPeriod do not count;
 * Retries consecutive failures make the container UNHEALTHY; a success makes it HEALTHY. Each essential container with
 * a check keeps its own clock; the task is UNHEALTHY if any is, else UNKNOWN if any is, else HEALTHY.
 */
import type { TaskHealthStatus } from '../events';
import { Kind, type EngineState } from '../core/engineState';
import type { TaskRec } from '../core/model';
import { appState } from './appBehaviour';
import { refreshTaskHealth } from './taskHealth';

/** The next check of any container, from each container's own clock (one agenda entry per task). */
function scheduleNext(engine: EngineState, task: TaskRec, token: number): void {
  let next = Infinity;
  for (const check of task.containerChecks) next = Math.min(next, check.nextAt);
  if (Number.isFinite(next)) engine.at(next, Kind.ContainerCheck, engine.handleOfTask(task), token);
}

export function startContainerChecks(engine: EngineState, task: TaskRec): void {
  if (task.containerChecks.length === 0 || task.runningAt === null) return;
  const runningAt = task.runningAt;
  task.taskDef.checkedContainers.forEach((container, i) => {
    const check = task.containerChecks[i];
    if (check && container.healthCheck) check.nextAt = runningAt + container.healthCheck.intervalSeconds * 1000;
  });
  scheduleNext(engine, task, task.phaseToken);
}

function appAnswers(engine: EngineState, task: TaskRec, timeoutMs: number): boolean {
  if (appState(task, engine.now) !== 'up') return false;
  if (task.faults.containerFail) return false;
  return task.taskDef.app.latencyMs + task.faults.extraLatencyMs < timeoutMs;
}

/** The task's health from its essential containers': UNHEALTHY if any is, else UNKNOWN if any is, else HEALTHY. */
function taskHealthOf(task: TaskRec): TaskHealthStatus {
  let unknown = false;
  for (const check of task.containerChecks) {
    if (check.health === 'UNHEALTHY') return 'UNHEALTHY';
    if (check.health === 'UNKNOWN') unknown = true;
  }
  return unknown ? 'UNKNOWN' : 'HEALTHY';
}

function setHealth(engine: EngineState, task: TaskRec): void {
  const to = taskHealthOf(task);
  if (task.healthStatus === to) return;
  const from = task.healthStatus;
  task.healthStatus = to;
  engine.emit({ t: engine.now, type: 'task.health', task: task.id, service: task.service.spec.id, from, to });
  refreshTaskHealth(engine, task);
}

/** A warm task's containers have passed their checks since before the clock started (services/warmStart.ts): HEALTHY now, next checks at t = Interval. */
export function startWarmContainer(engine: EngineState, task: TaskRec): void {
  if (task.containerChecks.length === 0) return;
  for (const check of task.containerChecks) check.health = 'HEALTHY';
  setHealth(engine, task);
  startContainerChecks(engine, task);
}

export function onContainerCheck(engine: EngineState, task: TaskRec, token: number): void {
  if (task.phaseToken !== token || task.lastStatus !== 'RUNNING' || task.runningAt === null) return;
  const now = engine.now;
  const due: number[] = [];
  task.taskDef.checkedContainers.forEach((container, i) => {
    const check = task.containerChecks[i];
    if (!check || !container.healthCheck || check.nextAt !== now) return;
    check.nextAt = now + container.healthCheck.intervalSeconds * 1000;
    due.push(i);
  });
  scheduleNext(engine, task, token);
  for (const i of due) runCheck(engine, task, i);
  setHealth(engine, task);
}

function runCheck(engine: EngineState, task: TaskRec, i: number): void {
  const spec = task.taskDef.checkedContainers[i]?.healthCheck;
  const check = task.containerChecks[i];
  if (!spec || !check || task.runningAt === null) return;
  if (appAnswers(engine, task, spec.timeoutSeconds * 1000)) {
    check.failRun = 0;
    check.health = 'HEALTHY';
    return;
  }
  const inStartPeriod = !task.warm && engine.now < task.runningAt + spec.startPeriodSeconds * 1000;
  if (inStartPeriod) return;
  check.failRun++;
  if (check.failRun >= spec.retries) check.health = 'UNHEALTHY';
}
