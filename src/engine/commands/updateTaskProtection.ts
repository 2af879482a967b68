/**
 * UpdateTaskProtection (facts 68-69): `protectionEnabled` keeps the tasks from being stopped by a scale-in for
 * `expiresInMinutes` (default 120, 1 to 2,880); false takes the protection off. At most 10 tasks per call, as the API
 * takes, each a task of a service.
 */
import { Kind } from '../core/engineState';
import type { TaskRec } from '../core/model';
import { DEFAULT_PROTECTION_MINUTES, MAX_PROTECTION_MINUTES } from '../scaling/protection';
import type { OperationDefinition } from './definition';
import { findServingTask, isRefusal } from './lookups';
import { refusal } from './refusal';

export interface UpdateTaskProtectionCommand {
  readonly do: 'updateTaskProtection';
  readonly tasks: readonly string[];
  readonly protectionEnabled: boolean;
  readonly expiresInMinutes?: number;
}

export const updateTaskProtection: OperationDefinition<UpdateTaskProtectionCommand> = {
  kind: 'operation',
  references: (command) => command.tasks.map((id, i) => ({ kind: 'task' as const, path: `tasks[${i}]`, id })),
  inverse: { none: 'Protection lasts from when it was set; another updateTaskProtection changes it from now on.' },
  prepare({ engine }, command) {
    const minutes = command.expiresInMinutes ?? DEFAULT_PROTECTION_MINUTES;
    if (!(Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_PROTECTION_MINUTES)) {
      return refusal('InvalidParameterException', `expiresInMinutes must be between 1 and ${MAX_PROTECTION_MINUTES}.`);
    }
    const tasks: TaskRec[] = [];
    for (const id of command.tasks) {
      const task = findServingTask(engine, id);
      if (isRefusal(task)) return task;
      tasks.push(task);
    }
    return () => {
      const until = command.protectionEnabled ? engine.now + minutes * 60_000 : 0;
      for (const task of tasks) {
        task.protectedUntil = until;
        // The scheduler looks again now, and when the protection ends (a scale-in it held back may go ahead).
        engine.markDirty(task.service);
        if (until > 0) engine.at(until, Kind.ServiceWake, task.service.index);
      }
      engine.version++;
    };
  },
};
