/**
 * The configuration also moves with the everyday commands (a desired count, a deploy, new instances), so the
 * world the sandbox shows and exports is the world as it stands, whichever way it was changed.
 */
import type { Engine } from '../core/engine';
import type { ClusterRec } from '../core/model';
import type { TaskDefinitionSpec, TrafficSpec } from '../spec';
import { idTaken } from './worldEdits';

export function trackDesiredCount(engine: Engine, serviceId: string, desiredCount: number): void {
  const w = engine.world;
  engine.world = { ...w, services: w.services.map((s) => (s.id === serviceId ? { ...s, desiredCount } : s)) };
}

export function trackTraffic(engine: Engine, traffic: TrafficSpec): void {
  engine.world = { ...engine.world, traffic: traffic.rate > 0 || traffic.mix.length > 0 ? traffic : null };
}

/** deploy registered a revision and pointed the service at it. */
export function trackDeploy(engine: Engine, serviceId: string, taskDefinition: TaskDefinitionSpec): void {
  const w = engine.world;
  engine.world = {
    ...w,
    taskDefinitions: [...w.taskDefinitions, taskDefinition],
    services: w.services.map((s) => (s.id === serviceId ? { ...s, taskDefinitionId: taskDefinition.id } : s)),
  };
}

/** The cluster's registered instances now (a removed or stopped one leaves the configuration at once). */
export function trackInstances(engine: Engine, cluster: ClusterRec): void {
  const instances = cluster.instances.filter((i) => !i.removeWhenEmpty).map((i) => i.spec);
  const w = engine.world;
  engine.world = { ...w, clusters: w.clusters.map((c) => (c.id === cluster.spec.id ? { ...c, instances } : c)) };
}

/** A logical ID for a revision `deploy` registers: the first revision's ID and the number (UsersTaskRev2). */
export function revisionId(engine: Engine, baseId: string, revision: number): string {
  const stem = baseId.replace(/Rev\d+$/, '');
  let id = `${stem}Rev${revision}`;
  for (let n = 2; idTaken(engine.world, id); n++) id = `${stem}Rev${revision}x${n}`;
  return id;
}
