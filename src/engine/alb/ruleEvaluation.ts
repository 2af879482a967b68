/**
 * A listener's rules in evaluation order (facts 77-80): lowest priority first, the first rule whose conditions all
 * match wins, otherwise the default action. Compiled once per listener so routing a request is a plain loop.
 */

import type { ListenerRuleSpec } from '../spec';
import { compileCondition, explainCondition, type CompiledCondition, type ConditionTrace } from './conditions';
import type { RoutableRequest } from './request';

export interface RuleTrace {
  readonly ruleId: string;
  readonly priority: number;
  readonly matched: boolean;
  /** True for rules after the winner: AWS never looks at them. */
  readonly skipped: boolean;
  /** Every condition of an evaluated rule (all of them, so the tester shows each reason); [] when skipped. */
  readonly conditions: readonly ConditionTrace[];
  /** Set when the rule's outcome needs a word beyond its conditions. */
  readonly note: string | null;
}

export interface ListenerTrace {
  readonly rules: readonly RuleTrace[];
  readonly winner: { readonly ruleId: string | null; readonly priority: number | 'default' };
}

export interface CompiledListenerRules {
  /** The rules sorted by priority; `match` returns indexes into this list. */
  readonly rules: readonly ListenerRuleSpec[];
  /** Index of the winning rule in `rules`, or -1 for the default action. */
  match(req: RoutableRequest): number;
  explain(req: RoutableRequest): ListenerTrace;
}

const NO_CONDITIONS_NOTE = 'a rule without conditions never matches; only the default rule has none';

export function sortRulesByPriority(rules: readonly ListenerRuleSpec[]): ListenerRuleSpec[] {
  // Array.prototype.sort is stable, so rules with a (invalid) duplicate priority keep their written order.
  return [...rules].sort((a, b) => a.priority - b.priority);
}

function allMatch(conditions: readonly CompiledCondition[], req: RoutableRequest): boolean {
  if (conditions.length === 0) return false;
  for (const condition of conditions) {
    if (!condition.matches(req)) return false;
  }
  return true;
}

export function compileListenerRules(rules: readonly ListenerRuleSpec[]): CompiledListenerRules {
  const sorted = sortRulesByPriority(rules);
  const compiled = sorted.map((rule) => rule.conditions.map(compileCondition));

  function match(req: RoutableRequest): number {
    for (let i = 0; i < compiled.length; i++) {
      const conditions = compiled[i];
      if (conditions !== undefined && allMatch(conditions, req)) return i;
    }
    return -1;
  }

  function explain(req: RoutableRequest): ListenerTrace {
    const traces: RuleTrace[] = [];
    let winner: ListenerTrace['winner'] = { ruleId: null, priority: 'default' };
    for (const rule of sorted) {
      if (winner.ruleId !== null) {
        traces.push({ ruleId: rule.id, priority: rule.priority, matched: false, skipped: true, conditions: [], note: null });
        continue;
      }
      const conditions = rule.conditions.map((c) => explainCondition(c, req));
      const matched = conditions.length > 0 && conditions.every((c) => c.matched);
      const note = conditions.length === 0 ? NO_CONDITIONS_NOTE : null;
      traces.push({ ruleId: rule.id, priority: rule.priority, matched, skipped: false, conditions, note });
      if (matched) winner = { ruleId: rule.id, priority: rule.priority };
    }
    return { rules: traces, winner };
  }

  return { rules: sorted, match, explain };
}
