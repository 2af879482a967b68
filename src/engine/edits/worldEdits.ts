/**
 * What an edit command does to the world's configuration, as a pure function of the spec: the engine applies the
 * result to its live records, the sandbox validates it with the loader's validators before dispatching, and the
 * loader checks a script's edits the same way. Only the checks that need nothing but the spec live here (a name that
 * does not exist, a duplicate, a resource still in use), in the ELBv2 and ECS APIs' words.
 */
import type { EditCommand } from '../commands';
import type { ActionSpec, ListenerRuleSpec, ScenarioSpec } from '../spec';

/** The new world, or why the API would refuse the call. */
export type WorldEdit = { readonly ok: true; readonly world: ScenarioSpec } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): WorldEdit => ({ ok: false, reason });

function forwardsTo(actions: readonly ActionSpec[], targetGroupId: string): boolean {
  return actions.some((a) => a.type === 'forward' && a.targetGroups.some((g) => g.targetGroupId === targetGroupId));
}

function replaceById<T extends { readonly id: string }>(list: readonly T[], id: string, update: (item: T) => T): T[] {
  return list.map((item) => (item.id === id ? update(item) : item));
}

const has = (list: readonly { readonly id: string }[], id: string): boolean => list.some((item) => item.id === id);

/** Logical IDs are unique across the whole template (the editors pick new ones with this too). */
export function idTaken(world: ScenarioSpec, id: string): boolean {
  return [world.clusters, world.taskDefinitions, world.services, world.loadBalancers, world.listeners, world.rules, world.targetGroups]
    .some((list: readonly { readonly id: string }[]) => has(list, id));
}

function priorityInUse(rules: readonly ListenerRuleSpec[], rule: { id: string; listenerId: string; priority: number }): boolean {
  return rules.some((r) => r.id !== rule.id && r.listenerId === rule.listenerId && r.priority === rule.priority);
}

export function editWorld(world: ScenarioSpec, command: EditCommand): WorldEdit {
  const ok = (changes: Partial<ScenarioSpec>): WorldEdit => ({ ok: true, world: { ...world, ...changes } });
  const duplicate = (id: string): WorldEdit => refuse(`A resource with the logical ID ${id} already exists in this template.`);
  switch (command.do) {
    case 'createCluster': {
      const c = command.cluster;
      if (idTaken(world, c.id)) return duplicate(c.id);
      if (world.clusters.some((x) => x.name === c.name)) return refuse(`A cluster named ${c.name} already exists.`);
      return ok({ clusters: [...world.clusters, c] });
    }
    case 'deleteCluster': {
      const cluster = world.clusters.find((c) => c.id === command.cluster);
      if (!cluster) return refuse('ClusterNotFoundException: Cluster not found.');
      if (world.services.some((s) => s.clusterId === cluster.id)) {
        return refuse('ClusterContainsServicesException: The Cluster cannot be deleted while Services are active.');
      }
      if (cluster.instances.length > 0) {
        return refuse('ClusterContainsContainerInstancesException: The Cluster cannot be deleted while Container Instances are active or draining.');
      }
      return ok({ clusters: world.clusters.filter((c) => c.id !== cluster.id) });
    }
    case 'registerTaskDefinition': {
      const td = command.taskDefinition;
      if (idTaken(world, td.id)) return duplicate(td.id);
      // New revisions count up from the family's latest (fact 1); undoing a deregistration brings one back as it was.
      if (world.taskDefinitions.some((t) => t.family === td.family && t.revision === td.revision)) {
        return refuse(`${td.family}:${td.revision} is already registered; a new revision of ${td.family} takes the next number.`);
      }
      return ok({ taskDefinitions: [...world.taskDefinitions, td] });
    }
    case 'deregisterTaskDefinition': {
      const td = world.taskDefinitions.find((t) => t.id === command.taskDefinition);
      if (!td) return refuse('ClientException: Unable to describe task definition.');
      const user = world.services.find((s) => s.taskDefinitionId === td.id);
      if (user) return refuse(`Service ${user.name} runs ${td.family}:${td.revision}; update it to another revision before deregistering this one.`);
      return ok({ taskDefinitions: world.taskDefinitions.filter((t) => t.id !== td.id) });
    }
    case 'createService': {
      const s = command.service;
      if (idTaken(world, s.id)) return duplicate(s.id);
      if (!has(world.clusters, s.clusterId)) return refuse('ClusterNotFoundException: Cluster not found.');
      if (!has(world.taskDefinitions, s.taskDefinitionId)) return refuse('ClientException: Unable to describe task definition.');
      if (world.services.some((x) => x.clusterId === s.clusterId && x.name === s.name)) {
        return refuse('InvalidParameterException: Creation of service was not idempotent.');
      }
      return ok({ services: [...world.services, s] });
    }
    case 'updateService': {
      if (!has(world.services, command.service)) return refuse('ServiceNotFoundException: Service not found.');
      if (command.taskDefinition !== undefined && !has(world.taskDefinitions, command.taskDefinition)) {
        return refuse('ClientException: Unable to describe task definition.');
      }
      if (command.desiredCount !== undefined && (!Number.isInteger(command.desiredCount) || command.desiredCount < 0)) {
        return refuse('InvalidParameterException: The desired count must be a whole number, 0 or more.');
      }
      return ok({
        services: replaceById(world.services, command.service, (s) => ({
          ...s,
          ...(command.desiredCount !== undefined ? { desiredCount: command.desiredCount } : {}),
          ...(command.taskDefinition !== undefined ? { taskDefinitionId: command.taskDefinition } : {}),
          ...(command.healthCheckGracePeriodSeconds !== undefined ? { healthCheckGracePeriodSeconds: command.healthCheckGracePeriodSeconds } : {}),
          ...(command.deployment !== undefined ? { deployment: command.deployment } : {}),
          ...(command.placementStrategies !== undefined ? { placementStrategies: command.placementStrategies } : {}),
          ...(command.placementConstraints !== undefined ? { placementConstraints: command.placementConstraints } : {}),
        })),
      });
    }
    case 'deleteService': {
      if (!has(world.services, command.service)) return refuse('ServiceNotFoundException: Service not found.');
      return ok({ services: world.services.filter((s) => s.id !== command.service) });
    }
    case 'createTargetGroup': {
      const tg = command.targetGroup;
      if (idTaken(world, tg.id)) return duplicate(tg.id);
      if (world.targetGroups.some((x) => x.name === tg.name)) {
        return refuse(`DuplicateTargetGroupName: A target group with the same name '${tg.name}' exists, but with different settings`);
      }
      return ok({ targetGroups: [...world.targetGroups, tg] });
    }
    case 'modifyTargetGroup': {
      if (!has(world.targetGroups, command.targetGroup)) return refuse('TargetGroupNotFound: One or more target groups not found');
      return ok({
        targetGroups: replaceById(world.targetGroups, command.targetGroup, (tg) => ({
          ...tg,
          ...(command.healthCheck !== undefined ? { healthCheck: command.healthCheck } : {}),
          ...(command.deregistrationDelaySeconds !== undefined ? { deregistrationDelaySeconds: command.deregistrationDelaySeconds } : {}),
          ...(command.algorithm !== undefined ? { algorithm: command.algorithm } : {}),
        })),
      });
    }
    case 'deleteTargetGroup': {
      const tg = world.targetGroups.find((t) => t.id === command.targetGroup);
      if (!tg) return refuse('TargetGroupNotFound: One or more target groups not found');
      const inUse = world.listeners.some((l) => forwardsTo(l.defaultActions, tg.id)) || world.rules.some((r) => forwardsTo(r.actions, tg.id));
      if (inUse) return refuse(`ResourceInUse: Target group '${tg.arn}' is currently in use by a listener or a rule`);
      const service = world.services.find((s) => s.loadBalancers.some((b) => b.targetGroupId === tg.id));
      if (service) return refuse(`ResourceInUse: Target group '${tg.arn}' is in use by ECS service ${service.name}; delete the service first.`);
      return ok({ targetGroups: world.targetGroups.filter((t) => t.id !== tg.id) });
    }
    case 'createListener': {
      const l = command.listener;
      if (idTaken(world, l.id)) return duplicate(l.id);
      if (!has(world.loadBalancers, l.loadBalancerId)) return refuse('LoadBalancerNotFound: One or more load balancers not found');
      if (world.listeners.some((x) => x.loadBalancerId === l.loadBalancerId && x.port === l.port)) {
        return refuse('DuplicateListener: A listener already exists on this port for this load balancer');
      }
      return ok({ listeners: [...world.listeners, l] });
    }
    case 'modifyListener': {
      const listener = world.listeners.find((l) => l.id === command.listener);
      if (!listener) return refuse('ListenerNotFound: One or more listeners not found');
      const port = command.port ?? listener.port;
      if (world.listeners.some((x) => x.id !== listener.id && x.loadBalancerId === listener.loadBalancerId && x.port === port)) {
        return refuse('DuplicateListener: A listener already exists on this port for this load balancer');
      }
      return ok({
        listeners: replaceById(world.listeners, listener.id, (l) => ({
          ...l,
          port,
          ...(command.protocol !== undefined ? { protocol: command.protocol } : {}),
          ...(command.defaultActions !== undefined ? { defaultActions: command.defaultActions } : {}),
        })),
      });
    }
    case 'deleteListener': {
      if (!has(world.listeners, command.listener)) return refuse('ListenerNotFound: One or more listeners not found');
      return ok({
        listeners: world.listeners.filter((l) => l.id !== command.listener),
        rules: world.rules.filter((r) => r.listenerId !== command.listener),
      });
    }
    case 'createRule': {
      const rule = command.rule;
      if (idTaken(world, rule.id)) return duplicate(rule.id);
      if (!has(world.listeners, rule.listenerId)) return refuse('ListenerNotFound: One or more listeners not found');
      if (priorityInUse(world.rules, rule)) return refuse(`PriorityInUse: Priority '${rule.priority}' is currently in use`);
      return ok({ rules: [...world.rules, rule] });
    }
    case 'modifyRule': {
      const rule = world.rules.find((r) => r.id === command.rule);
      if (!rule) return refuse('RuleNotFound: One or more rules not found');
      const priority = command.priority ?? rule.priority;
      if (priorityInUse(world.rules, { ...rule, priority })) return refuse(`PriorityInUse: Priority '${priority}' is currently in use`);
      return ok({
        rules: replaceById(world.rules, rule.id, (r) => ({
          ...r,
          priority,
          ...(command.conditions !== undefined ? { conditions: command.conditions } : {}),
          ...(command.actions !== undefined ? { actions: command.actions } : {}),
        })),
      });
    }
    case 'deleteRule': {
      if (!has(world.rules, command.rule)) return refuse('RuleNotFound: One or more rules not found');
      return ok({ rules: world.rules.filter((r) => r.id !== command.rule) });
    }
  }
}
