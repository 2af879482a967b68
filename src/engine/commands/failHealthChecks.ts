/**
 * `failHealthChecks` (MC18): the app answers its target group's health-check paths with `status` (500), or not at
 * all (`timeout`); ordinary requests are still served. `container` fails its container health check instead.
 */
import type { OperationDefinition } from './definition';
import { findServingTask, isRefusal } from './lookups';
import { refusal } from './refusal';

const DEFAULT_FAILING_STATUS = 500;

export interface FailHealthChecksCommand {
  readonly do: 'failHealthChecks';
  readonly task: string;
  /** Status the app answers its health-check paths with; default 500 (MC18). */
  readonly status?: number;
  /** No answer at all: the check times out. */
  readonly timeout?: boolean;
  /** Fail the container health check instead of the target group's. */
  readonly container?: boolean;
}

export const failHealthChecks: OperationDefinition<FailHealthChecksCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'task', path: 'task', id: command.task }],
  inverse: { none: 'Checks already failed stay failed (time never rewinds); recoverTask clears the fault from now on.' },
  prepare({ engine }, command) {
    const task = findServingTask(engine, command.task);
    if (isRefusal(task)) return task;
    const { faults } = task;
    if (command.container === true) {
      if (task.taskDef.checkedContainer === null) return refusal(null, `task ${task.id} has no container health check`);
      if (faults.containerFail) return refusal(null, `task ${task.id} already fails its container health check`);
    } else if (faults.hcTimeout || faults.hcStatus !== null) {
      return refusal(null, `task ${task.id} already fails its health checks: ${faults.hcTimeout ? 'they time out' : `they get ${faults.hcStatus}`}`);
    }
    return () => {
      if (command.container === true) faults.containerFail = true;
      else if (command.timeout === true) faults.hcTimeout = true;
      else faults.hcStatus = command.status ?? DEFAULT_FAILING_STATUS;
      engine.version++;
    };
  },
};
