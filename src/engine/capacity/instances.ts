/**
 * Container instances over time (EC2 issue): registered and ACTIVE at t = 0 or when added; DRAINING when drained
 * (no new placements; its tasks are replaced elsewhere, then stopped, as ECS does); gone when stopped (its tasks
 * die with ECS's reason) or, for removeInstance, once its last task has stopped.
 */
import type { EngineState } from '../core/engineState';
import type { ClusterRec, InstanceRec, Placement, TaskRec } from '../core/model';
import { addedInstanceId, AVAILABILITY_ZONES } from '../names';
import { DEFAULT_INSTANCE_TYPE, registeredResources } from '../instanceTypes';
import type { ClusterSpec, ContainerInstanceSpec } from '../spec';
import { release } from './placement';

export const DRAINING_STOPPED_REASON = 'Task stopped during instance draining';

export function hostStoppedReason(instance: InstanceRec): string {
  return `Host EC2 (instance ${instance.spec.id}) stopped/terminated.`;
}

function register(engine: EngineState, cluster: ClusterRec, spec: ContainerInstanceSpec): InstanceRec {
  const order = cluster.instancesEver++;
  const instance: InstanceRec = {
    spec,
    cluster,
    order,
    // Instances take addresses from the top of each AZ's range, tasks with their own interface from the bottom.
    privateIp: `10.0.${AVAILABILITY_ZONES.indexOf(spec.availabilityZone as (typeof AVAILABILITY_ZONES)[number]) * 16 + 15}.${200 + (order % 50)}`,
    status: 'ACTIVE',
    cpuFree: spec.cpu,
    memoryFree: spec.memory,
    ports: new Set(),
    tasks: new Set(),
    tasksByService: new Map(),
    removeWhenEmpty: false,
  };
  cluster.instances.push(instance);
  engine.instancesById.set(spec.id, instance);
  engine.version++;
  return instance;
}

export function buildCluster(engine: EngineState, spec: ClusterSpec): ClusterRec {
  const cluster: ClusterRec = { spec, instances: [], instancesEver: 0, services: [] };
  for (const instance of spec.instances) register(engine, cluster, instance);
  engine.clusters.push(cluster);
  engine.clustersById.set(spec.id, cluster);
  return cluster;
}

function wakeEc2Services(engine: EngineState, cluster: ClusterRec): void {
  for (const service of cluster.services) if (service.onEc2) engine.markDirty(service);
}

/** The next `count` instances of the cluster, as it would register them: continuing the round robin over us-east-1a, b, c. */
export function newInstanceSpecs(cluster: ClusterRec, count: number, instanceType: string | undefined): ContainerInstanceSpec[] {
  const type = instanceType ?? cluster.instances[0]?.spec.instanceType ?? DEFAULT_INSTANCE_TYPE;
  const { cpu, memory } = registeredResources(type);
  const specs: ContainerInstanceSpec[] = [];
  for (let i = 0; i < count; i++) {
    const n = cluster.instancesEver + i;
    specs.push({
      id: addedInstanceId(cluster.spec.id, n),
      instanceType: type,
      availabilityZone: AVAILABILITY_ZONES[n % AVAILABILITY_ZONES.length]!,
      cpu,
      memory,
      source: 'addInstances',
    });
  }
  return specs;
}

/** Registers new instances (ACTIVE at once); services waiting for capacity look again. */
export function registerInstances(engine: EngineState, cluster: ClusterRec, specs: readonly ContainerInstanceSpec[]): InstanceRec[] {
  const added = specs.map((spec) => register(engine, cluster, spec));
  wakeEc2Services(engine, cluster);
  return added;
}

function deregister(engine: EngineState, instance: InstanceRec): void {
  instance.status = 'INACTIVE';
  const list = instance.cluster.instances;
  const i = list.indexOf(instance);
  if (i >= 0) list.splice(i, 1);
  engine.version++;
}

/** ECS marks its tasks for replacement (MC6) and places nothing new on it; PENDING ones stop at once. */
export function drainInstance(engine: EngineState, instance: InstanceRec, stopPending: (task: TaskRec) => void): void {
  instance.status = 'DRAINING';
  engine.version++;
  for (const task of instance.tasks) {
    engine.markDirty(task.service);
    if (task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING') stopPending(task);
  }
  if (instance.removeWhenEmpty && instance.tasks.size === 0) deregister(engine, instance);
}

export function removeInstance(engine: EngineState, instance: InstanceRec, stopPending: (task: TaskRec) => void): void {
  instance.removeWhenEmpty = true;
  drainInstance(engine, instance, stopPending);
}

/** The EC2 instance stops: capacity is gone at once and its tasks die where they stand. */
export function stopInstance(engine: EngineState, instance: InstanceRec, kill: (task: TaskRec) => void): void {
  deregister(engine, instance);
  for (const task of [...instance.tasks]) kill(task);
  wakeEc2Services(engine, instance.cluster);
}

/** A task reached STOPPED: its reservation goes back, and a removed instance leaves once empty. */
export function leaveInstance(engine: EngineState, task: TaskRec, placement: Placement): void {
  const instance = placement.instance;
  instance.tasks.delete(task);
  const left = (instance.tasksByService.get(task.service) ?? 1) - 1;
  if (left > 0) instance.tasksByService.set(task.service, left);
  else instance.tasksByService.delete(task.service);
  release(engine, placement);
  engine.version++;
  if (instance.removeWhenEmpty && instance.status !== 'INACTIVE' && instance.tasks.size === 0) deregister(engine, instance);
}
