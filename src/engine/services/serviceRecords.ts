/**
 * Live records of target groups and services, made at the start from the spec and later by CreateTargetGroup and
 * CreateService. Records are never removed from the engine's arrays (scheduled work addresses them by index); a
 * deleted one is dropped from the lookup maps and skipped by views.
 */
import { buildCluster } from '../capacity/instances';
import type { EngineState } from '../core/engineState';
import { Kind } from '../core/engineState';
import type { ServiceRec, TargetGroupRec } from '../core/model';
import type { ServiceSpec, TargetGroupSpec } from '../spec';
import { startDeployment } from './deployments';
import { newTally } from './serviceTally';

export function addTargetGroup(engine: EngineState, spec: TargetGroupSpec): TargetGroupRec {
  const tg: TargetGroupRec = {
    spec,
    index: engine.targetGroups.length,
    targets: [],
    nextRegSeq: 0,
    lastPickedSeq: -1,
    lastPickedIndex: -1,
    healthyCount: 0,
    unhealthyCount: 0,
    drainingCount: 0,
    requests: 0,
    inUse: false,
    sticky: spec.stickiness ? new Map() : null,
  };
  engine.targetGroups.push(tg);
  engine.targetGroupsById.set(spec.id, tg);
  return tg;
}

/**
 * A service created again while its deleted namesake still drains takes that record back: one service per ID on
 * stage, task numbers continuing, the old tasks still leaving. (AWS would refuse until the drain ends, "Unable to
 * Start a service that is still Draining"; the sandbox lets an undo of a delete work at once.)
 */
function revive(engine: EngineState, spec: ServiceSpec): ServiceRec | null {
  const old = engine.services.find((s) => s.deleted && s.spec.id === spec.id && s.spec.clusterId === spec.clusterId);
  const taskDef = engine.taskDefs.get(spec.taskDefinitionId);
  if (!old || !taskDef || !old.tasks.some((t) => t.lastStatus !== 'STOPPED')) return null;
  old.deleted = false;
  old.spec = spec;
  old.desiredCount = spec.desiredCount;
  engine.markDirty(old);
  engine.servicesById.set(spec.id, old);
  startDeployment(engine, old, taskDef);
  return old;
}

/** Task numbers already used under this ID by deleted services, so a new one never repeats a task ID (MC13). */
function launchesOfDeleted(engine: EngineState, id: string): number {
  let launches = 0;
  for (const s of engine.services) if (s.deleted && s.spec.id === id) launches = Math.max(launches, s.launches);
  return launches;
}

/** A new service and its first deployment; the scheduler launches its tasks when it next settles. */
export function addService(engine: EngineState, spec: ServiceSpec): ServiceRec | null {
  const revived = revive(engine, spec);
  if (revived) return revived;
  const taskDef = engine.taskDefs.get(spec.taskDefinitionId);
  if (!taskDef) return null;
  // A cluster the spec does not list (built by hand in a test) is an empty one of that name.
  const cluster = engine.clustersById.get(spec.clusterId) ?? buildCluster(engine, { id: spec.clusterId, name: spec.clusterId, instances: [] });
  const service: ServiceRec = {
    spec,
    deleted: false,
    index: engine.services.length,
    name: spec.name,
    cluster,
    onEc2: spec.launchType === 'EC2',
    placementFailure: null,
    desiredCount: spec.desiredCount,
    deployments: [],
    lastCompleted: null,
    targetGroups: spec.loadBalancers.map((b) => engine.targetGroupsById.get(b.targetGroupId)!).filter(Boolean),
    tasks: [],
    launches: launchesOfDeleted(engine, spec.id),
    started: 0,
    stopped: 0,
    steady: false,
    throttleLevel: 0,
    throttleUntil: 0,
    throttledBatches: new Set(),
    protectionReported: false,
    dirty: false,
    queued: false,
    tally: newTally(),
  };
  engine.services.push(service);
  engine.markDirty(service);
  engine.servicesById.set(spec.id, service);
  cluster.services.push(service);
  startDeployment(engine, service, taskDef);
  return service;
}

/** DeleteService with force: desired count 0 at once; the scheduler stops the tasks the usual way. */
export function deleteService(engine: EngineState, service: ServiceRec): void {
  service.deleted = true;
  service.desiredCount = 0;
  engine.markDirty(service);
  engine.servicesById.delete(service.spec.id);
  engine.version++;
}

/** Wake a service created after the start, as the first pass at t = 0 does for the others. */
export function wakeService(engine: EngineState, service: ServiceRec): void {
  engine.at(engine.now, Kind.ServiceWake, service.index);
}
