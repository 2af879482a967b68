/**
 * `removeInstance`: the instance drains and deregisters once its last task has stopped. It leaves the
 * configuration at once (the world spec no longer lists it), the way a scaled-in Auto Scaling group would.
 */
import { removeInstance as remove } from '../capacity/instances';
import { withClusterInstances } from '../edits/worldChanges';
import { refreshTaskHealth } from '../tasks/taskHealth';
import type { OperationDefinition } from './definition';
import { stopPendingOnDrain } from './drainInstance';
import { findInstance, isRefusal } from './lookups';
import { refusal } from './refusal';

export interface RemoveInstanceCommand {
  readonly do: 'removeInstance';
  readonly instance: string;
}

export const removeInstance: OperationDefinition<RemoveInstanceCommand> = {
  kind: 'operation',
  references: (command) => [{ kind: 'instance', path: 'instance', id: command.instance }],
  inverse: { none: 'A removed instance does not come back; add instances for new capacity.' },
  prepare(ctx, command) {
    const { engine } = ctx;
    const instance = findInstance(engine, command.instance);
    if (isRefusal(instance)) return instance;
    if (instance.removeWhenEmpty) return refusal(null, `container instance ${instance.spec.id} is already being removed: it deregisters once its last task has stopped`);
    return () => {
      engine.world = withClusterInstances(engine.world, instance.cluster.spec.id, (list) => list.filter((i) => i.id !== instance.spec.id));
      remove(engine, instance, stopPendingOnDrain(ctx));
      for (const task of instance.tasks) refreshTaskHealth(engine, task);
    };
  },
};
