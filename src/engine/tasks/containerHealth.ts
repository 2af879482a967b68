/**
 * Container health checks (fact 9, MC21): every Interval from RUNNING; failures inside StartPeriod do not count;
 * Retries consecutive failures make the container, and so the task, UNHEALTHY; a success makes it HEALTHY.
 */
import type { TaskHealthStatus } from '../events';
import { Kind, type EngineState } from '../core/engineState';
import type { TaskRec } from '../core/model';
import { appState } from './appBehaviour';
import { refreshTaskHealth } from './taskHealth';

export function startContainerChecks(engine: EngineState, task: TaskRec): void {
  const check = task.taskDef.checkedContainer?.healthCheck;
  if (!check || task.runningAt === null) return;
  engine.at(task.runningAt + check.intervalSeconds * 1000, Kind.ContainerCheck, engine.handleOfTask(task), task.phaseToken);
}

function appAnswers(engine: EngineState, task: TaskRec, timeoutMs: number): boolean {
  if (appState(task, engine.now) !== 'up') return false;
  if (task.faults.containerFail) return false;
  return task.taskDef.app.latencyMs + task.faults.extraLatencyMs < timeoutMs;
}

function setHealth(engine: EngineState, task: TaskRec, to: TaskHealthStatus): void {
  if (task.healthStatus === to) return;
  const from = task.healthStatus;
  task.healthStatus = to;
  engine.emit({ t: engine.now, type: 'task.health', task: task.id, service: task.service.spec.id, from, to });
  refreshTaskHealth(engine, task);
}

/** A warm task's container has passed its checks since before the clock started (services/warmStart.ts): HEALTHY now, next check at t = Interval. */
export function startWarmContainer(engine: EngineState, task: TaskRec): void {
  if (!task.taskDef.checkedContainer?.healthCheck) return;
  setHealth(engine, task, 'HEALTHY');
  startContainerChecks(engine, task);
}

export function onContainerCheck(engine: EngineState, task: TaskRec, token: number): void {
  if (task.phaseToken !== token || task.lastStatus !== 'RUNNING' || task.runningAt === null) return;
  const check = task.taskDef.checkedContainer?.healthCheck;
  if (!check) return;
  engine.at(engine.now + check.intervalSeconds * 1000, Kind.ContainerCheck, engine.handleOfTask(task), token);
  if (appAnswers(engine, task, check.timeoutSeconds * 1000)) {
    task.containerFailRun = 0;
    setHealth(engine, task, 'HEALTHY');
    return;
  }
  const inStartPeriod = !task.warm && engine.now < task.runningAt + check.startPeriodSeconds * 1000;
  if (inStartPeriod) return;
  task.containerFailRun++;
  if (task.containerFailRun >= check.retries) setHealth(engine, task, 'UNHEALTHY');
}
