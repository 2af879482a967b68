/**
 * Narrow reads of the snapshot for single nodes. Each returns a primitive (or a value stable per snapshot), so a
 * node re-renders only when its own figures change. Indexes are built once per snapshot object.
 */
import { replacingByReason } from '../views/serviceView';
import { blockState } from './serviceBlock';
import { taskVisual } from './taskVisual';
import type { InstanceSnapshot, ReplacementReason, ServiceSnapshot, TargetGroupSnapshot, TargetSnapshot, TargetState, TaskLastStatus, TaskSnapshot, WorldSnapshot } from '../../engine';

interface Index {
  readonly tasks: ReadonlyMap<string, TaskSnapshot>;
  /** The first target group registration of each task (the one the stage shows). */
  readonly targets: ReadonlyMap<string, TargetSnapshot>;
  readonly groups: ReadonlyMap<string, TargetGroupSnapshot>;
  readonly services: ReadonlyMap<string, ServiceSnapshot>;
  readonly instances: ReadonlyMap<string, InstanceSnapshot>;
  /** Each service's tasks not yet STOPPED, in launch order. */
  readonly tasksByService: ReadonlyMap<string, readonly TaskSnapshot[]>;
}

const indexes = new WeakMap<WorldSnapshot, Index>();

function indexOf(snapshot: WorldSnapshot): Index {
  let index = indexes.get(snapshot);
  if (index) return index;
  const targets = new Map<string, TargetSnapshot>();
  for (const group of snapshot.targetGroups) {
    for (const target of group.targets) {
      // A task deregistered and registered again has two records; the live one (not unused) wins.
      const known = targets.get(target.taskId);
      if (!known || known.state === 'unused') targets.set(target.taskId, target);
    }
  }
  const tasksByService = new Map<string, TaskSnapshot[]>();
  for (const task of snapshot.tasks) {
    if (task.lastStatus === 'STOPPED') continue;
    const list = tasksByService.get(task.serviceId);
    if (list) list.push(task);
    else tasksByService.set(task.serviceId, [task]);
  }
  index = {
    tasksByService,
    tasks: new Map(snapshot.tasks.map((task) => [task.id, task])),
    targets,
    groups: new Map(snapshot.targetGroups.map((group) => [group.id, group])),
    services: new Map(snapshot.services.map((service) => [service.id, service])),
    instances: new Map(snapshot.clusters.flatMap((cluster) => cluster.instances.map((instance) => [instance.id, instance] as const))),
  };
  indexes.set(snapshot, index);
  return index;
}

export interface TaskView {
  readonly lastStatus: TaskLastStatus;
  /** Target state in its first target group, or null when not registered. */
  readonly health: TargetState | null;
  /** Why ECS is replacing it, or null. */
  readonly replacement: ReplacementReason | null;
  readonly drainingEndsAt: number | null;
  /** family:revision the task runs (during a deployment, old and new ones stand side by side). */
  readonly taskDefinition: string;
  /** EC2: the container instance it sits on, or null (Fargate, or not placed yet). */
  readonly instanceId: string | null;
  /** EC2: its (first) host port, or null. */
  readonly hostPort: number | null;
}

/** "RUNNING|healthy|instance-draining||users:1|i-0abc…|32768" — a string, so the selector's result compares by value. */
export function taskViewKey(snapshot: WorldSnapshot, taskId: string): string {
  const index = indexOf(snapshot);
  const task = index.tasks.get(taskId);
  if (!task) return 'STOPPED||||||';
  const target = index.targets.get(taskId);
  const health = target && target.state !== 'unused' ? target.state : '';
  const hostPort = Object.values(task.hostPorts)[0] ?? '';
  return `${task.lastStatus}|${health}|${task.replacement ?? ''}|${target?.drainingEndsAt ?? ''}|${task.taskDefinition}|${task.instanceId ?? ''}|${hostPort}`;
}

export function parseTaskView(key: string): TaskView {
  const [lastStatus = 'STOPPED', health = '', replacement = '', ends = '', taskDefinition = '', instanceId = '', hostPort = ''] = key.split('|');
  return {
    lastStatus: lastStatus as TaskLastStatus,
    health: health === '' ? null : (health as TargetState),
    replacement: replacement === '' ? null : (replacement as ReplacementReason),
    drainingEndsAt: ends === '' ? null : Number(ends),
    taskDefinition,
    instanceId: instanceId === '' ? null : instanceId,
    hostPort: hostPort === '' ? null : Number(hostPort),
  };
}

/** "i-92a6…": an EC2 instance ID short enough for a task card (the whole ID is in its tooltip). */
export function shortInstanceId(id: string): string {
  return id.length > 7 ? `${id.slice(0, 6)}\u2026` : id;
}

export interface InstanceView {
  readonly instanceType: string;
  readonly availabilityZone: string;
  readonly status: 'ACTIVE' | 'DRAINING';
  readonly cpu: { readonly used: number; readonly registered: number };
  readonly memory: { readonly used: number; readonly registered: number };
  readonly taskCount: number;
}

/** "t3.small|us-east-1a|ACTIVE|2048|1792|2048|1536|1" for one container instance, or '' once it is gone. */
export function instanceViewKey(snapshot: WorldSnapshot, instanceId: string): string {
  const instance = indexOf(snapshot).instances.get(instanceId);
  if (!instance) return '';
  const { cpu, memory } = instance;
  return [instance.instanceType, instance.availabilityZone, instance.status, cpu.registered, cpu.remaining, memory.registered, memory.remaining, instance.taskIds.length].join('|');
}

export function parseInstanceView(key: string): InstanceView {
  const [instanceType = '', availabilityZone = '', status = 'ACTIVE', cpuReg = '0', cpuRem = '0', memReg = '0', memRem = '0', tasks = '0'] = key.split('|');
  return {
    instanceType,
    availabilityZone,
    status: status === 'DRAINING' ? 'DRAINING' : 'ACTIVE',
    cpu: { used: Number(cpuReg) - Number(cpuRem), registered: Number(cpuReg) },
    memory: { used: Number(memReg) - Number(memRem), registered: Number(memReg) },
    taskCount: Number(tasks),
  };
}

/** ECS's "unable to place a task" message for a service, or '' while nothing waits. */
export function placementFailureOf(snapshot: WorldSnapshot, serviceId: string): string {
  return indexOf(snapshot).services.get(serviceId)?.placementFailure ?? '';
}

export interface TargetDot {
  readonly taskId: string;
  readonly state: TargetState;
}

/** "UsersService-1:healthy,UsersService-2:initial" for one target group; unused targets are off the call sheet. */
export function targetDotsKey(snapshot: WorldSnapshot, groupId: string): string {
  const group = indexOf(snapshot).groups.get(groupId);
  if (!group) return '';
  return group.targets
    .filter((target) => target.state !== 'unused')
    .map((target) => `${target.taskId}:${target.state}`)
    .join(',');
}

export function parseTargetDots(key: string): TargetDot[] {
  if (key === '') return [];
  return key.split(',').map((pair) => {
    const at = pair.lastIndexOf(':');
    return { taskId: pair.slice(0, at), state: pair.slice(at + 1) as TargetState };
  });
}

/** The figures a service's header shows, as one string (so the selector compares by value). */
export function serviceViewKey(snapshot: WorldSnapshot, serviceId: string): string {
  const index = indexOf(snapshot);
  const service = index.services.get(serviceId);
  if (!service) return '';
  const reasons = Object.entries(replacingByReason(index.tasksByService.get(serviceId) ?? []))
    .map(([reason, n]) => `${reason}=${n}`)
    .join(',');
  return [service.runningCount, service.desiredCount, service.taskDefinition, service.image, service.steady ? 1 : 0, service.status, service.pendingCount, reasons].join('\u0000');
}

export interface ServiceView {
  readonly running: number;
  readonly desired: number;
  readonly pending: number;
  readonly taskDefinition: string;
  readonly image: string;
  readonly steady: boolean;
  /** DRAINING after DeleteService. */
  readonly draining: boolean;
  /** RUNNING tasks ECS is replacing, by why. */
  readonly replacing: Readonly<Partial<Record<ReplacementReason, number>>>;
}

export function parseServiceView(key: string): ServiceView {
  const [running = '0', desired = '0', taskDefinition = '', image = '', steady = '1', status = 'ACTIVE', pending = '0', reasons = ''] = key.split('\u0000');
  const replacing: Partial<Record<ReplacementReason, number>> = {};
  for (const pair of reasons === '' ? [] : reasons.split(',')) {
    const [reason = '', n = '0'] = pair.split('=');
    replacing[reason as ReplacementReason] = Number(n);
  }
  return {
    running: Number(running),
    desired: Number(desired),
    pending: Number(pending),
    taskDefinition,
    image,
    steady: steady === '1',
    draining: status === 'DRAINING',
    replacing,
  };
}

/** Each of a service's tasks on stage, in launch order, as picture/block state ("healthy/running,unhealthy/unhealthy"). */
export function serviceTasksKey(snapshot: WorldSnapshot, serviceId: string): string {
  const index = indexOf(snapshot);
  return (index.tasksByService.get(serviceId) ?? [])
    .map((task) => {
      const target = index.targets.get(task.id);
      const health = target && target.state !== 'unused' ? target.state : null;
      const visual = taskVisual(task.lastStatus, health, task.replacement);
      return `${visual}/${blockState(task.lastStatus, visual)}`;
    })
    .join(',');
}

/** How many of these services are not at their desired count yet: the conductor is busy while this is above 0. */
export function unsteadyCount(snapshot: WorldSnapshot, serviceIds: readonly string[]): number {
  const services = indexOf(snapshot).services;
  let count = 0;
  for (const id of serviceIds) if (services.get(id)?.steady === false) count++;
  return count;
}
