/**
 * The blocks of the front of house (the clients, a load balancer with its doors and rules, the target groups), each
 * laid out at its own origin; layout.ts places them, clusterBlock.ts lays out the cluster.
 */
import type { LoadBalancerSpec } from '../../engine';
import type { HandlesFor, LayoutContext } from './layout';
import { ruleText } from './ruleText';
import { nodeId, type StageNode } from './stageNodes';

export interface Block {
  readonly w: number;
  readonly h: number;
  /** Root nodes positioned relative to the block; children relative to their parent. */
  readonly nodes: StageNode[];
}

/** The clients: as wide as the load balancers under them (LR), or a box of their own (TB). */
export function audienceBlock(ctx: LayoutContext, handles: HandlesFor, lbs: readonly Block[]): Block {
  const { g } = ctx;
  const w = g.direction === 'LR' ? Math.max(g.audience.w, ...lbs.map((lb) => lb.w)) : g.audience.w;
  return {
    w,
    h: g.audience.h,
    nodes: [
      {
        id: nodeId.audience(),
        type: 'audience',
        position: { x: 0, y: 0 },
        width: w,
        height: g.audience.h,
        data: { listenerCount: ctx.structure.listeners.length },
        ...handles(g, 'audience'),
      },
    ],
  };
}

/** A load balancer: its header, then each door (listener) as a row with its rules indented under it. */
export function lbBlock(ctx: LayoutContext, lb: LoadBalancerSpec, handles: HandlesFor): Block {
  const { g } = ctx;
  const lbNode = nodeId.loadBalancer(lb.id);
  const children: StageNode[] = [];
  const listeners = ctx.structure.listeners.filter((listener) => listener.loadBalancerId === lb.id);
  const w = g.pad * 2 + Math.max(g.door.w, g.doorGap + g.rule.w);
  let y = g.header;
  for (const listener of listeners) {
    const n = listener.rules.length;
    const rulesY = y + g.door.h + g.ruleGap;
    children.push({
      id: nodeId.listener(listener.id),
      type: 'listener',
      parentId: lbNode,
      position: { x: g.pad, y },
      width: w - g.pad * 2,
      height: g.door.h,
      data: { listenerId: listener.id, port: listener.port, protocol: listener.protocol, ruleCount: n },
      ...handles(g, 'listener'),
    });
    listener.rules.forEach((rule, i) => {
      children.push({
        id: nodeId.rule(listener.id, rule.priority),
        type: 'rule',
        parentId: lbNode,
        position: { x: g.pad + g.doorGap, y: rulesY + i * (g.rule.h + g.ruleGap) },
        width: w - g.pad * 2 - g.doorGap,
        height: g.rule.h,
        data: { listenerId: listener.id, port: listener.port, ruleId: rule.id, priority: rule.priority, text: ruleText(ctx.spec, listener.id, rule.id, ctx.targetGroupNames) },
        ...handles(g, 'rule'),
      });
    });
    y = rulesY + n * g.rule.h + Math.max(0, n - 1) * g.ruleGap + g.listenerGap;
  }
  const h = Math.max(y - (listeners.length > 0 ? g.listenerGap : 0) + g.pad, g.header + g.pad);
  const parent: StageNode = {
    id: lbNode,
    type: 'loadBalancer',
    position: { x: 0, y: 0 },
    width: w,
    height: h,
    data: { loadBalancerId: lb.id, name: lb.name, scheme: lb.scheme },
    ...handles(g, 'loadBalancer'),
  };
  return { w, h, nodes: [parent, ...children] };
}

/** Target groups in the order rules first send to them, so edges from the rules cross as little as possible. */
export function targetGroupOrder(ctx: LayoutContext): string[] {
  const order: string[] = [];
  for (const listener of ctx.structure.listeners) {
    for (const rule of listener.rules) {
      const outcome = ruleText(ctx.spec, listener.id, rule.id, ctx.targetGroupNames).outcome;
      if (outcome.kind !== 'forward') continue;
      for (const group of outcome.groups) if (!order.includes(group.id)) order.push(group.id);
    }
  }
  for (const id of ctx.structure.targetGroupIds) if (!order.includes(id)) order.push(id);
  return order.filter((id) => ctx.structure.targetGroupIds.includes(id));
}

function healthCheckSummary(ctx: LayoutContext): string {
  const forms = new Set(
    ctx.spec.targetGroups.map((tg) => `every ${tg.healthCheck.intervalSeconds} s · ${tg.healthCheck.healthyThreshold} to pass · ${tg.healthCheck.unhealthyThreshold} to fail`),
  );
  return forms.size === 1 ? [...forms][0] ?? '' : `${forms.size} different schedules`;
}

export function targetGroupBlock(ctx: LayoutContext, handles: HandlesFor): Block {
  const { g } = ctx;
  const w = Math.max(g.stageManager.w, g.targetGroup.w);
  const nodes: StageNode[] = [
    {
      id: nodeId.stageManager(),
      type: 'stageManager',
      position: { x: (w - g.stageManager.w) / 2, y: 0 },
      width: g.stageManager.w,
      height: g.stageManager.h,
      data: { summary: healthCheckSummary(ctx) },
      ...handles(g, 'stageManager'),
    },
  ];
  let y = g.stageManager.h + g.stackGap;
  for (const id of targetGroupOrder(ctx)) {
    const spec = ctx.spec.targetGroups.find((tg) => tg.id === id);
    nodes.push({
      id: nodeId.targetGroup(id),
      type: 'targetGroup',
      position: { x: (w - g.targetGroup.w) / 2, y },
      width: g.targetGroup.w,
      height: g.targetGroup.h,
      data: { targetGroupId: id, name: spec?.name ?? id, paletteIndex: ctx.paletteIndex.get(id) ?? 0, healthCheckPath: spec?.healthCheck.path ?? '' },
      ...handles(g, 'targetGroup'),
    });
    y += g.targetGroup.h + g.stackGap;
  }
  return { w, h: y - g.stackGap, nodes };
}
