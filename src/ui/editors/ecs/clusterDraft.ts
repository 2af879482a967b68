/**
 * CreateCluster as the form holds it. EC2 capacity is registered the way the loader registers a template's
 * Metadata capacity: stable instance IDs and a round robin over the Availability Zones.
 */
import { DEFAULT_INSTANCE_TYPE, type CreateClusterCommand, type ScenarioSpec } from '../../../engine';
import { containerInstances } from '../../../scenario';
import { wholeNumber, type DraftResult } from '../form/draft';
import { logicalIdFor, nameProblem } from './ids';

/** Enough to watch placement; more would crowd the stage. */
export const MAX_CLUSTER_INSTANCES = 6;

export interface ClusterDraft {
  readonly name: string;
  /** FARGATE: no instances of its own. */
  readonly capacity: 'FARGATE' | 'EC2';
  readonly instanceCount: string;
  readonly instanceType: string;
}

export const NEW_CLUSTER_DRAFT: ClusterDraft = { name: '', capacity: 'FARGATE', instanceCount: '3', instanceType: DEFAULT_INSTANCE_TYPE };

export function createClusterFromDraft(world: ScenarioSpec, draft: ClusterDraft): DraftResult<CreateClusterCommand> {
  const name = draft.name.trim();
  const errors: Record<string, string> = {};
  const problem = nameProblem('cluster', name);
  if (problem) errors.name = problem;
  const count = draft.capacity === 'EC2' ? wholeNumber(draft.instanceCount) : 0;
  if (count === null || count < 0 || count > MAX_CLUSTER_INSTANCES) errors.instanceCount = `Enter a whole number from 0 to ${MAX_CLUSTER_INSTANCES}.`;
  if (Object.keys(errors).length > 0 || count === null) return { ok: false, errors };
  const id = logicalIdFor(world, name, 'Cluster');
  return {
    ok: true,
    value: { do: 'createCluster', cluster: { id, name, instances: containerInstances(id, 'Metadata', count, draft.instanceType) } },
  };
}
