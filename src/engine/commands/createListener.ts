/** CreateListener: one per port on a load balancer (DuplicateListener). */
import { rebuildListeners } from '../edits/rebuildListeners';
import { changed, duplicateId, has, idTaken, refused } from '../edits/worldChanges';
import type { ListenerSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface CreateListenerCommand {
  readonly do: 'createListener';
  readonly listener: ListenerSpec;
}

export const createListener: EditDefinition<CreateListenerCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (_world, command) => [{ do: 'deleteListener', listener: command.listener.id }],
  subject: (command) => command.listener.id,
  edit(world, { listener: l }) {
    if (idTaken(world, l.id)) return duplicateId(l.id);
    if (!has(world.loadBalancers, l.loadBalancerId)) return refused('LoadBalancerNotFound', 'One or more load balancers not found');
    if (world.listeners.some((x) => x.loadBalancerId === l.loadBalancerId && x.port === l.port)) {
      return refused('DuplicateListener', 'A listener already exists on this port for this load balancer');
    }
    return changed(world, { listeners: [...world.listeners, l] });
  },
  reconcile: ({ engine, traffic }, _command, world) => rebuildListeners(engine, traffic, world),
};
