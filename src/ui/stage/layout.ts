/**
 * The stage's picture as a pure function: scenario spec + world structure -> React Flow nodes and edges. Order of
 * the nodes is the order a request meets things (audience, load balancer, listener, its rules, target groups,
 * cluster, services, tasks), which is also the DOM order and so the keyboard's Tab order.
 */
import { MarkerType, Position, type Edge } from '@xyflow/react';
import type { ScenarioSpec } from '../../engine';
import { namingFor, serviceLabel, type ServiceNaming } from '../../lens/names';
import { term, type Lens } from '../../lens/vocabulary';
import { geometryFor, type Direction, type Geometry } from './geometry';
import { clusterBlock, lbBlock, targetGroupBlock, type Block } from './layoutBlocks';
import { ruleText } from './ruleText';
import { nodeId, PALETTE_SIZE, type StageNode } from './stageNodes';
import type { StageStructure } from './structure';

export interface LayoutOptions {
  readonly direction: Direction;
  readonly lens: Lens;
  /** Pixels per rem (16 unless presenter mode enlarges the root font). */
  readonly rem?: number;
  /** STOPPED tasks still on their way out (they get an exit animation); other STOPPED tasks are left off. */
  readonly leaving?: ReadonlySet<string>;
}

export interface StageLayout {
  readonly nodes: StageNode[];
  readonly edges: Edge[];
}

/** Every React Flow node ID of a task, for particles and tests. */
export { nodeId } from './stageNodes';

export interface LayoutContext {
  readonly spec: ScenarioSpec;
  readonly structure: StageStructure;
  readonly g: Geometry;
  readonly lens: Lens;
  readonly targetGroupNames: ReadonlyMap<string, string>;
  readonly namings: ReadonlyMap<string, ServiceNaming>;
  readonly paletteIndex: ReadonlyMap<string, number>;
  readonly leaving: ReadonlySet<string>;
}

function handles(g: Geometry, kind: StageNode['type']): Pick<StageNode, 'sourcePosition' | 'targetPosition'> {
  if (g.direction === 'LR') return { sourcePosition: Position.Right, targetPosition: Position.Left };
  // Top to bottom, edges run down side gutters: the audience reaches doors on the right, doors feed rules on the
  // left, rules feed target groups on the right, target groups feed services on the left, so no edge crosses a box.
  switch (kind) {
    case 'audience':
      return { sourcePosition: Position.Right, targetPosition: Position.Top };
    case 'listener':
      // Enter from the right: a straight line down from the audience would cross the doors above.
      return { sourcePosition: Position.Left, targetPosition: Position.Right };
    case 'targetGroup':
      return { sourcePosition: Position.Left, targetPosition: Position.Right };
    default:
      return { sourcePosition: Position.Right, targetPosition: Position.Left };
  }
}

function context(spec: ScenarioSpec, structure: StageStructure, options: LayoutOptions): LayoutContext {
  const targetGroupNames = new Map(spec.targetGroups.map((group) => [group.id, group.name]));
  const paletteIndex = new Map(spec.targetGroups.map((group, index) => [group.id, index % PALETTE_SIZE]));
  const namings = new Map(
    spec.services.map((service, index) => {
      const declared = spec.taskDefinitions.find((td) => td.id === service.taskDefinitionId)?.app.instrument ?? null;
      return [service.id, namingFor(service.id, service.name, declared, index)];
    }),
  );
  // A deleted service stays on stage while its tasks drain.
  structure.services.forEach((service, index) => {
    if (!namings.has(service.id)) namings.set(service.id, namingFor(service.id, service.name, null, spec.services.length + index));
  });
  return {
    spec,
    structure,
    g: geometryFor(options.direction, options.rem ?? 16),
    lens: options.lens,
    targetGroupNames,
    namings,
    paletteIndex,
    leaving: options.leaving ?? new Set(),
  };
}

/** Places blocks: columns left to right (LR), or everything stacked and centered (TB). */
function arrange(g: Geometry, columns: readonly (readonly Block[])[]): StageNode[] {
  const nodes: StageNode[] = [];
  const place = (block: Block, x: number, y: number) => {
    for (const node of block.nodes) {
      nodes.push(node.parentId ? node : { ...node, position: { x: node.position.x + x, y: node.position.y + y } });
    }
  };
  const stackSize = (blocks: readonly Block[]) => ({
    w: Math.max(0, ...blocks.map((b) => b.w)),
    h: blocks.reduce((sum, b) => sum + b.h, 0) + g.stackGap * Math.max(0, blocks.length - 1),
  });
  const sizes = columns.map(stackSize);
  if (g.direction === 'LR') {
    const height = Math.max(...sizes.map((s) => s.h));
    let x = 0;
    columns.forEach((blocks, i) => {
      let y = (height - (sizes[i]?.h ?? 0)) / 2;
      for (const block of blocks) {
        place(block, x, y);
        y += block.h + g.stackGap;
      }
      x += (sizes[i]?.w ?? 0) + g.flowGap;
    });
  } else {
    const width = Math.max(...sizes.map((s) => s.w));
    let y = 0;
    for (const blocks of columns) {
      for (const block of blocks) {
        place(block, (width - block.w) / 2, y);
        y += block.h + g.stackGap;
      }
      y += g.flowGap - g.stackGap;
    }
  }
  return nodes;
}

function edgesOf(ctx: LayoutContext): Edge[] {
  const { spec, structure, lens } = ctx;
  const edges: Edge[] = [];
  const base = { type: 'smoothstep', pathOptions: { borderRadius: 10 }, focusable: false, selectable: false } as const;
  const audience = term(lens, 'audience').many;
  const listenerWord = term(lens, 'listener').one;
  const ruleWord = term(lens, 'rule').one;
  for (const listener of structure.listeners) {
    const door = nodeId.listener(listener.id);
    edges.push({ ...base, id: `e:audience>${door}`, source: nodeId.audience(), target: door, ariaLabel: `${audience} to ${listenerWord} ${listener.port}` });
    for (const rule of listener.rules) {
      const ruleNode = nodeId.rule(listener.id, rule.priority);
      edges.push({ ...base, id: `e:${door}>${ruleNode}`, source: door, target: ruleNode, ariaLabel: `${listenerWord} ${listener.port} reads ${ruleWord} ${rule.priority}` });
      const text = ruleText(spec, listener.id, rule.id, ctx.targetGroupNames);
      if (text.outcome.kind !== 'forward') continue;
      const weighted = text.outcome.groups.length > 1;
      for (const group of text.outcome.groups) {
        const color = `var(--tg-${ctx.paletteIndex.get(group.id) ?? 0})`;
        edges.push({
          ...base,
          id: `e:${ruleNode}>${nodeId.targetGroup(group.id)}`,
          source: ruleNode,
          target: nodeId.targetGroup(group.id),
          className: 'stage-edge-forward',
          style: { stroke: color },
          markerEnd: { type: MarkerType.ArrowClosed, color, width: 16, height: 16 },
          ...(weighted ? { label: `${group.percent}%`, labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 4 } : {}),
          ariaLabel: `${ruleWord} ${rule.priority} forwards to ${group.name}${weighted ? ` (weight ${group.weight}, ${group.percent}%)` : ''}`,
        });
      }
    }
  }
  for (const service of spec.services) {
    const naming = ctx.namings.get(service.id);
    for (const lb of service.loadBalancers) {
      if (!structure.targetGroupIds.includes(lb.targetGroupId)) continue;
      const color = `var(--tg-${ctx.paletteIndex.get(lb.targetGroupId) ?? 0})`;
      edges.push({
        ...base,
        id: `e:${nodeId.targetGroup(lb.targetGroupId)}>${nodeId.service(service.id)}`,
        source: nodeId.targetGroup(lb.targetGroupId),
        target: nodeId.service(service.id),
        className: 'stage-edge-forward',
        style: { stroke: color },
        markerEnd: { type: MarkerType.ArrowClosed, color, width: 16, height: 16 },
        ariaLabel: `${ctx.targetGroupNames.get(lb.targetGroupId) ?? lb.targetGroupId} to ${naming ? serviceLabel(lens, naming) : service.name}`,
      });
    }
  }
  return edges;
}

export function layoutStage(spec: ScenarioSpec, structure: StageStructure, options: LayoutOptions): StageLayout {
  const ctx = context(spec, structure, options);
  const audience: Block = {
    w: ctx.g.audience.w,
    h: ctx.g.audience.h,
    nodes: [
      {
        id: nodeId.audience(),
        type: 'audience',
        position: { x: 0, y: 0 },
        width: ctx.g.audience.w,
        height: ctx.g.audience.h,
        data: { listenerCount: structure.listeners.length },
        ...handles(ctx.g, 'audience'),
      },
    ],
  };
  const lbs = spec.loadBalancers.map((lb) => lbBlock(ctx, lb, handles));
  const clusters = spec.clusters.map((cluster) => clusterBlock(ctx, cluster, handles));
  const nodes = arrange(ctx.g, [[audience], lbs, [targetGroupBlock(ctx, handles)], clusters]);
  return { nodes, edges: edgesOf(ctx) };
}

export type HandlesFor = typeof handles;
