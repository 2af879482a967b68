/**
 * A lesson's spotlight on the stage (the store's `stageSpotlight`): the nodes a step names are lit and the rest of
 * the picture dims. Kept apart from the layout: it only marks the nodes the layout made, so the stage draws the same
 * picture with or without a lesson. A service lights with everything drawn inside it, at any zoom: zoomed out it is
 * one block, and a task named while its service is a block lights that block. Containers (the load balancer, the
 * cluster, a service) light what they hold; what holds a lit node keeps its own dimming, so the light stays on what
 * the step is about.
 */
import type { Edge } from '@xyflow/react';
import type { SpotlightTarget } from '../../lessons';
import type { ScenarioSpec } from '../../engine';
import { nodeId, serviceIdOfTask, type StageNode } from './stageNodes';

/** The class of a lit node or edge; every other one dims while a spotlight is on (stage.css). */
export const LIT_CLASS = 'stage-spotlit';

const CONTAINERS = new Set<StageNode['type']>(['loadBalancer', 'cluster', 'service']);

function directIds(target: SpotlightTarget, nodes: readonly StageNode[], present: ReadonlySet<string>, world: ScenarioSpec): string[] {
  switch (target.kind) {
    case 'audience':
      return [nodeId.audience()];
    case 'healthChecks':
      return [nodeId.stageManager()];
    case 'scheduler':
      return nodes.filter((node) => node.type === 'conductor').map((node) => node.id);
    case 'service':
      return [nodeId.service(target.id)];
    case 'task': {
      const own = nodeId.task(target.id);
      // Zoomed out, the task is inside its service's block.
      return [present.has(own) ? own : nodeId.service(serviceIdOfTask(target.id))];
    }
    case 'targetGroup':
      return [nodeId.targetGroup(target.id)];
    case 'listener':
      return [nodeId.listener(target.id)];
    case 'rule':
      return nodes.filter((node) => node.type === 'rule' && node.data.ruleId === target.id).map((node) => node.id);
    case 'loadBalancer':
      return [nodeId.loadBalancer(target.id)];
    case 'cluster':
      return [nodeId.cluster(target.id)];
    case 'instance':
      return [nodeId.instance(target.id)];
    case 'taskDefinition':
      return world.services.filter((service) => service.taskDefinitionId === target.id).map((service) => nodeId.service(service.id));
  }
}

/** The IDs of the nodes the spotlight lights. */
export function spotlitNodes(spotlight: readonly SpotlightTarget[], nodes: readonly StageNode[], world: ScenarioSpec): ReadonlySet<string> {
  const present = new Set(nodes.map((node) => node.id));
  const lit = new Set<string>();
  for (const target of spotlight) for (const id of directIds(target, nodes, present, world)) if (present.has(id)) lit.add(id);
  // What a lit container holds is lit too; parents come before their children in the layout's list.
  const containers = new Set(nodes.filter((node) => lit.has(node.id) && CONTAINERS.has(node.type)).map((node) => node.id));
  for (const node of nodes) {
    if (node.parentId !== undefined && containers.has(node.parentId)) {
      lit.add(node.id);
      if (CONTAINERS.has(node.type)) containers.add(node.id);
    }
  }
  return lit;
}

// The same node or edge with the lit class, made once per object, so React Flow re-renders only what changed.
const litNodes = new WeakMap<StageNode, StageNode>();
const litEdges = new WeakMap<Edge, Edge>();

function lit<T extends { readonly className?: string }>(cache: WeakMap<T, T>, item: T): T {
  let out = cache.get(item);
  if (!out) {
    out = { ...item, className: item.className ? `${item.className} ${LIT_CLASS}` : LIT_CLASS };
    cache.set(item, out);
  }
  return out;
}

/** The nodes and edges with the lit ones marked; an edge is lit when both its ends are. */
export function withSpotlight(
  spotlight: readonly SpotlightTarget[] | null,
  nodes: StageNode[],
  edges: Edge[],
  world: ScenarioSpec,
): { readonly nodes: StageNode[]; readonly edges: Edge[] } {
  if (spotlight === null) return { nodes, edges };
  const ids = spotlitNodes(spotlight, nodes, world);
  return {
    nodes: nodes.map((node) => (ids.has(node.id) ? lit(litNodes, node) : node)),
    edges: edges.map((edge) => (ids.has(edge.source) && ids.has(edge.target) ? lit(litEdges, edge) : edge)),
  };
}
