/**
 * Undo is a command too: the inverse of an edit, worked out from the world just before it, applied at the current
 * simulated time (time never rewinds). Commands with no inverse (a crash, a request) are not undoable.
 */
import type { Command } from '../engine/commands';
import type { ScenarioSpec } from '../engine/spec';

const byId = <T extends { readonly id: string }>(list: readonly T[], id: string): T | undefined => list.find((x) => x.id === id);

/** The commands that put the world back as it was before `command`, or null when it cannot be undone. */
export function inverseOf(world: ScenarioSpec, command: Command): Command[] | null {
  switch (command.do) {
    case 'createCluster':
      return [{ do: 'deleteCluster', cluster: command.cluster.id }];
    case 'deleteCluster': {
      const cluster = byId(world.clusters, command.cluster);
      return cluster ? [{ do: 'createCluster', cluster }] : null;
    }
    case 'registerTaskDefinition':
      return [{ do: 'deregisterTaskDefinition', taskDefinition: command.taskDefinition.id }];
    case 'deregisterTaskDefinition': {
      const td = byId(world.taskDefinitions, command.taskDefinition);
      return td ? [{ do: 'registerTaskDefinition', taskDefinition: td }] : null;
    }
    case 'createService':
      return [{ do: 'deleteService', service: command.service.id }];
    case 'deleteService': {
      const service = byId(world.services, command.service);
      return service ? [{ do: 'createService', service }] : null;
    }
    case 'updateService': {
      const s = byId(world.services, command.service);
      if (!s) return null;
      return [{
        do: 'updateService',
        service: s.id,
        ...(command.desiredCount !== undefined ? { desiredCount: s.desiredCount } : {}),
        ...(command.taskDefinition !== undefined ? { taskDefinition: s.taskDefinitionId } : {}),
        ...(command.healthCheckGracePeriodSeconds !== undefined ? { healthCheckGracePeriodSeconds: s.healthCheckGracePeriodSeconds } : {}),
        ...(command.deployment !== undefined ? { deployment: s.deployment } : {}),
        ...(command.placementStrategies !== undefined ? { placementStrategies: s.placementStrategies } : {}),
        ...(command.placementConstraints !== undefined ? { placementConstraints: s.placementConstraints } : {}),
      }];
    }
    case 'createTargetGroup':
      return [{ do: 'deleteTargetGroup', targetGroup: command.targetGroup.id }];
    case 'deleteTargetGroup': {
      const tg = byId(world.targetGroups, command.targetGroup);
      return tg ? [{ do: 'createTargetGroup', targetGroup: tg }] : null;
    }
    case 'modifyTargetGroup': {
      const tg = byId(world.targetGroups, command.targetGroup);
      if (!tg) return null;
      return [{
        do: 'modifyTargetGroup',
        targetGroup: tg.id,
        ...(command.healthCheck !== undefined ? { healthCheck: tg.healthCheck } : {}),
        ...(command.deregistrationDelaySeconds !== undefined ? { deregistrationDelaySeconds: tg.deregistrationDelaySeconds } : {}),
        ...(command.algorithm !== undefined ? { algorithm: tg.algorithm } : {}),
      }];
    }
    case 'createListener':
      return [{ do: 'deleteListener', listener: command.listener.id }];
    case 'deleteListener': {
      const listener = byId(world.listeners, command.listener);
      if (!listener) return null;
      const rules = world.rules.filter((r) => r.listenerId === listener.id);
      return [{ do: 'createListener', listener }, ...rules.map((rule): Command => ({ do: 'createRule', rule }))];
    }
    case 'modifyListener': {
      const l = byId(world.listeners, command.listener);
      if (!l) return null;
      return [{
        do: 'modifyListener',
        listener: l.id,
        ...(command.port !== undefined ? { port: l.port } : {}),
        ...(command.protocol !== undefined ? { protocol: l.protocol } : {}),
        ...(command.defaultActions !== undefined ? { defaultActions: l.defaultActions } : {}),
      }];
    }
    case 'createRule':
      return [{ do: 'deleteRule', rule: command.rule.id }];
    case 'deleteRule': {
      const rule = byId(world.rules, command.rule);
      return rule ? [{ do: 'createRule', rule }] : null;
    }
    case 'modifyRule': {
      const r = byId(world.rules, command.rule);
      if (!r) return null;
      return [{
        do: 'modifyRule',
        rule: r.id,
        ...(command.priority !== undefined ? { priority: r.priority } : {}),
        ...(command.conditions !== undefined ? { conditions: r.conditions } : {}),
        ...(command.actions !== undefined ? { actions: r.actions } : {}),
      }];
    }
    case 'setDesiredCount': {
      const s = byId(world.services, command.service);
      return s ? [{ do: 'setDesiredCount', service: s.id, count: s.desiredCount }] : null;
    }
    case 'setTraffic':
      return [{ do: 'setTraffic', rate: world.traffic?.rate ?? 0, ...(command.mix !== undefined && world.traffic ? { mix: world.traffic.mix } : {}) }];
    case 'deploy': {
      const s = byId(world.services, command.service);
      // The new revision stays registered, as in AWS; the service goes back to the one it ran.
      return s ? [{ do: 'updateService', service: s.id, taskDefinition: s.taskDefinitionId }] : null;
    }
    default:
      return null;
  }
}
