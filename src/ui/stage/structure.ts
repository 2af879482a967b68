/**
 * The world's shape as the stage draws it: which listeners, rules, target groups, services and tasks exist, by ID
 * and in order, but none of their states. The layout is rebuilt only when this changes, so a task moving from
 * PENDING to RUNNING re-renders that task and nothing else. On EC2 it also holds the container instances (by ID,
 * with their ACTIVE/DRAINING status) and whether a service has tasks waiting for placement: both change the
 * picture's shape, their figures (CPU, memory, the ECS message) do not.
 */
import type { WorldSnapshot } from '../../engine';

export interface StructureRule {
  /** Logical ID, or null for the listener's default rule. */
  readonly id: string | null;
  readonly priority: number | 'default';
}

export interface StructureListener {
  readonly id: string;
  readonly loadBalancerId: string;
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  /** Evaluation order, default last. */
  readonly rules: readonly StructureRule[];
}

export interface StructureTask {
  readonly id: string;
  /** STOPPED tasks stay listed so the stage can let them leave with an exit animation. */
  readonly stopped: boolean;
}

export interface StructureService {
  readonly id: string;
  /** ServiceName; a deleted service still draining is named from here, the world no longer has it. */
  readonly name: string;
  readonly clusterId: string;
  /** Launch order. */
  readonly tasks: readonly StructureTask[];
  /** EC2 launch type: its tasks sit on container instances, each card names its instance and host port. */
  readonly ec2: boolean;
  /** ECS could not place a task (placementFailure): a ghost card waits "in the wings". */
  readonly waiting: boolean;
}

export interface StructureInstance {
  readonly id: string;
  readonly clusterId: string;
  readonly draining: boolean;
}

export interface StageStructure {
  /** Equal keys mean equal structures. */
  readonly key: string;
  readonly listeners: readonly StructureListener[];
  readonly targetGroupIds: readonly string[];
  readonly services: readonly StructureService[];
  /** Container instances, cluster by cluster in registration order (none on Fargate). */
  readonly instances: readonly StructureInstance[];
}

function build(snapshot: WorldSnapshot): StageStructure {
  const tasksByService = new Map<string, StructureTask[]>();
  for (const task of snapshot.tasks) {
    const list = tasksByService.get(task.serviceId) ?? [];
    list.push({ id: task.id, stopped: task.lastStatus === 'STOPPED' });
    tasksByService.set(task.serviceId, list);
  }
  const listeners = snapshot.listeners.map((listener) => ({
    id: listener.id,
    loadBalancerId: listener.loadBalancerId,
    port: listener.port,
    protocol: listener.protocol,
    rules: listener.rules.map((rule) => ({ id: rule.id, priority: rule.priority })),
  }));
  const targetGroupIds = snapshot.targetGroups.map((group) => group.id);
  const services = snapshot.services.map((service) => ({
    id: service.id,
    name: service.name,
    clusterId: service.clusterId,
    tasks: tasksByService.get(service.id) ?? [],
    ec2: service.launchType === 'EC2',
    waiting: service.placementFailure !== null,
  }));
  const instances = snapshot.clusters.flatMap((cluster) =>
    cluster.instances.map((instance) => ({ id: instance.id, clusterId: cluster.id, draining: instance.status === 'DRAINING' })),
  );
  const key = [
    listeners.map((l) => `${l.id}@${l.loadBalancerId}:${l.port}[${l.rules.map((r) => `${r.id ?? ''}=${r.priority}`).join(',')}]`).join(';'),
    targetGroupIds.join(','),
    services
      .map((s) => `${s.id}@${s.clusterId}${s.ec2 ? '/ec2' : ''}${s.waiting ? '/waiting' : ''}[${s.tasks.map((t) => (t.stopped ? `~${t.id}` : t.id)).join(',')}]`)
      .join(';'),
    instances.map((i) => `${i.clusterId}/${i.id}${i.draining ? '~' : ''}`).join(','),
  ].join('|');
  return { key, listeners, targetGroupIds, services, instances };
}

const cache = new WeakMap<WorldSnapshot, StageStructure>();

/** Memoized per snapshot object, so calling it from a selector on every frame costs a map lookup. */
export function structureOf(snapshot: WorldSnapshot): StageStructure {
  let structure = cache.get(snapshot);
  if (!structure) {
    structure = build(snapshot);
    cache.set(snapshot, structure);
  }
  return structure;
}

/**
 * A selector that returns the same object while the structure's key stays the same, so a component using it
 * re-renders only when something is added, removed or reordered. One per component instance.
 */
export function createStructureSelector(): (snapshot: WorldSnapshot) => StageStructure {
  let last: StageStructure | null = null;
  return (snapshot) => {
    const next = structureOf(snapshot);
    if (last !== null && last.key === next.key) return last;
    last = next;
    return next;
  };
}
