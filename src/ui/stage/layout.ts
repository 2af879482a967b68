/**
 * The stage's picture as a pure function: scenario spec + world structure -> React Flow nodes and edges. Order of
 * the nodes is the order a request meets things (audience, load balancer, listener, its rules, target groups,
 * cluster, services, tasks), which is also the DOM order and so the keyboard's Tab order.
 */
import { MarkerType, Position, type Edge } from '@xyflow/react';
import type { ScenarioSpec } from '../../engine';
import { namingFor, serviceLabel, type ServiceNaming } from '../../lens/names';
import { term, type Lens } from '../../lens/vocabulary';
import { geometryFor, type Density, type Direction, type Geometry } from './geometry';
import { clusterBlock, clusterSize, columnChoices, planCluster, type ClusterPlan } from './clusterBlock';
import { audienceBlock, lbBlock, targetGroupBlock, type Block } from './layoutBlocks';
import { ruleText } from './ruleText';
import { nodeId, PALETTE_SIZE, type StageNode } from './stageNodes';
import type { StageStructure } from './structure';

export interface LayoutOptions {
  readonly direction: Direction;
  readonly lens: Lens;
  /** Task cards or chips (left to right only; top to bottom always has cards). */
  readonly density?: Density;
  /** Pixels per rem (16 unless presenter mode enlarges the root font). */
  readonly rem?: number;
  /** STOPPED tasks still on their way out (they get an exit animation); other STOPPED tasks are left off. */
  readonly leaving?: ReadonlySet<string>;
  /**
   * Which services draw their tasks: 'all', or the IDs of those that do while the rest draw as one block with
   * their counts (semantic zoom). Their room is the same either way, so nothing moves when they open.
   */
  readonly expanded?: 'all' | ReadonlySet<string>;
  /** The slot of each task in its service's grid (slots.ts keeps them still); launch order when left out. */
  readonly slots?: ReadonlyMap<string, number>;
  /**
   * The stage's pane in pixels: tasks per row are chosen so the whole picture fits it at the largest zoom. Without
   * it, a 4:3 pane.
   */
  readonly viewport?: { readonly w: number; readonly h: number } | null;
}

export interface StageLayout {
  readonly nodes: StageNode[];
  readonly edges: Edge[];
  /** The picture's size in flow units (what fitting the stage frames). */
  readonly bounds: { readonly w: number; readonly h: number };
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
  readonly expanded: 'all' | ReadonlySet<string>;
  readonly slots: ReadonlyMap<string, number> | null;
}

function handles(g: Geometry, kind: StageNode['type']): Pick<StageNode, 'sourcePosition' | 'targetPosition'> {
  // A door sits above its rules, which are indented under it: door to rule edges run down its left side.
  if (kind === 'listener' && g.direction === 'LR') return { sourcePosition: Position.Left, targetPosition: Position.Left };
  if (g.direction === 'LR') {
    // The clients sit on top of the load balancer's column; their edges run down the gutter on its left.
    if (kind === 'audience') return { sourcePosition: Position.Left, targetPosition: Position.Top };
    return { sourcePosition: Position.Right, targetPosition: Position.Left };
  }
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
    g: geometryFor(options.direction, options.rem ?? 16, options.density ?? 'cards'),
    lens: options.lens,
    targetGroupNames,
    namings,
    paletteIndex,
    leaving: options.leaving ?? new Set(),
    expanded: options.expanded ?? 'all',
    slots: options.slots ?? null,
  };
}

function stackSize(g: Geometry, blocks: readonly Block[]): { w: number; h: number } {
  return {
    w: Math.max(0, ...blocks.map((b) => b.w)),
    h: blocks.reduce((sum, b) => sum + b.h, 0) + g.stackGap * Math.max(0, blocks.length - 1),
  };
}

/** Places blocks: columns left to right (LR), or everything stacked and centered (TB). */
function arrange(g: Geometry, columns: readonly (readonly Block[])[]): { nodes: StageNode[]; w: number; h: number } {
  const nodes: StageNode[] = [];
  const place = (block: Block, x: number, y: number) => {
    for (const node of block.nodes) {
      nodes.push(node.parentId ? node : { ...node, position: { x: node.position.x + x, y: node.position.y + y } });
    }
  };
  const sizes = columns.map((blocks) => stackSize(g, blocks));
  if (g.direction === 'LR') {
    const height = Math.max(...sizes.map((s) => s.h));
    let x = g.gutter;
    columns.forEach((blocks, i) => {
      let y = (height - (sizes[i]?.h ?? 0)) / 2;
      for (const block of blocks) {
        place(block, x, y);
        y += block.h + g.stackGap;
      }
      x += (sizes[i]?.w ?? 0) + g.flowGap;
    });
    return { nodes, w: x - g.flowGap, h: height };
  }
  const width = Math.max(...sizes.map((s) => s.w));
  let y = 0;
  for (const blocks of columns) {
    for (const block of blocks) {
      place(block, (width - block.w) / 2, y);
      y += block.h + g.stackGap;
    }
    y += g.flowGap - g.stackGap;
  }
  return { nodes, w: width, h: y - g.flowGap };
}

function edgesOf(ctx: LayoutContext): Edge[] {
  const { spec, structure, lens, g } = ctx;
  const edges: Edge[] = [];
  const base = { type: 'smoothstep', pathOptions: { borderRadius: 10 }, focusable: false, selectable: false } as const;
  // Inside the load balancer the door-to-rule edges turn close to the door, within the box's padding.
  const inside = { ...base, pathOptions: { borderRadius: 6, offset: Math.max(4, g.pad * 0.75) } } as const;
  const audience = term(lens, 'audience').many;
  const listenerWord = term(lens, 'listener').one;
  const ruleWord = term(lens, 'rule').one;
  for (const listener of structure.listeners) {
    const door = nodeId.listener(listener.id);
    edges.push({ ...base, id: `e:audience>${door}`, source: nodeId.audience(), target: door, ariaLabel: `${audience} to ${listenerWord} ${listener.port}` });
    for (const rule of listener.rules) {
      const ruleNode = nodeId.rule(listener.id, rule.priority);
      edges.push({ ...inside, id: `e:${door}>${ruleNode}`, source: door, target: ruleNode, ariaLabel: `${listenerWord} ${listener.port} reads ${ruleWord} ${rule.priority}` });
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

const DEFAULT_VIEWPORT = { w: 1000, h: 750 };

/**
 * How many task slots per row: the count whose whole picture fits the pane at the largest zoom (fewer columns
 * when two fit alike), so a few small services stay compact and many big ones spread sideways.
 */
function chooseColumns(ctx: LayoutContext, front: readonly (readonly Block[])[], plans: readonly ClusterPlan[], viewport: { w: number; h: number }): number {
  const { g } = ctx;
  const fronts = front.map((blocks) => stackSize(g, blocks));
  let best = g.minColumns;
  let bestZoom = -Infinity;
  for (const cols of columnChoices(g, plans)) {
    const sizes = plans.map((plan) => clusterSize(ctx, plan, cols));
    const stack = { w: Math.max(0, ...sizes.map((s) => s.w)), h: sizes.reduce((sum, s) => sum + s.h, 0) + g.stackGap * Math.max(0, sizes.length - 1) };
    const columns = [...fronts, stack];
    const w =
      g.direction === 'LR' ? g.gutter + columns.reduce((sum, c) => sum + c.w, 0) + g.flowGap * (columns.length - 1) : Math.max(...columns.map((c) => c.w));
    const h = g.direction === 'LR' ? Math.max(...columns.map((c) => c.h)) : columns.reduce((sum, c) => sum + c.h, 0) + g.flowGap * (columns.length - 1);
    const zoom = Math.min(viewport.w / w, viewport.h / h);
    if (zoom > bestZoom * 1.001) {
      best = cols;
      bestZoom = zoom;
    }
  }
  return best;
}

export function layoutStage(spec: ScenarioSpec, structure: StageStructure, options: LayoutOptions): StageLayout {
  const ctx = context(spec, structure, options);
  const lbs = spec.loadBalancers.map((lb) => lbBlock(ctx, lb, handles));
  const audience = audienceBlock(ctx, handles, lbs);
  // Left to right the clients head the load balancer's column; top to bottom they come first, on their own.
  const front = ctx.g.direction === 'LR' ? [[audience, ...lbs], [targetGroupBlock(ctx, handles)]] : [[audience], lbs, [targetGroupBlock(ctx, handles)]];
  const plans = spec.clusters.map((cluster) => planCluster(ctx, cluster));
  const cols = chooseColumns(ctx, front, plans, options.viewport ?? DEFAULT_VIEWPORT);
  const clusters = plans.map((plan) => clusterBlock(ctx, plan, cols, handles));
  const { nodes, w, h } = arrange(ctx.g, [...front, clusters]);
  return { nodes, edges: edgesOf(ctx), bounds: { w, h } };
}

export type HandlesFor = typeof handles;
