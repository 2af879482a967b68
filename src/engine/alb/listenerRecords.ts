/**
 * The live records of listeners and their rules, built from the spec at the start and rebuilt whenever an edit
 * changes a listener or its rules. A rebuilt rule keeps its record (and so its request count, and the in-flight
 * requests that point at it) when its logical ID stays.
 */
import type { EngineState } from '../core/engineState';
import type { ActionRec, ListenerRec, RuleRec, TargetGroupRec } from '../core/model';
import type { ActionSpec, ListenerRuleSpec, ListenerSpec, ScenarioSpec } from '../spec';
import { compileListenerRules } from './ruleEvaluation';
import { createWeightedPicker } from './weightedPick';

export function actionRec(engine: EngineState, a: ActionSpec): ActionRec {
  if (a.type !== 'forward') return { spec: a, groups: [], weighted: null, only: null, groupSticky: null };
  const groups: TargetGroupRec[] = [];
  const weights: number[] = [];
  for (const g of a.targetGroups) {
    const tg = engine.targetGroupsById.get(g.targetGroupId);
    if (!tg) continue;
    groups.push(tg);
    weights.push(g.weight);
  }
  if (groups.length <= 1) return { spec: a, groups, weighted: null, only: groups[0] ?? null, groupSticky: null };
  return { spec: a, groups, weighted: createWeightedPicker(weights), only: null, groupSticky: a.stickinessSeconds ? new Map() : null };
}

const DEFAULT_KEY = '(default)';

export function buildListenerRec(
  engine: EngineState,
  spec: ListenerSpec,
  ruleSpecs: readonly ListenerRuleSpec[],
  previous: ListenerRec | null,
): ListenerRec | null {
  const lb = engine.world.loadBalancers.find((l) => l.id === spec.loadBalancerId);
  if (!lb) return null;
  const kept = new Map<string, RuleRec>();
  for (const r of previous?.rules ?? []) kept.set(r.spec?.id ?? DEFAULT_KEY, r);
  const reuse = (key: string, ruleSpec: ListenerRuleSpec | null, priority: number | 'default', action: ActionSpec): RuleRec => {
    const old = kept.get(key);
    // Same action object: keep the weighted picker's position too.
    if (old && old.action.spec === action) {
      old.spec = ruleSpec;
      old.priority = priority;
      return old;
    }
    const rec: RuleRec = { spec: ruleSpec, priority, action: actionRec(engine, action), requests: old?.requests ?? 0 };
    return rec;
  };
  const compiled = compileListenerRules(ruleSpecs);
  const rules: RuleRec[] = compiled.rules.map((r) => reuse(r.id, r, r.priority, r.actions[r.actions.length - 1]!));
  rules.push(reuse(DEFAULT_KEY, null, 'default', spec.defaultActions[spec.defaultActions.length - 1]!));
  const defaultIndex = rules.length - 1;
  return {
    spec,
    lb,
    rules,
    route: (req) => {
      const i = compiled.match(req);
      return i < 0 ? defaultIndex : i;
    },
  };
}

/** A group gets health checks only while a listener or rule forwards to it (fact 112). */
export function markGroupsInUse(engine: EngineState): TargetGroupRec[] {
  const nowInUse = new Set<TargetGroupRec>();
  for (const l of engine.listeners) for (const r of l.rules) for (const g of r.action.groups) nowInUse.add(g);
  const started: TargetGroupRec[] = [];
  for (const tg of engine.targetGroups) {
    const inUse = nowInUse.has(tg);
    if (inUse && !tg.inUse) started.push(tg);
    tg.inUse = inUse;
  }
  return started;
}

export function buildListeners(engine: EngineState, world: ScenarioSpec): void {
  for (const l of world.listeners) {
    const rec = buildListenerRec(engine, l, world.rules.filter((r) => r.listenerId === l.id), null);
    if (rec) engine.listeners.push(rec);
  }
  markGroupsInUse(engine);
}
