/**
 * `refuseConnections` (MC33): the task's app stops accepting connections (a full accept queue, a port closed): new
 * requests get 502 from the load balancer at once, requests already in flight are still answered (unlike a crash),
 * health checks fail as Target.FailedHealthChecks and a container check fails too. `recoverTask` undoes it.
 */
import { answersFrom } from '../tasks/appBehaviour';
import type { OperationDefinition } from './definition';
import { findServingTask, isRefusal } from './lookups';
import { refusal } from './refusal';

export interface RefuseConnectionsCommand {
  readonly do: 'refuseConnections';
  readonly task: string;
}

export const refuseConnections: OperationDefinition<RefuseConnectionsCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'task', path: 'task', id: command.task }],
  inverse: { none: 'Requests already refused stay refused (time never rewinds); recoverTask lets the task accept connections again from now on.' },
  prepare({ engine }, command) {
    const task = findServingTask(engine, command.task);
    if (isRefusal(task)) return task;
    if (task.faults.refusesConnections) return refusal(null, `task ${task.id} already refuses connections`);
    return () => {
      task.faults.refusesConnections = true;
      task.answersFrom = answersFrom(task);
      engine.version++;
    };
  },
};
