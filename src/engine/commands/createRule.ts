/** CreateRule: a priority is unique on its listener (PriorityInUse); the rule applies from the next request. */
import { rebuildListeners } from '../edits/rebuildListeners';
import { changed, duplicateId, has, idTaken, priorityInUse, refused } from '../edits/worldChanges';
import type { ListenerRuleSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface CreateRuleCommand {
  readonly do: 'createRule';
  readonly rule: ListenerRuleSpec;
}

export const createRule: EditDefinition<CreateRuleCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (_world, command) => [{ do: 'deleteRule', rule: command.rule.id }],
  subject: (command) => command.rule.id,
  edit(world, { rule }) {
    if (idTaken(world, rule.id)) return duplicateId(rule.id);
    if (!has(world.listeners, rule.listenerId)) return refused('ListenerNotFound', 'One or more listeners not found');
    if (priorityInUse(world.rules, rule)) return refused('PriorityInUse', `Priority '${rule.priority}' is currently in use`);
    return changed(world, { rules: [...world.rules, rule] });
  },
  reconcile: ({ engine, traffic }, _command, world) => rebuildListeners(engine, traffic, world),
};
