/**
 * A listener as the Tables card and the inspector both show it: its rules in the order the load balancer reads
 * them, each with what it matches and does. Pure: the snapshot's rule order and the spec in, rows out.
 */
import type { ListenerSnapshot, ScenarioSpec } from '../../engine';
import type { NarrationContext } from '../../lens/narrationContext';
import type { Lens } from '../../lens/vocabulary';
import { targetGroupNames } from '../../store';
import { describeRule } from '../describeRule';
import { DEFAULT_RULE_SUFFIX, nodeLabel } from '../panels/inspector/labels';

export interface RuleRow {
  /** The row's key and its request counter's: the priority, or "default". */
  readonly key: string;
  readonly priority: number | 'default';
  /** The rule's logical ID; null for the listener's default rule. */
  readonly ruleId: string | null;
  /** What selecting the row selects: the rule's logical ID, or "<listener>/default" for the default rule. */
  readonly selectionId: string;
  /** The rule named in the lens ("Listener rule 10 (HTTPS:443)"). */
  readonly label: string;
  readonly matches: string;
  readonly action: string;
}

export interface ListenerView {
  readonly id: string;
  /** "HTTPS :443". */
  readonly heading: string;
  readonly rules: readonly RuleRow[];
}

/** One rule of a listener (`ruleId` null: its default rule), as a row of the listener and as the rule's own inspector reads it. */
export function ruleRow(spec: ScenarioSpec, listenerId: string, rule: { readonly id: string | null; readonly priority: number | 'default' }, lens: Lens, ctx: NarrationContext): RuleRow {
  const { matches, action } = describeRule(spec, listenerId, rule.id, targetGroupNames(spec));
  const selectionId = rule.id ?? `${listenerId}${DEFAULT_RULE_SUFFIX}`;
  return {
    key: String(rule.priority),
    priority: rule.priority,
    ruleId: rule.id,
    selectionId,
    label: nodeLabel(lens, { kind: 'rule', id: selectionId }, spec, ctx),
    matches,
    action,
  };
}

export function listenerView(spec: ScenarioSpec, listener: ListenerSnapshot, lens: Lens, ctx: NarrationContext): ListenerView {
  return {
    id: listener.id,
    heading: `${listener.protocol} :${listener.port}`,
    rules: listener.rules.map((rule) => ruleRow(spec, listener.id, rule, lens, ctx)),
  };
}
