/** `stopTask` (MC18): as `aws ecs stop-task`, stopCode UserInitiated, "Task stopped by user". */
import { stoppedReasons } from '../services/serviceMessages';
import { stopTask as stop } from '../tasks/taskLifecycle';
import type { OperationDefinition } from './definition';
import { findServingTask, isRefusal } from './lookups';

export interface StopTaskCommand {
  readonly do: 'stopTask';
  readonly task: string;
}

export const stopTask: OperationDefinition<StopTaskCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'task', path: 'task', id: command.task }],
  inverse: { none: 'A stopped task does not come back; ECS starts a new one in its place.' },
  prepare({ engine }, command) {
    const task = findServingTask(engine, command.task);
    if (isRefusal(task)) return task;
    return () => void stop(engine, task, 'UserInitiated', stoppedReasons.user);
  },
};
