/**
 * What every edit of the world spec is made of: the result (the new world, or why the API refuses), lookups by
 * logical ID, and the template-wide rule that a logical ID names one resource. Pure functions of the spec.
 */
import { refusal, type Refusal } from '../commands/refusal';
import type { ActionSpec, ContainerInstanceSpec, ListenerRuleSpec, ScenarioSpec } from '../spec';

/** The new world, or why the API would refuse the call. */
export type WorldEdit = { readonly ok: true; readonly world: ScenarioSpec } | ({ readonly ok: false } & Refusal);

export function changed(world: ScenarioSpec, changes: Partial<ScenarioSpec>): WorldEdit {
  return { ok: true, world: { ...world, ...changes } };
}

export function refused(code: string | null, message: string): WorldEdit {
  return { ok: false, ...refusal(code, message) };
}

export const has = (list: readonly { readonly id: string }[], id: string): boolean => list.some((item) => item.id === id);

export const byId = <T extends { readonly id: string }>(list: readonly T[], id: string): T | undefined => list.find((x) => x.id === id);

export function replaceById<T extends { readonly id: string }>(list: readonly T[], id: string, update: (item: T) => T): T[] {
  return list.map((item) => (item.id === id ? update(item) : item));
}

/** Logical IDs are unique across the whole template (the editors pick new ones with this too). */
export function idTaken(world: ScenarioSpec, id: string): boolean {
  return [world.clusters, world.taskDefinitions, world.services, world.loadBalancers, world.listeners, world.rules, world.targetGroups]
    .some((list: readonly { readonly id: string }[]) => has(list, id));
}

export const duplicateId = (id: string): WorldEdit => refused(null, `A resource with the logical ID ${id} already exists in this template.`);

export function forwardsTo(actions: readonly ActionSpec[], targetGroupId: string): boolean {
  return actions.some((a) => a.type === 'forward' && a.targetGroups.some((g) => g.targetGroupId === targetGroupId));
}

export function priorityInUse(rules: readonly ListenerRuleSpec[], rule: { id: string; listenerId: string; priority: number }): boolean {
  return rules.some((r) => r.id !== rule.id && r.listenerId === rule.listenerId && r.priority === rule.priority);
}

/** The cluster's registered instances, changed (an instance command's part of the configuration). */
export function withClusterInstances(
  world: ScenarioSpec,
  clusterId: string,
  update: (instances: readonly ContainerInstanceSpec[]) => readonly ContainerInstanceSpec[],
): ScenarioSpec {
  if (!has(world.clusters, clusterId)) return world;
  return { ...world, clusters: replaceById(world.clusters, clusterId, (c) => ({ ...c, instances: update(c.instances) })) };
}
