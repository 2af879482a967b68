/** The three kinds of block the stage is made of, each laid out at its own origin; layout.ts places them. */
import type { ClusterSpec, LoadBalancerSpec } from '../../engine';
import type { Geometry } from './geometry';
import type { HandlesFor, LayoutContext } from './layout';
import { ruleText } from './ruleText';
import { nodeId, type StageNode } from './stageNodes';
import type { StructureTask } from './structure';

export interface Block {
  readonly w: number;
  readonly h: number;
  /** Root nodes positioned relative to the block; children relative to their parent. */
  readonly nodes: StageNode[];
}

export function lbBlock(ctx: LayoutContext, lb: LoadBalancerSpec, handles: HandlesFor): Block {
  const { g } = ctx;
  const lbNode = nodeId.loadBalancer(lb.id);
  const children: StageNode[] = [];
  const listeners = ctx.structure.listeners.filter((listener) => listener.loadBalancerId === lb.id);
  let y = g.header;
  for (const listener of listeners) {
    const n = listener.rules.length;
    const rulesH = n * g.rule.h + Math.max(0, n - 1) * g.ruleGap;
    let doorY: number;
    let rulesX: number;
    let rulesY: number;
    if (g.direction === 'LR') {
      const blockH = Math.max(g.door.h, rulesH);
      doorY = y + (blockH - g.door.h) / 2;
      rulesX = g.pad + g.door.w + g.doorGap;
      rulesY = y + (blockH - rulesH) / 2;
      y += blockH + g.listenerGap;
    } else {
      doorY = y;
      rulesX = g.pad + g.doorGap;
      rulesY = y + g.door.h + g.ruleGap;
      y = rulesY + rulesH + g.listenerGap;
    }
    children.push({
      id: nodeId.listener(listener.id),
      type: 'listener',
      parentId: lbNode,
      position: { x: g.pad, y: doorY },
      width: g.door.w,
      height: g.door.h,
      data: { listenerId: listener.id, port: listener.port, protocol: listener.protocol, ruleCount: n },
      ...handles(g, 'listener'),
    });
    listener.rules.forEach((rule, i) => {
      children.push({
        id: nodeId.rule(listener.id, rule.priority),
        type: 'rule',
        parentId: lbNode,
        position: { x: rulesX, y: rulesY + i * (g.rule.h + g.ruleGap) },
        width: g.rule.w,
        height: g.rule.h,
        data: { listenerId: listener.id, port: listener.port, ruleId: rule.id, priority: rule.priority, text: ruleText(ctx.spec, listener.id, rule.id, ctx.targetGroupNames) },
        ...handles(g, 'rule'),
      });
    });
  }
  const w = g.direction === 'LR' ? g.pad * 2 + g.door.w + g.doorGap + g.rule.w : g.pad * 2 + Math.max(g.door.w, g.doorGap + g.rule.w);
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
function targetGroupOrder(ctx: LayoutContext): string[] {
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

function visibleTasks(ctx: LayoutContext, tasks: readonly StructureTask[]): StructureTask[] {
  return tasks.filter((task) => !task.stopped || ctx.leaving.has(task.id));
}

/** Services in the order of the target groups that feed them, so their edges run straight across. */
function serviceOrder(ctx: LayoutContext, clusterId: string): string[] {
  const groups = targetGroupOrder(ctx);
  const rank = (serviceId: string) => {
    const spec = ctx.spec.services.find((s) => s.id === serviceId);
    const first = spec?.loadBalancers.map((lb) => groups.indexOf(lb.targetGroupId)).filter((i) => i >= 0);
    return first && first.length > 0 ? Math.min(...first) : groups.length;
  };
  const ids = ctx.structure.services.filter((s) => s.clusterId === clusterId).map((s) => s.id);
  return ids.map((id, index) => ({ id, index, rank: rank(id) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((s) => s.id);
}

/** The cluster's shape for each candidate column count should be near this (width / height), like a wide stage. */
const CLUSTER_ASPECT = 1.4;

/**
 * How many tasks a service shows per row: at least the minimum, at most as many as the largest service has, and
 * within that the count that gives the cluster the most stage-like shape (many big services spread sideways
 * instead of making a tower that fits the screen only when tiny).
 */
export function taskColumns(g: Geometry, counts: readonly number[]): number {
  const most = Math.max(0, ...counts);
  const max = Math.max(g.minColumns, Math.min(g.maxColumns, most));
  let best = g.minColumns;
  let bestScore = Infinity;
  for (let cols = g.minColumns; cols <= max; cols++) {
    const width = cols * (g.task.w + g.taskGap);
    const height = counts.reduce((sum, n) => sum + g.serviceHeader + g.lane + Math.max(1, Math.ceil(n / cols)) * (g.task.h + g.taskGap), 0);
    const score = Math.abs(Math.log(width / Math.max(height, 1) / CLUSTER_ASPECT));
    if (score < bestScore - 1e-9) {
      best = cols;
      bestScore = score;
    }
  }
  return best;
}

export function clusterBlock(ctx: LayoutContext, cluster: ClusterSpec, handles: HandlesFor): Block {
  const { g } = ctx;
  const clusterNode = nodeId.cluster(cluster.id);
  const cols = taskColumns(
    g,
    ctx.structure.services.map((s) => visibleTasks(ctx, s.tasks).length),
  );
  const serviceW = g.pad * 2 + cols * g.task.w + (cols - 1) * g.taskGap;
  const w = serviceW + g.pad * 2;
  const serviceIds = serviceOrder(ctx, cluster.id);
  const children: StageNode[] = [
    {
      id: nodeId.conductor(cluster.id),
      type: 'conductor',
      parentId: clusterNode,
      position: { x: g.pad, y: g.header },
      width: serviceW,
      height: g.conductor,
      data: { clusterId: cluster.id, serviceIds },
      ...handles(g, 'conductor'),
    },
  ];
  let y = g.header + g.conductor + g.serviceGap;
  const spec = ctx.spec;
  for (const serviceId of serviceIds) {
    const service = ctx.structure.services.find((s) => s.id === serviceId);
    const naming = ctx.namings.get(serviceId);
    if (!service || !naming) continue;
    const tasks = visibleTasks(ctx, service.tasks);
    // EC2 task cards carry one more line: the container instance they sit on and their host port.
    const taskH = g.task.h + (service.ec2 ? g.placeLine : 0);
    const rows = Math.max(1, Math.ceil(tasks.length / cols));
    const tasksBottom = g.serviceHeader + g.lane + rows * taskH + (rows - 1) * g.taskGap;
    const h = tasksBottom + (service.waiting ? g.taskGap + g.waiting : 0) + g.pad;
    const serviceNode = nodeId.service(serviceId);
    children.push({
      id: serviceNode,
      type: 'service',
      parentId: clusterNode,
      position: { x: g.pad, y },
      width: serviceW,
      height: h,
      data: { naming, laneY: g.serviceHeader + g.lane / 2 },
      ...handles(g, 'service'),
    });
    const firstGroup = spec.services.find((s) => s.id === serviceId)?.loadBalancers[0]?.targetGroupId;
    const drainMs = (spec.targetGroups.find((tg) => tg.id === firstGroup)?.deregistrationDelaySeconds ?? 0) * 1000;
    tasks.forEach((task, i) => {
      children.push({
        id: nodeId.task(task.id),
        type: 'task',
        parentId: serviceNode,
        position: { x: g.pad + (i % cols) * (g.task.w + g.taskGap), y: g.serviceHeader + g.lane + Math.floor(i / cols) * (taskH + g.taskGap) },
        width: g.task.w,
        height: taskH,
        data: { taskId: task.id, naming, drainMs, ec2: service.ec2 },
        ...handles(g, 'task'),
      });
    });
    if (service.waiting) {
      // In the wings: after the section's musicians, across the section's width, not one of them.
      children.push({
        id: nodeId.waiting(serviceId),
        type: 'waiting',
        parentId: serviceNode,
        position: { x: g.pad, y: tasksBottom + g.taskGap },
        width: serviceW - g.pad * 2,
        height: g.waiting,
        data: { naming },
        ...handles(g, 'waiting'),
      });
    }
    y += h + g.serviceGap;
  }
  const instances = ctx.structure.instances.filter((instance) => instance.clusterId === cluster.id);
  if (instances.length > 0) {
    // The risers: one card per container instance, as many per row as fit, stretched to the band's width.
    const inner = serviceW - g.pad * 2;
    const perRow = Math.max(1, Math.min(instances.length, Math.floor((inner + g.instanceGap) / (g.instance.w + g.instanceGap) + 1e-6)));
    const cardW = (inner - (perRow - 1) * g.instanceGap) / perRow;
    const rows = Math.ceil(instances.length / perRow);
    const bandH = g.capacityHeader + rows * g.instance.h + (rows - 1) * g.instanceGap + g.pad;
    const band = nodeId.capacity(cluster.id);
    children.push({
      id: band,
      type: 'capacity',
      parentId: clusterNode,
      position: { x: g.pad, y },
      width: serviceW,
      height: bandH,
      data: { clusterId: cluster.id, count: instances.length },
      ...handles(g, 'capacity'),
    });
    instances.forEach((instance, i) => {
      children.push({
        id: nodeId.instance(instance.id),
        type: 'instance',
        parentId: band,
        position: { x: g.pad + (i % perRow) * (cardW + g.instanceGap), y: g.capacityHeader + Math.floor(i / perRow) * (g.instance.h + g.instanceGap) },
        width: cardW,
        height: g.instance.h,
        data: { instanceId: instance.id },
        ...handles(g, 'instance'),
      });
    });
    y += bandH + g.serviceGap;
  }
  const h = Math.max(y - g.serviceGap + g.pad, g.header + g.conductor + g.pad);
  const parent: StageNode = {
    id: clusterNode,
    type: 'cluster',
    position: { x: 0, y: 0 },
    width: w,
    height: h,
    data: { clusterId: cluster.id, name: cluster.name },
    ...handles(g, 'cluster'),
  };
  return { w, h, nodes: [parent, ...children] };
}
