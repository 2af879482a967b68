/**
 * The fault buttons a task offers, and why not when it does not: the engine's own answer (Simulation.check), so a
 * disabled button says exactly what a rejected command would have said, and no rule lives here.
 */
import type { Command, CommandCheck } from '../../../engine';

export type TaskAction = 'crash' | 'failHealthChecks' | 'slow' | 'refuse' | 'stop' | 'recover';

export const TASK_ACTION_LABELS: Readonly<Record<TaskAction, string>> = {
  crash: 'Crash task',
  failHealthChecks: 'Fail health checks',
  slow: 'Slow down',
  refuse: 'Refuse connections',
  stop: 'Stop task',
  recover: 'Recover',
};

export const TASK_ACTIONS: readonly TaskAction[] = ['crash', 'failHealthChecks', 'slow', 'refuse', 'stop', 'recover'];

export function taskCommand(action: TaskAction, task: string): Command {
  switch (action) {
    case 'crash':
      return { do: 'crashTask', task };
    case 'failHealthChecks':
      return { do: 'failHealthChecks', task };
    case 'slow':
      return { do: 'slowTask', task };
    case 'refuse':
      return { do: 'refuseConnections', task };
    case 'stop':
      return { do: 'stopTask', task };
    case 'recover':
      return { do: 'recoverTask', task };
  }
}

/** Null when the action applies, else why it does not. */
export type TaskActionState = Readonly<Record<TaskAction, string | null>>;

export function taskActionState(check: (command: Command) => CommandCheck, taskId: string): TaskActionState {
  const why = (action: TaskAction): string | null => {
    const answer = check(taskCommand(action, taskId));
    return answer.allowed ? null : answer.reason;
  };
  return { crash: why('crash'), failHealthChecks: why('failHealthChecks'), slow: why('slow'), refuse: why('refuse'), stop: why('stop'), recover: why('recover') };
}
