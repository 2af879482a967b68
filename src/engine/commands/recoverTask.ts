/** `recoverTask` (MC18): undoes `failHealthChecks`, `slowTask` and `refuseConnections`. */
import { answersFrom } from '../tasks/appBehaviour';
import { refreshTaskHealth } from '../tasks/taskHealth';
import type { OperationDefinition } from './definition';
import { findServingTask, isRefusal } from './lookups';
import { refusal } from './refusal';

export interface RecoverTaskCommand {
  readonly do: 'recoverTask';
  readonly task: string;
}

export const recoverTask: OperationDefinition<RecoverTaskCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'task', path: 'task', id: command.task }],
  inverse: { none: 'Recovering clears every injected fault; which ones there were is not a command to give back.' },
  prepare({ engine }, command) {
    const task = findServingTask(engine, command.task);
    if (isRefusal(task)) return task;
    const { faults } = task;
    if (faults.hcStatus === null && !faults.hcTimeout && !faults.containerFail && faults.extraLatencyMs === 0 && !faults.refusesConnections) {
      return refusal(null, `task ${task.id} has no injected faults to clear`);
    }
    return () => {
      faults.hcStatus = null;
      faults.hcTimeout = false;
      faults.containerFail = false;
      faults.extraLatencyMs = 0;
      faults.refusesConnections = false;
      task.answersFrom = answersFrom(task);
      engine.version++;
      refreshTaskHealth(engine, task);
    };
  },
};
