/**
 * PlacementStrategies and the distinctInstance constraint as a form offers them (EC2 only). Strategies are a
 * short ordered list of choices; other constraints (memberOf expressions) are kept as they are.
 */
import type { PlacementConstraintSpec, PlacementStrategySpec } from '../../../engine';

export type StrategyChoice = 'none' | 'spread-az' | 'spread-instance' | 'binpack-cpu' | 'binpack-memory' | 'random';

export const STRATEGY_CHOICES: readonly { readonly value: StrategyChoice; readonly label: string; readonly spec: PlacementStrategySpec | null }[] = [
  { value: 'none', label: 'None', spec: null },
  { value: 'spread-az', label: 'Spread by Availability Zone', spec: { type: 'spread', field: 'attribute:ecs.availability-zone' } },
  { value: 'spread-instance', label: 'Spread by instance', spec: { type: 'spread', field: 'instanceId' } },
  { value: 'binpack-cpu', label: 'Binpack by CPU', spec: { type: 'binpack', field: 'cpu' } },
  { value: 'binpack-memory', label: 'Binpack by memory', spec: { type: 'binpack', field: 'memory' } },
  { value: 'random', label: 'Random', spec: { type: 'random', field: null } },
];

/** Two steps cover every teaching case (spread by zone, then binpack); AWS allows five. */
export const STRATEGY_SLOTS = 2;

export interface PlacementDraft {
  readonly strategies: readonly StrategyChoice[];
  readonly distinctInstance: boolean;
}

function choiceOf(strategy: PlacementStrategySpec): StrategyChoice {
  const found = STRATEGY_CHOICES.find((c) => c.spec !== null && c.spec.type === strategy.type && c.spec.field === strategy.field);
  return found?.value ?? 'none';
}

export function placementDraft(strategies: readonly PlacementStrategySpec[], constraints: readonly PlacementConstraintSpec[]): PlacementDraft {
  const chosen = strategies.slice(0, STRATEGY_SLOTS).map(choiceOf);
  while (chosen.length < STRATEGY_SLOTS) chosen.push('none');
  return { strategies: chosen, distinctInstance: constraints.some((c) => c.type === 'distinctInstance') };
}

export function strategiesFromDraft(draft: PlacementDraft): PlacementStrategySpec[] {
  return draft.strategies.flatMap((choice) => {
    const spec = STRATEGY_CHOICES.find((c) => c.value === choice)?.spec;
    return spec ? [spec] : [];
  });
}

/** The other constraints stay as they were; distinctInstance is added or removed. */
export function constraintsFromDraft(draft: PlacementDraft, before: readonly PlacementConstraintSpec[]): PlacementConstraintSpec[] {
  const others = before.filter((c) => c.type !== 'distinctInstance');
  return draft.distinctInstance ? [{ type: 'distinctInstance', expression: null }, ...others] : others;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
