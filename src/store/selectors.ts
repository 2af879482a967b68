/**
 * Derived views of a snapshot, memoized per snapshot object so selectors that use them return stable values
 * between engine versions.
 */
import type { ScenarioSpec, ServiceSnapshot, TargetGroupSnapshot, TargetSnapshot, TaskSnapshot, WorldSnapshot } from '../engine';

/** A task's registration in one target group: the group, and the task as its target there. */
export interface TaskTarget {
  readonly group: TargetGroupSnapshot;
  readonly target: TargetSnapshot;
}

function memoizeBy<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

const EMPTY_TARGETS: readonly TaskTarget[] = [];
const EMPTY_TASKS: readonly TaskSnapshot[] = [];

const targetsByTaskOf = memoizeBy((snapshot: WorldSnapshot) => {
  const map = new Map<string, TaskTarget[]>();
  for (const group of snapshot.targetGroups) {
    for (const target of group.targets) {
      const list = map.get(target.taskId) ?? [];
      list.push({ group, target });
      map.set(target.taskId, list);
    }
  }
  return map;
});

const tasksByServiceOf = memoizeBy((snapshot: WorldSnapshot) => {
  const map = new Map<string, TaskSnapshot[]>();
  for (const task of snapshot.tasks) {
    const list = map.get(task.serviceId) ?? [];
    list.push(task);
    map.set(task.serviceId, list);
  }
  return map;
});

const serviceIdsOf = memoizeBy((snapshot: WorldSnapshot) => snapshot.services.map((service) => service.id));
const targetGroupIdsOf = memoizeBy((snapshot: WorldSnapshot) => snapshot.targetGroups.map((group) => group.id));
const listenerIdsOf = memoizeBy((snapshot: WorldSnapshot) => snapshot.listeners.map((listener) => listener.id));

const targetGroupNamesOf = memoizeBy((spec: ScenarioSpec) => {
  const names = new Map<string, string>();
  for (const group of spec.targetGroups) names.set(group.id, group.name);
  return names;
});

/** Which target groups a task is registered in, and in what state. */
export function targetsOfTask(snapshot: WorldSnapshot, taskId: string): readonly TaskTarget[] {
  return targetsByTaskOf(snapshot).get(taskId) ?? EMPTY_TARGETS;
}

export function tasksOfService(snapshot: WorldSnapshot, serviceId: string): readonly TaskSnapshot[] {
  return tasksByServiceOf(snapshot).get(serviceId) ?? EMPTY_TASKS;
}

export function findService(snapshot: WorldSnapshot, serviceId: string): ServiceSnapshot | undefined {
  return snapshot.services.find((service) => service.id === serviceId);
}

export const serviceIds = serviceIdsOf;
export const targetGroupIds = targetGroupIdsOf;
export const listenerIds = listenerIdsOf;
export const targetGroupNames = targetGroupNamesOf;

