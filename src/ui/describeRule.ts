/** Listener rules in words, from the scenario spec: what a rule matches and what it does. */
import type { ActionSpec, ConditionSpec, ScenarioSpec } from '../engine';

function either(values: readonly string[]): string {
  return values.join(' or ');
}

export function describeCondition(condition: ConditionSpec): string {
  switch (condition.field) {
    case 'path-pattern':
      return `path ${either(condition.values)}`;
    case 'host-header':
      return `host ${either(condition.values)}`;
    case 'http-header':
      return `header ${condition.headerName} ${either(condition.values)}`;
    case 'http-request-method':
      return `method ${either(condition.values)}`;
    case 'query-string':
      return `query ${either(condition.values.map((pair) => (pair.key === null ? pair.value : `${pair.key}=${pair.value}`)))}`;
    case 'source-ip':
      return `source IP ${either(condition.values)}`;
  }
}

export function describeAction(action: ActionSpec, targetGroupNames: ReadonlyMap<string, string>): string {
  switch (action.type) {
    case 'forward': {
      const groups = action.targetGroups.map((group) => targetGroupNames.get(group.targetGroupId) ?? group.targetGroupId);
      if (action.targetGroups.length === 1) return `forward to ${groups[0] ?? 'nothing'}`;
      return `forward to ${action.targetGroups.map((group, index) => `${groups[index] ?? group.targetGroupId} (weight ${group.weight})`).join(', ')}`;
    }
    case 'fixed-response':
      return `answer ${action.statusCode}`;
    case 'redirect':
      return `redirect ${action.statusCode} to ${action.protocol}://${action.host}:${action.port}${action.path}`;
  }
}

export interface RuleDescription {
  readonly matches: string;
  readonly action: string;
}

/** `ruleId` null means the listener's default action. */
export function describeRule(
  spec: ScenarioSpec,
  listenerId: string,
  ruleId: string | null,
  targetGroupNames: ReadonlyMap<string, string>,
): RuleDescription {
  if (ruleId === null) {
    const listener = spec.listeners.find((candidate) => candidate.id === listenerId);
    const actions = listener?.defaultActions ?? [];
    return {
      matches: 'anything else',
      action: actions.map((action) => describeAction(action, targetGroupNames)).join(', then ') || 'no action',
    };
  }
  const rule = spec.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) return { matches: ruleId, action: '' };
  return {
    matches: rule.conditions.map(describeCondition).join(' and ') || 'anything',
    action: rule.actions.map((action) => describeAction(action, targetGroupNames)).join(', then '),
  };
}
