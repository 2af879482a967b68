/**
 * Task placement on EC2 container instances (EC2 issue, "Precisely"): a task needs its CPU, memory and host ports
 * on an ACTIVE instance. Default order: the Availability Zone with the fewest of the service's tasks, then the
 * instance with the fewest, then registration order; PlacementStrategies replace that order, constraints filter.
 * When nothing fits, the task is not created and ECS says why, about the instance that lacks the least.
 */
import type { EngineState } from '../core/engineState';
import type { InstanceRec, Placement, ServiceRec, TaskDefRec } from '../core/model';
import type { PlacementStrategySpec } from '../spec';

/** The ECS-optimized Amazon Linux ephemeral range (fact 7). */
export const DYNAMIC_PORT_FIRST = 32768;
export const DYNAMIC_PORT_LAST = 60999;

const DEFAULT_STRATEGIES: readonly PlacementStrategySpec[] = [
  { type: 'spread', field: 'attribute:ecs.availability-zone' },
  { type: 'spread', field: 'instanceId' },
];

export interface Requirements {
  readonly cpu: number;
  readonly memory: number;
  /** Container ports whose host port is fixed (bridge with a HostPort, or host mode). */
  readonly fixed: readonly { containerPort: number; hostPort: number }[];
  /** Container ports that take an ephemeral host port (bridge with HostPort 0 or absent). */
  readonly dynamic: readonly number[];
}

/** Task-level Cpu/Memory, else the containers' Cpu and MemoryReservation (else Memory). */
export function requirementsOf(taskDef: TaskDefRec): Requirements {
  const spec = taskDef.spec;
  const cpu = spec.cpu ?? spec.containers.reduce((sum, c) => sum + (c.cpu ?? 0), 0);
  const memory = spec.memory ?? spec.containers.reduce((sum, c) => sum + (c.memoryReservation ?? c.memory ?? 0), 0);
  const fixed: { containerPort: number; hostPort: number }[] = [];
  const dynamic: number[] = [];
  if (spec.networkMode !== 'awsvpc') {
    for (const c of spec.containers) {
      for (const m of c.portMappings) {
        if (spec.networkMode === 'host') fixed.push({ containerPort: m.containerPort, hostPort: m.hostPort ?? m.containerPort });
        else if (m.hostPort === null || m.hostPort === 0) dynamic.push(m.containerPort);
        else fixed.push({ containerPort: m.containerPort, hostPort: m.hostPort });
      }
    }
  }
  return { cpu, memory, fixed, dynamic };
}

/** An instance holds a task from placement until STOPPED, so these are the service's active tasks there. */
function tasksOfServiceOn(instance: InstanceRec, service: ServiceRec): number {
  return instance.tasksByService.get(service) ?? 0;
}

function tasksOfServiceInAz(service: ServiceRec, az: string): number {
  return service.tally.activeByAz.get(az) ?? 0;
}

type Shortfall = 'cpu' | 'memory' | 'ports' | 'distinct';

function shortfalls(instance: InstanceRec, service: ServiceRec, need: Requirements): Shortfall[] {
  const out: Shortfall[] = [];
  if (instance.cpuFree < need.cpu) out.push('cpu');
  if (instance.memoryFree < need.memory) out.push('memory');
  if (need.fixed.some((p) => instance.ports.has(p.hostPort))) out.push('ports');
  if (service.spec.placementConstraints.some((c) => c.type === 'distinctInstance') && tasksOfServiceOn(instance, service) > 0) {
    out.push('distinct');
  }
  return out;
}

function compareBy(engine: EngineState, service: ServiceRec, strategy: PlacementStrategySpec, randomKeys: Map<InstanceRec, number>) {
  return (a: InstanceRec, b: InstanceRec): number => {
    switch (strategy.type) {
      case 'spread':
        if (strategy.field === 'instanceId' || strategy.field === 'host') return tasksOfServiceOn(a, service) - tasksOfServiceOn(b, service);
        return tasksOfServiceInAz(service, a.spec.availabilityZone) - tasksOfServiceInAz(service, b.spec.availabilityZone);
      case 'binpack':
        return strategy.field === 'cpu' ? a.cpuFree - b.cpuFree : a.memoryFree - b.memoryFree;
      case 'random': {
        for (const i of [a, b]) if (!randomKeys.has(i)) randomKeys.set(i, engine.placementDraw.next());
        return randomKeys.get(a)! - randomKeys.get(b)!;
      }
    }
  };
}

function lowestFreePorts(instance: InstanceRec, count: number): number[] | null {
  const out: number[] = [];
  for (let port = DYNAMIC_PORT_FIRST; port <= DYNAMIC_PORT_LAST && out.length < count; port++) {
    if (!instance.ports.has(port)) out.push(port);
  }
  return out.length === count ? out : null;
}

const MORE = 'For more information, see the Troubleshooting section.';

function failureMessage(service: ServiceRec, candidates: readonly InstanceRec[], need: Requirements): string {
  const head = `(service ${service.name}) was unable to place a task because no container instance met all of its requirements.`;
  if (candidates.length === 0) return `${head} Reason: No Container Instances were found in your cluster. ${MORE}`;
  // The closest match: fewest unmet requirements, then the smallest relative shortfall, then registration order.
  const scored = candidates.map((instance) => {
    const missing = shortfalls(instance, service, need);
    const deficit =
      (need.cpu > 0 ? Math.max(0, need.cpu - instance.cpuFree) / need.cpu : 0) +
      (need.memory > 0 ? Math.max(0, need.memory - instance.memoryFree) / need.memory : 0);
    return { instance, missing, deficit };
  });
  scored.sort((a, b) => a.missing.length - b.missing.length || a.deficit - b.deficit || a.instance.order - b.instance.order);
  const closest = scored[0]!;
  const id = closest.instance.spec.id;
  switch (closest.missing[0]) {
    case 'cpu':
      return `${head} The closest matching container-instance ${id} has insufficient CPU units available. ${MORE}`;
    case 'memory':
      return `${head} The closest matching container-instance ${id} has insufficient memory available. ${MORE}`;
    case 'ports':
      return `${head} The closest matching container-instance ${id} is already using a port required by your task. ${MORE}`;
    default:
      return `${head} The closest matching container-instance ${id} encountered error "DistinctInstance placement constraint unsatisfied". ${MORE}`;
  }
}

/** Chooses an instance for a new task of `service`, or says why none fits. Reserves nothing. */
export function choosePlacement(engine: EngineState, service: ServiceRec, taskDef: TaskDefRec): Placement | string {
  const need = requirementsOf(taskDef);
  const active = service.cluster.instances.filter((i) => i.status === 'ACTIVE');
  const fits = active.filter((i) => shortfalls(i, service, need).length === 0);
  if (fits.length === 0) return failureMessage(service, active, need);
  const strategies = service.spec.placementStrategies.length > 0 ? service.spec.placementStrategies : DEFAULT_STRATEGIES;
  const randomKeys = new Map<InstanceRec, number>();
  const comparators = strategies.map((s) => compareBy(engine, service, s, randomKeys));
  const compare = (a: InstanceRec, b: InstanceRec): number => {
    for (const comparator of comparators) {
      const c = comparator(a, b);
      if (c !== 0) return c;
    }
    return a.order - b.order;
  };
  // The order is total (registration order breaks every tie), so the best instance is the smallest: found in one
  // walk rather than a sort per task. A random strategy draws its keys as the sort compares, so it keeps the sort,
  // and the draws stay those of every earlier run.
  const random = strategies.some((s) => s.type === 'random');
  if (random) fits.sort(compare);
  for (let k = 0; k < fits.length; k++) {
    if (!random) {
      let best = k;
      for (let i = k + 1; i < fits.length; i++) if (compare(fits[i]!, fits[best]!) < 0) best = i;
      [fits[k], fits[best]] = [fits[best]!, fits[k]!];
    }
    const instance = fits[k]!;
    const dynamic = lowestFreePorts(instance, need.dynamic.length);
    if (dynamic === null) continue;
    const hostPorts = new Map<number, number>();
    for (const p of need.fixed) hostPorts.set(p.containerPort, p.hostPort);
    need.dynamic.forEach((containerPort, i) => hostPorts.set(containerPort, dynamic[i]!));
    return { instance, cpu: need.cpu, memory: need.memory, hostPorts };
  }
  return failureMessage(service, active, need);
}

export function reserve(placement: Placement): void {
  const instance = placement.instance;
  instance.cpuFree -= placement.cpu;
  instance.memoryFree -= placement.memory;
  for (const port of placement.hostPorts.values()) instance.ports.add(port);
}

/**
 * Gives the task's resources back (at STOPPED) and lets the cluster's EC2 services that want more tasks than they
 * have try again. One with its tasks all wanted would only find, again, that it has nothing to start.
 */
export function release(engine: EngineState, placement: Placement): void {
  const instance = placement.instance;
  instance.cpuFree += placement.cpu;
  instance.memoryFree += placement.memory;
  for (const port of placement.hostPorts.values()) instance.ports.delete(port);
  for (const service of instance.cluster.services) {
    if (service.onEc2 && (service.placementFailure !== null || (service.deployments[0]?.usable ?? 0) < service.desiredCount)) engine.markDirty(service);
  }
}
