/**
 * A service as the Tables card and the inspector both show it: steady or changing, its three counts (named as the
 * console words them, or as describe-services does), the task definition it runs, and why tasks wait, if they do.
 */
import type { DeploymentConfigurationSpec, ReplacementReason, ServiceSnapshot, TaskSnapshot } from '../../engine';
import { serviceCountExplanation } from '../../lens/serviceCount';
import { term, type Lens } from '../../lens/vocabulary';

/** RUNNING tasks ECS is replacing, counted by why: what makes the running count pass the desired count. */
export function replacingByReason(tasks: readonly TaskSnapshot[]): Partial<Record<ReplacementReason, number>> {
  const counts: Partial<Record<ReplacementReason, number>> = {};
  for (const task of tasks) if (task.lastStatus === 'RUNNING' && task.replacement !== null) counts[task.replacement] = (counts[task.replacement] ?? 0) + 1;
  return counts;
}

/** "3 running, desired 2: …": the counts explained (the stage's hover and the inspector say the same). */
export function serviceCountWhy(lens: Lens, service: ServiceSnapshot, tasks: readonly TaskSnapshot[], deployment: DeploymentConfigurationSpec): string {
  return serviceCountExplanation(lens, {
    running: service.runningCount,
    desired: service.desiredCount,
    pending: service.pendingCount,
    replacing: replacingByReason(tasks),
    minimumHealthyPercent: deployment.minimumHealthyPercent,
    maximumPercent: deployment.maximumPercent,
  });
}

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
