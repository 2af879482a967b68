/**
 * Which fault buttons a task offers, and why not when it does not. Mirrors the engine's own checks
 * (src/engine/commands/applyCommand.ts) so a disabled button explains what a rejected command would have said.
 */
import type { TaskSnapshot } from '../../../engine';

export type TaskAction = 'crash' | 'failHealthChecks' | 'slow' | 'stop' | 'recover';

export const TASK_ACTION_LABELS: Readonly<Record<TaskAction, string>> = {
  crash: 'Crash task',
  failHealthChecks: 'Fail health checks',
  slow: 'Slow down',
  stop: 'Stop task',
  recover: 'Recover',
};

export const TASK_ACTIONS: readonly TaskAction[] = ['crash', 'failHealthChecks', 'slow', 'stop', 'recover'];

/** Null when the action applies, else why it does not. */
export type TaskActionState = Readonly<Record<TaskAction, string | null>>;

export function hasFaults(task: TaskSnapshot): boolean {
  const { faults } = task;
  return faults.healthChecks !== null || faults.containerHealthChecks || faults.extraLatencyMs > 0;
}

export function taskActionState(task: TaskSnapshot): TaskActionState {
  if (task.desiredStatus === 'STOPPED') {
    const stopping = `ECS is already stopping it (${task.lastStatus})`;
    return { crash: stopping, failHealthChecks: stopping, slow: stopping, stop: stopping, recover: stopping };
  }
  const { faults } = task;
  const started = task.lastStatus === 'RUNNING' || task.lastStatus === 'ACTIVATING';
  return {
    crash: started ? null : `needs a RUNNING or ACTIVATING task; this one is ${task.lastStatus}`,
    failHealthChecks:
      faults.healthChecks === null
        ? null
        : `already failing: its health checks ${faults.healthChecks === 'timeout' ? 'time out' : `get ${faults.healthChecks}`}`,
    slow: faults.extraLatencyMs > 0 ? `already ${faults.extraLatencyMs} ms slower per request` : null,
    stop: null,
    recover: hasFaults(task) ? null : 'no injected faults to clear',
  };
}
