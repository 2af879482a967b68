/** DeleteListener: its rules go with it, as in AWS. */
import { rebuildListeners } from '../edits/rebuildListeners';
import { byId, changed, has, refused } from '../edits/worldChanges';
import type { EditDefinition } from './definition';
import type { Command } from './index';

export interface DeleteListenerCommand {
  readonly do: 'deleteListener';
  readonly listener: string;
}

export const deleteListener: EditDefinition<DeleteListenerCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const listener = byId(world.listeners, command.listener);
    if (!listener) return null;
    const rules = world.rules.filter((r) => r.listenerId === listener.id);
    return [{ do: 'createListener', listener }, ...rules.map((rule): Command => ({ do: 'createRule', rule }))];
  },
  subject: (command) => command.listener,
  edit(world, command) {
    if (!has(world.listeners, command.listener)) return refused('ListenerNotFound', 'One or more listeners not found');
    return changed(world, {
      listeners: world.listeners.filter((l) => l.id !== command.listener),
      rules: world.rules.filter((r) => r.listenerId !== command.listener),
    });
  },
  reconcile: ({ engine, traffic }, _command, world) => rebuildListeners(engine, traffic, world),
};
