/**
 * A listener rule form (priority, conditions, one routing action) to createRule / modifyRule / deleteRule commands,
 * without React, so every conversion is unit-tested. The validators judge the result; this only reads the form.
 */
import type { CreateRuleCommand, DeleteRuleCommand, ListenerRuleSpec, ModifyRuleCommand, ScenarioSpec } from '../../../engine';
import { actionFromDraft, actionToDraft, type ActionDraft } from './actionDraft';
import { conditionFromDraft, conditionToDraft, emptyCondition, type ConditionDraft } from './conditionDraft';
import { DraftErrors, type DraftResult } from '../form/draft';
import { logicalIdFrom, uniqueLogicalId } from '../form/logicalIds';

export interface RuleDraft {
  readonly priority: string;
  readonly conditions: readonly ConditionDraft[];
  readonly action: ActionDraft;
}

export const MIN_PRIORITY = 1;
export const MAX_PRIORITY = 50000;

/** Target groups already behind this listener's load balancer, first: a group can serve only one load balancer (fact 103). */
export function targetGroupChoices(spec: ScenarioSpec, listenerId: string): string[] {
  const lbId = spec.listeners.find((l) => l.id === listenerId)?.loadBalancerId;
  const sameLb = new Set(spec.listeners.filter((l) => l.loadBalancerId === lbId).map((l) => l.id));
  const used: string[] = [];
  const actions = [
    ...spec.listeners.filter((l) => sameLb.has(l.id)).map((l) => l.defaultActions),
    ...spec.rules.filter((r) => sameLb.has(r.listenerId)).map((r) => r.actions),
  ];
  for (const list of actions) for (const a of list) if (a.type === 'forward') for (const g of a.targetGroups) if (!used.includes(g.targetGroupId)) used.push(g.targetGroupId);
  return [...used, ...spec.targetGroups.map((tg) => tg.id).filter((id) => !used.includes(id))];
}

/** The next round ten after the listener's highest priority, as people number rules to leave room between them. */
export function nextPriority(spec: ScenarioSpec, listenerId: string): number {
  const highest = Math.max(0, ...spec.rules.filter((r) => r.listenerId === listenerId).map((r) => r.priority));
  return Math.min(MAX_PRIORITY, Math.floor(highest / 10) * 10 + 10);
}

/** The sibling rule that already has this priority (PriorityInUse), if any. */
export function priorityClash(spec: ScenarioSpec, listenerId: string, priorityText: string, ruleId: string | null): ListenerRuleSpec | undefined {
  const priority = Number(priorityText.trim());
  if (priorityText.trim() === '' || !Number.isInteger(priority)) return undefined;
  return spec.rules.find((r) => r.listenerId === listenerId && r.id !== ruleId && r.priority === priority);
}

export function newRuleDraft(spec: ScenarioSpec, listenerId: string): RuleDraft {
  return {
    priority: String(nextPriority(spec, listenerId)),
    conditions: [emptyCondition('path-pattern')],
    action: actionToDraft(undefined, targetGroupChoices(spec, listenerId)[0] ?? null),
  };
}

export function ruleToDraft(spec: ScenarioSpec, rule: ListenerRuleSpec): RuleDraft {
  return {
    priority: String(rule.priority),
    conditions: rule.conditions.map(conditionToDraft),
    action: actionToDraft(rule.actions[0], targetGroupChoices(spec, rule.listenerId)[0] ?? null),
  };
}

/** Named after the first thing it matches ("/api/orders*" -> ApiOrdersRule), else its priority. */
export function ruleIdFor(spec: ScenarioSpec, draft: RuleDraft): string {
  const first = draft.conditions[0];
  const text = first === undefined ? '' : first.field === 'query-string' ? (first.pairs[0]?.key || first.pairs[0]?.value) ?? '' : first.values[0] ?? '';
  const base = text.replace(/[^A-Za-z0-9]/g, '') === '' ? `Rule${draft.priority.replace(/\D/g, '')}` : logicalIdFrom(text, 'Rule');
  return uniqueLogicalId(spec, base);
}

function readRule(draft: RuleDraft): DraftResult<Pick<ListenerRuleSpec, 'priority' | 'conditions' | 'actions'>> {
  const issues = new DraftErrors();
  const priority = issues.number(
    draft.priority,
    'Properties.Priority',
    `Priority '${draft.priority}' is out of range; a rule priority must be a whole number from ${MIN_PRIORITY} to ${MAX_PRIORITY}`,
  );
  const action = actionFromDraft(draft.action, 'Actions[0]');
  if (!action.ok) issues.addAll(action.errors);
  return issues.result({ priority, conditions: draft.conditions.map(conditionFromDraft), actions: action.ok ? [action.value] : [] });
}

export function createRuleCommand(spec: ScenarioSpec, listenerId: string, draft: RuleDraft): DraftResult<CreateRuleCommand> {
  const id = ruleIdFor(spec, draft);
  const read = readRule(draft);
  return read.ok ? { ok: true, value: { do: 'createRule', rule: { id, listenerId, ...read.value } } } : read;
}

export function modifyRuleCommand(rule: ListenerRuleSpec, draft: RuleDraft): DraftResult<ModifyRuleCommand> {
  const read = readRule(draft);
  if (!read.ok) return read;
  const { priority, conditions, actions } = read.value;
  // SetRulePriorities only when it moves: an unchanged priority is not part of the edit.
  return { ok: true, value: { do: 'modifyRule', rule: rule.id, ...(priority !== rule.priority ? { priority } : {}), conditions, actions } };
}

export function deleteRuleCommand(ruleId: string): DeleteRuleCommand {
  return { do: 'deleteRule', rule: ruleId };
}
