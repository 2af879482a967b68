/**
 * Edits applied to the live world: the configuration changes as editWorld says, and the records follow without a
 * restart. Tasks keep running through any edit; what an edit changes takes effect the way AWS applies it (a new
 * task definition on a service starts a rolling deployment, a health-check change applies from the next check,
 * a new deregistration delay from the next deregistration, a rule change from the next request).
 */
import { buildListenerRec, markGroupsInUse } from '../alb/listenerRecords';
import { buildCluster } from '../capacity/instances';
import type { EditCommand } from '../commands';
import type { Engine } from '../core/engine';
import { Kind } from '../core/engine';
import type { ListenerRec } from '../core/model';
import type { TrafficGenerator } from '../requests/traffic';
import { startDeployment } from '../services/deployments';
import { addService, addTargetGroup, deleteService, wakeService } from '../services/serviceRecords';
import type { ScenarioSpec } from '../spec';
import { registerTaskDef } from '../tasks/taskDefinitions';
import { editWorld } from './worldEdits';

type Outcome = string | (() => void);

/** Rebuild every listener from the world (keeping rule records by ID), then start checks on groups now in use. */
function rebuildListeners(engine: Engine, traffic: TrafficGenerator, world: ScenarioSpec): void {
  const previous = new Map<string, ListenerRec>(engine.listeners.map((l) => [l.spec.id, l]));
  engine.listeners.length = 0;
  for (const l of world.listeners) {
    const rec = buildListenerRec(engine, l, world.rules.filter((r) => r.listenerId === l.id), previous.get(l.id) ?? null);
    if (rec) engine.listeners.push(rec);
  }
  for (const tg of markGroupsInUse(engine)) {
    for (const target of tg.targets) {
      if (target.state !== 'initial') continue;
      engine.at(engine.now + tg.spec.healthCheck.intervalSeconds * 1000, Kind.TargetCheck, engine.handleOfTarget(target), target.checkGen);
    }
  }
  traffic.refresh();
}

function applyToRecords(engine: Engine, traffic: TrafficGenerator, command: EditCommand, world: ScenarioSpec): void {
  switch (command.do) {
    case 'createCluster':
      buildCluster(engine, command.cluster);
      return;
    case 'deleteCluster': {
      const i = engine.clusters.findIndex((c) => c.spec.id === command.cluster);
      if (i >= 0) engine.clusters.splice(i, 1);
      engine.clustersById.delete(command.cluster);
      return;
    }
    case 'registerTaskDefinition':
      registerTaskDef(engine, command.taskDefinition);
      return;
    case 'deregisterTaskDefinition':
      // INACTIVE: gone from the world; tasks already running from it keep their record.
      return;
    case 'createService': {
      const service = addService(engine, command.service);
      if (service) wakeService(engine, service);
      return;
    }
    case 'updateService': {
      const service = engine.servicesById.get(command.service);
      const spec = world.services.find((s) => s.id === command.service);
      if (!service || !spec) return;
      service.spec = spec;
      if (command.desiredCount !== undefined) service.desiredCount = command.desiredCount;
      const primary = service.deployments[0]?.taskDef;
      const wanted = command.taskDefinition !== undefined ? engine.taskDefs.get(command.taskDefinition) : undefined;
      if (wanted && wanted !== primary) startDeployment(engine, service, wanted);
      else if (command.forceNewDeployment === true && primary) startDeployment(engine, service, wanted ?? primary);
      service.dirty = true;
      return;
    }
    case 'deleteService': {
      const service = engine.servicesById.get(command.service);
      if (service) deleteService(engine, service);
      return;
    }
    case 'createTargetGroup':
      addTargetGroup(engine, command.targetGroup);
      return;
    case 'modifyTargetGroup': {
      const tg = engine.targetGroupsById.get(command.targetGroup);
      const spec = world.targetGroups.find((t) => t.id === command.targetGroup);
      if (tg && spec) tg.spec = spec;
      return;
    }
    case 'deleteTargetGroup': {
      const i = engine.targetGroups.findIndex((t) => t.spec.id === command.targetGroup);
      if (i >= 0) engine.targetGroups.splice(i, 1);
      engine.targetGroupsById.delete(command.targetGroup);
      return;
    }
    case 'createListener':
    case 'modifyListener':
    case 'deleteListener':
    case 'createRule':
    case 'modifyRule':
    case 'deleteRule':
      rebuildListeners(engine, traffic, world);
      return;
  }
}

/** Why the API refuses the edit, or the change to make. */
export function prepareEdit(engine: Engine, traffic: TrafficGenerator, command: EditCommand): Outcome {
  const edit = editWorld(engine.world, command);
  if (!edit.ok) return edit.reason;
  return () => {
    engine.world = edit.world;
    applyToRecords(engine, traffic, command, edit.world);
    engine.version++;
  };
}
