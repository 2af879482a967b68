/** DeleteRule: requests that matched it fall through to the next rule from the next request. */
import { rebuildListeners } from '../edits/rebuildListeners';
import { byId, changed, has, refused } from '../edits/worldChanges';
import type { EditDefinition } from './definition';

export interface DeleteRuleCommand {
  readonly do: 'deleteRule';
  readonly rule: string;
}

export const deleteRule: EditDefinition<DeleteRuleCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const rule = byId(world.rules, command.rule);
    return rule ? [{ do: 'createRule', rule }] : null;
  },
  subject: (command) => command.rule,
  edit(world, command) {
    if (!has(world.rules, command.rule)) return refused('RuleNotFound', 'One or more rules not found');
    return changed(world, { rules: world.rules.filter((r) => r.id !== command.rule) });
  },
  reconcile: ({ engine, traffic }, _command, world) => rebuildListeners(engine, traffic, world),
};
