/** ModifyRule (conditions, actions) and SetRulePriorities (priority). */
import { rebuildListeners } from '../edits/rebuildListeners';
import { byId, changed, priorityInUse, refused, replaceById } from '../edits/worldChanges';
import type { ActionSpec, ConditionSpec } from '../spec';
import type { EditDefinition } from './definition';

export interface ModifyRuleCommand {
  readonly do: 'modifyRule';
  readonly rule: string;
  readonly priority?: number;
  readonly conditions?: readonly ConditionSpec[];
  readonly actions?: readonly ActionSpec[];
}

export const modifyRule: EditDefinition<ModifyRuleCommand> = {
  kind: 'edit',
  references: () => [],
  inverse: (world, command) => {
    const r = byId(world.rules, command.rule);
    if (!r) return null;
    return [{
      do: 'modifyRule',
      rule: r.id,
      ...(command.priority !== undefined ? { priority: r.priority } : {}),
      ...(command.conditions !== undefined ? { conditions: r.conditions } : {}),
      ...(command.actions !== undefined ? { actions: r.actions } : {}),
    }];
  },
  subject: (command) => command.rule,
  edit(world, command) {
    const rule = byId(world.rules, command.rule);
    if (!rule) return refused('RuleNotFound', 'One or more rules not found');
    const priority = command.priority ?? rule.priority;
    if (priorityInUse(world.rules, { ...rule, priority })) return refused('PriorityInUse', `Priority '${priority}' is currently in use`);
    return changed(world, {
      rules: replaceById(world.rules, rule.id, (r) => ({
        ...r,
        priority,
        ...(command.conditions !== undefined ? { conditions: command.conditions } : {}),
        ...(command.actions !== undefined ? { actions: command.actions } : {}),
      })),
    });
  },
  reconcile: ({ engine, traffic }, _command, world) => rebuildListeners(engine, traffic, world),
};
