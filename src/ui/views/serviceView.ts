/**
 * A service as the Tables card and the inspector both show it: steady or changing, its three counts (named as the
 * console words them, or as describe-services does), the task definition it runs, and why tasks wait, if they do.
 */
import type { ServiceSnapshot } from '../../engine';
import { term, type Lens } from '../../lens/vocabulary';

export type FigureNaming = 'console' | 'api';

const COUNT_NAMES: Record<FigureNaming, readonly [desired: string, running: string, pending: string]> = {
  console: ['Desired', 'Running', 'Pending'],
  api: ['desiredCount', 'runningCount', 'pendingCount'],
};

export interface Figure {
  readonly name: string;
  readonly value: number;
}

export interface ServiceView {
  readonly id: string;
  readonly name: string;
  readonly state: 'steady' | 'changing';
  /** desired, running and pending, under the names asked for. */
  readonly counts: readonly Figure[];
  /** family:revision of the PRIMARY deployment. */
  readonly taskDefinition: string;
  /** Tasks waiting for placement: a heading in the lens, what it means, and ECS's event; null when none wait. */
  readonly unplaced: { readonly title: string; readonly gloss: string; readonly event: string } | null;
}

export function serviceView(service: ServiceSnapshot, lens: Lens, naming: FigureNaming): ServiceView {
  const [desired, running, pending] = COUNT_NAMES[naming];
  const unplaced = term(lens, 'unplaced');
  return {
    id: service.id,
    name: service.name,
    state: service.steady ? 'steady' : 'changing',
    counts: [
      { name: desired, value: service.desiredCount },
      { name: running, value: service.runningCount },
      { name: pending, value: service.pendingCount },
    ],
    taskDefinition: service.taskDefinition,
    unplaced: service.placementFailure === null ? null : { title: unplaced.many, gloss: unplaced.gloss, event: service.placementFailure },
  };
}
