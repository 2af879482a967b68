/** ModifyListener: port, protocol and default actions; it applies from the next request. */
import { rebuildListeners } from '../edits/rebuildListeners';
import { byId, changed, refused, replaceById } from '../edits/worldChanges';
import type { ActionSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface ModifyListenerCommand {
  readonly do: 'modifyListener';
  readonly listener: string;
  readonly port?: number;
  readonly protocol?: 'HTTP' | 'HTTPS';
  readonly defaultActions?: readonly ActionSpec[];
}

export const modifyListener: EditDefinition<ModifyListenerCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const l = byId(world.listeners, command.listener);
    if (!l) return null;
    return [{
      do: 'modifyListener',
      listener: l.id,
      ...(command.port !== undefined ? { port: l.port } : {}),
      ...(command.protocol !== undefined ? { protocol: l.protocol } : {}),
      ...(command.defaultActions !== undefined ? { defaultActions: l.defaultActions } : {}),
    }];
  },
  subject: (command) => command.listener,
  edit(world, command) {
    const listener = byId(world.listeners, command.listener);
    if (!listener) return refused('ListenerNotFound', 'One or more listeners not found');
    const port = command.port ?? listener.port;
    if (world.listeners.some((x) => x.id !== listener.id && x.loadBalancerId === listener.loadBalancerId && x.port === port)) {
      return refused('DuplicateListener', 'A listener already exists on this port for this load balancer');
    }
    return changed(world, {
      listeners: replaceById(world.listeners, listener.id, (l) => ({
        ...l,
        port,
        ...(command.protocol !== undefined ? { protocol: command.protocol } : {}),
        ...(command.defaultActions !== undefined ? { defaultActions: command.defaultActions } : {}),
      })),
    });
  },
  reconcile: ({ engine, traffic }, _command, world) => rebuildListeners(engine, traffic, world),
};
