/** Read models for the inspector, memoized per snapshot so selectors return the same objects between versions. */
import type { ClusterSnapshot, InstanceSnapshot, ServiceEventEvent, TargetGroupSnapshot, TaskSnapshot, WorldSnapshot } from '../../../engine';
import type { LogEntry } from '../../../store';

export function findTask(snapshot: WorldSnapshot, id: string): TaskSnapshot | undefined {
  return snapshot.tasks.find((task) => task.id === id);
}

export function findTargetGroup(snapshot: WorldSnapshot, id: string): TargetGroupSnapshot | undefined {
  return snapshot.targetGroups.find((group) => group.id === id);
}

/** The newest `limit` service events of one service, newest first: the first evidence to read (teaching.md §2). */
export function latestServiceEvents(log: readonly LogEntry[], serviceId: string, limit: number): ServiceEventEvent[] {
  const out: ServiceEventEvent[] = [];
  for (let index = log.length - 1; index >= 0 && out.length < limit; index--) {
    const event = log[index]?.event;
    if (event?.type === 'service.event' && event.service === serviceId) out.push(event);
  }
  return out;
}

/** ECS's arithmetic for a rolling deployment: the floor and the ceiling on running tasks. */
export function schedulerBounds(desired: number, minimumHealthyPercent: number, maximumPercent: number) {
  return {
    lower: Math.ceil((desired * minimumHealthyPercent) / 100),
    upper: Math.floor((desired * maximumPercent) / 100),
  };
}

export function clusterOfInstance(snapshot: WorldSnapshot, instanceId: string): ClusterSnapshot | undefined {
  return snapshot.clusters.find((cluster) => cluster.instances.some((instance) => instance.id === instanceId));
}

export function findInstance(snapshot: WorldSnapshot, instanceId: string): InstanceSnapshot | undefined {
  for (const cluster of snapshot.clusters) {
    const found = cluster.instances.find((instance) => instance.id === instanceId);
    if (found) return found;
  }
  return undefined;
}
