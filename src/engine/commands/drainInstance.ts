/**
 * `drainInstance`: the container instance goes DRAINING. Nothing new is placed on it; its tasks are replaced
 * elsewhere first, then stopped ("Task stopped during instance draining"). It stays registered, so the
 * configuration does not change.
 */
import { drainInstance as drain, DRAINING_STOPPED_REASON } from '../capacity/instances';
import type { TaskRec } from '../core/model';
import { stopTask } from '../tasks/taskLifecycle';
import { refreshTaskHealth } from '../tasks/taskHealth';
import type { CommandContext, OperationDefinition } from './definition';
import { findInstance, isRefusal } from './lookups';
import { refusal } from './refusal';

export interface DrainInstanceCommand {
  readonly do: 'drainInstance';
  readonly instance: string;
}

/** PROVISIONING and PENDING tasks on a draining instance stop at once. */
export const stopPendingOnDrain = ({ engine }: CommandContext) => (task: TaskRec) =>
  void stopTask(engine, task, 'ServiceSchedulerInitiated', DRAINING_STOPPED_REASON);

export const drainInstance: OperationDefinition<DrainInstanceCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'instance', path: 'instance', id: command.instance }],
  inverse: { none: 'The model has no command that sets a DRAINING instance back to ACTIVE; add instances for new capacity.' },
  prepare(ctx, command) {
    const instance = findInstance(ctx.engine, command.instance);
    if (isRefusal(instance)) return instance;
    if (instance.status === 'DRAINING') return refusal(null, `container instance ${instance.spec.id} is already draining`);
    return () => {
      drain(ctx.engine, instance, stopPendingOnDrain(ctx));
      for (const task of instance.tasks) refreshTaskHealth(ctx.engine, task);
    };
  },
};
