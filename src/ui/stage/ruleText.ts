/**
 * A listener rule in the few words a rule row has room for ("path /api/users*", "-> users-tg"); the full
 * sentence from describeRule goes into the row's accessible name.
 */
import type { ActionSpec, ScenarioSpec } from '../../engine';
import { describeCondition, describeRule } from '../describeRule';

export interface ForwardGroup {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
  /** Share of the rule's traffic, 0..100, rounded. */
  readonly percent: number;
}

/** What a rule does, reduced to what the stage draws: edges to target groups, or a status the load balancer answers. */
export type RuleOutcome =
  | { readonly kind: 'forward'; readonly groups: readonly ForwardGroup[] }
  | { readonly kind: 'fixed-response'; readonly status: number }
  | { readonly kind: 'redirect'; readonly status: number; readonly to: string }
  | { readonly kind: 'none' };

export interface RuleText {
  readonly condition: string;
  readonly outcome: RuleOutcome;
  /** One line for the row: "-> users-tg", "-> fixed response" (the status is shown beside it). */
  readonly action: string;
  /** The long form, for the accessible name and tooltip. */
  readonly sentence: string;
}

function outcomeOf(actions: readonly ActionSpec[], names: ReadonlyMap<string, string>): RuleOutcome {
  // Only the last action answers the request (authenticate actions come first in AWS, and are not simulated).
  const action = actions[actions.length - 1];
  if (!action) return { kind: 'none' };
  switch (action.type) {
    case 'forward': {
      const total = action.targetGroups.reduce((sum, group) => sum + group.weight, 0);
      return {
        kind: 'forward',
        groups: action.targetGroups.map((group) => ({
          id: group.targetGroupId,
          name: names.get(group.targetGroupId) ?? group.targetGroupId,
          weight: group.weight,
          percent: total > 0 ? Math.round((group.weight / total) * 100) : 0,
        })),
      };
    }
    case 'fixed-response':
      return { kind: 'fixed-response', status: action.statusCode };
    case 'redirect': {
      const port = action.port === '#{port}' ? '' : `:${action.port}`;
      const protocol = action.protocol === '#{protocol}' ? '' : action.protocol;
      return { kind: 'redirect', status: action.statusCode, to: `${protocol}${port}` || 'same URL' };
    }
  }
}

function actionLine(outcome: RuleOutcome): string {
  switch (outcome.kind) {
    case 'forward':
      if (outcome.groups.length === 1) return `→ ${outcome.groups[0]?.name ?? ''}`;
      return `→ ${outcome.groups.map((group) => `${group.name} ${group.percent}%`).join(' · ')}`;
    // The status itself sits in the row's chip.
    case 'fixed-response':
      return '→ fixed response';
    case 'redirect':
      return `→ redirect to ${outcome.to}`;
    case 'none':
      return '→ no action';
  }
}

export function ruleText(spec: ScenarioSpec, listenerId: string, ruleId: string | null, names: ReadonlyMap<string, string>): RuleText {
  const listener = spec.listeners.find((candidate) => candidate.id === listenerId);
  const rule = ruleId === null ? undefined : spec.rules.find((candidate) => candidate.id === ruleId);
  const actions = ruleId === null ? (listener?.defaultActions ?? []) : (rule?.actions ?? []);
  const outcome = outcomeOf(actions, names);
  const condition = ruleId === null ? 'anything else' : rule ? rule.conditions.map(describeCondition).join(' and ') || 'anything' : ruleId;
  const described = describeRule(spec, listenerId, ruleId, names);
  return { condition, outcome, action: actionLine(outcome), sentence: `${described.matches}: ${described.action}` };
}
