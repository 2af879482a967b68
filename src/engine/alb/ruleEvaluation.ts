/**
 * A listener's rules in evaluation order (facts 77-80): lowest priority first, the first rule whose conditions all
 * match wins, otherwise the default action. Compiled once per listener so routing a request is a plain loop. The
 * rule tester reads the same index (ListenerRec.route) and words it in requests/requestExplain.ts.
 */

import type { ListenerRuleSpec } from '../spec';
import { compileCondition, type CompiledCondition } from './conditions';
import type { RoutableRequest } from './request';

export interface CompiledListenerRules {
  /** The rules sorted by priority; `match` returns indexes into this list. */
  readonly rules: readonly ListenerRuleSpec[];
  /** Index of the winning rule in `rules`, or -1 for the default action. */
  match(req: RoutableRequest): number;
}

function sortRulesByPriority(rules: readonly ListenerRuleSpec[]): ListenerRuleSpec[] {
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

  return { rules: sorted, match };
}
