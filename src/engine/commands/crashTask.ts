/** `crashTask` (MC18): the essential container exits; in-flight requests get 502 and ECS replaces the task. */
import { crashTask as crash } from '../tasks/taskLifecycle';
import type { OperationDefinition } from './definition';
import { findServingTask, isRefusal } from './lookups';
import { refusal } from './refusal';

export interface CrashTaskCommand {
  readonly do: 'crashTask';
  readonly task: string;
}

export const crashTask: OperationDefinition<CrashTaskCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'task', path: 'task', id: command.task }],
  inverse: { none: 'A crashed container cannot be taken back: ECS stops the task and starts a replacement.' },
  prepare({ engine }, command) {
    const task = findServingTask(engine, command.task);
    if (isRefusal(task)) return task;
    if (task.lastStatus !== 'RUNNING' && task.lastStatus !== 'ACTIVATING') {
      return refusal(null, `task ${task.id} is ${task.lastStatus}: its containers are not running yet`);
    }
    return () => crash(engine, task);
  },
};
