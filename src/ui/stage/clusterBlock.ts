/**
 * The cluster's block: the conductor, each service with a grid of task slots, and on EC2 the band of container
 * instances. A service's grid has room for every task it may reach (its desired count times its maximum percent,
 * MC9), so a deployment or a replacement fills an empty slot instead of growing the picture: nothing re-fits and
 * nothing jumps. Services that are not expanded (semantic zoom) keep the same room and draw no task nodes.
 */
import type { ClusterSpec } from '../../engine';
import type { Geometry } from './geometry';
import type { HandlesFor, LayoutContext } from './layout';
import { targetGroupOrder, type Block } from './layoutBlocks';
import { assignSlots } from './slots';
import { nodeId, type StageNode } from './stageNodes';
import type { StructureService, StructureTask } from './structure';

function visibleTasks(ctx: LayoutContext, tasks: readonly StructureTask[]): StructureTask[] {
  return tasks.filter((task) => !task.stopped || ctx.leaving.has(task.id));
}

/** Services in the order of the target groups that feed them, so their edges run straight across. */
function serviceOrder(ctx: LayoutContext, clusterId: string): StructureService[] {
  const groups = targetGroupOrder(ctx);
  const rank = (serviceId: string) => {
    const spec = ctx.spec.services.find((s) => s.id === serviceId);
    const first = spec?.loadBalancers.map((lb) => groups.indexOf(lb.targetGroupId)).filter((i) => i >= 0);
    return first && first.length > 0 ? Math.min(...first) : groups.length;
  };
  return ctx.structure.services
    .filter((s) => s.clusterId === clusterId)
    .map((service, index) => ({ service, index, rank: rank(service.id) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((s) => s.service);
}

/** How many tasks a service may have at once: floor(desired x maximumPercent / 100), at least desired (MC6, MC9). */
export function taskReach(desiredCount: number, maximumPercent: number): number {
  return Math.max(desiredCount, Math.floor((desiredCount * maximumPercent) / 100));
}

interface ServiceGrid {
  readonly service: StructureService;
  readonly tasks: readonly StructureTask[];
  /** Slot index per visible task. */
  readonly slots: ReadonlyMap<string, number>;
  /** Slots the grid has room for: the reach, or more while more tasks than that are on stage. */
  readonly room: number;
}

function gridOf(ctx: LayoutContext, service: StructureService): ServiceGrid {
  const tasks = visibleTasks(ctx, service.tasks);
  const spec = ctx.spec.services.find((s) => s.id === service.id);
  const reach = spec ? taskReach(spec.desiredCount, spec.deployment.maximumPercent) : 0;
  const slots = assignSlots(
    tasks.map((task) => task.id),
    ctx.slots,
  );
  const highest = Math.max(-1, ...slots.values());
  return { service, tasks, slots, room: Math.max(1, reach, tasks.length, highest + 1) };
}

function rowsOf(room: number, cols: number): number {
  return Math.max(1, Math.ceil(room / cols));
}

function taskHeight(g: Geometry, service: StructureService): number {
  // EC2 task cards carry one more line: the container instance they sit on and their host port.
  return g.task.h + (service.ec2 ? g.placeLine : 0);
}

function serviceHeight(g: Geometry, grid: ServiceGrid, cols: number): number {
  const rows = rowsOf(grid.room, cols);
  const tasksBottom = g.serviceHeader + g.lane + rows * taskHeight(g, grid.service) + (rows - 1) * g.taskGap;
  return tasksBottom + (grid.service.waiting ? g.taskGap + g.waiting : 0) + g.pad;
}

function serviceWidth(g: Geometry, cols: number): number {
  return g.pad * 2 + cols * g.task.w + (cols - 1) * g.taskGap;
}

export interface ClusterPlan {
  readonly cluster: ClusterSpec;
  readonly grids: readonly ServiceGrid[];
}

export function planCluster(ctx: LayoutContext, cluster: ClusterSpec): ClusterPlan {
  return { cluster, grids: serviceOrder(ctx, cluster.id).map((service) => gridOf(ctx, service)) };
}

/** The column counts worth trying: from the minimum up to the largest room any service needs. */
export function columnChoices(g: Geometry, plans: readonly ClusterPlan[]): number[] {
  const most = Math.max(0, ...plans.flatMap((plan) => plan.grids.map((grid) => grid.room)));
  const max = Math.max(g.minColumns, Math.min(g.maxColumns, most));
  const choices: number[] = [];
  for (let cols = g.minColumns; cols <= max; cols++) choices.push(cols);
  return choices;
}

function instancesBand(ctx: LayoutContext, clusterId: string, cols: number): { count: number; perRow: number; cardW: number; h: number } {
  const { g } = ctx;
  const count = ctx.structure.instances.filter((instance) => instance.clusterId === clusterId).length;
  if (count === 0) return { count, perRow: 0, cardW: 0, h: 0 };
  // The risers: one card per container instance, as many per row as fit, stretched to the band's width.
  const inner = serviceWidth(g, cols) - g.pad * 2;
  const perRow = Math.max(1, Math.min(count, Math.floor((inner + g.instanceGap) / (g.instance.w + g.instanceGap) + 1e-6)));
  const cardW = (inner - (perRow - 1) * g.instanceGap) / perRow;
  const rows = Math.ceil(count / perRow);
  return { count, perRow, cardW, h: g.capacityHeader + rows * g.instance.h + (rows - 1) * g.instanceGap + g.pad };
}

/** The cluster's size with `cols` task columns, without building its nodes (to choose the column count). */
export function clusterSize(ctx: LayoutContext, plan: ClusterPlan, cols: number): { w: number; h: number } {
  const { g } = ctx;
  let y = g.header + g.conductor + g.serviceGap;
  for (const grid of plan.grids) y += serviceHeight(g, grid, cols) + g.serviceGap;
  const band = instancesBand(ctx, plan.cluster.id, cols);
  if (band.count > 0) y += band.h + g.serviceGap;
  return { w: serviceWidth(g, cols) + g.pad * 2, h: Math.max(y - g.serviceGap + g.pad, g.header + g.conductor + g.pad) };
}

function expanded(ctx: LayoutContext, serviceId: string): boolean {
  return ctx.expanded === 'all' || ctx.expanded.has(serviceId);
}

export function clusterBlock(ctx: LayoutContext, plan: ClusterPlan, cols: number, handles: HandlesFor): Block {
  const { g } = ctx;
  const { cluster } = plan;
  const clusterNode = nodeId.cluster(cluster.id);
  const serviceW = serviceWidth(g, cols);
  const children: StageNode[] = [
    {
      id: nodeId.conductor(cluster.id),
      type: 'conductor',
      parentId: clusterNode,
      position: { x: g.pad, y: g.header },
      width: serviceW,
      height: g.conductor,
      data: { clusterId: cluster.id, serviceIds: plan.grids.map((grid) => grid.service.id) },
      ...handles(g, 'conductor'),
    },
  ];
  let y = g.header + g.conductor + g.serviceGap;
  const spec = ctx.spec;
  for (const grid of plan.grids) {
    const { service } = grid;
    const naming = ctx.namings.get(service.id);
    if (!naming) continue;
    const taskH = taskHeight(g, service);
    const h = serviceHeight(g, grid, cols);
    const serviceNode = nodeId.service(service.id);
    const open = expanded(ctx, service.id);
    const rows = rowsOf(grid.room, cols);
    const lastRowEmpty = rows > 1 && Math.max(-1, ...grid.slots.values()) < cols * (rows - 1);
    const serviceSpec = spec.services.find((s) => s.id === service.id);
    const room = lastRowEmpty && serviceSpec ? { reach: grid.room, desired: serviceSpec.desiredCount, maximumPercent: serviceSpec.deployment.maximumPercent } : null;
    children.push({
      id: serviceNode,
      type: 'service',
      parentId: clusterNode,
      position: { x: g.pad, y },
      width: serviceW,
      height: h,
      data: { naming, laneY: g.serviceHeader + g.lane / 2, block: !open, density: g.density, room },
      ...handles(g, 'service'),
    });
    const firstGroup = spec.services.find((s) => s.id === service.id)?.loadBalancers[0]?.targetGroupId;
    const drainMs = (spec.targetGroups.find((tg) => tg.id === firstGroup)?.deregistrationDelaySeconds ?? 0) * 1000;
    if (open) {
      for (const task of grid.tasks) {
        const slot = grid.slots.get(task.id) ?? 0;
        children.push({
          id: nodeId.task(task.id),
          type: 'task',
          parentId: serviceNode,
          position: { x: g.pad + (slot % cols) * (g.task.w + g.taskGap), y: g.serviceHeader + g.lane + Math.floor(slot / cols) * (taskH + g.taskGap) },
          width: g.task.w,
          height: taskH,
          data: { taskId: task.id, naming, drainMs, ec2: service.ec2, density: g.density },
          ...handles(g, 'task'),
        });
      }
    }
    if (service.waiting) {
      // In the wings: after the section's musicians, across the section's width, not one of them.
      children.push({
        id: nodeId.waiting(service.id),
        type: 'waiting',
        parentId: serviceNode,
        position: { x: g.pad, y: h - g.pad - g.waiting },
        width: serviceW - g.pad * 2,
        height: g.waiting,
        data: { naming },
        ...handles(g, 'waiting'),
      });
    }
    y += h + g.serviceGap;
  }
  const band = instancesBand(ctx, cluster.id, cols);
  if (band.count > 0) {
    const instances = ctx.structure.instances.filter((instance) => instance.clusterId === cluster.id);
    const bandNode = nodeId.capacity(cluster.id);
    children.push({
      id: bandNode,
      type: 'capacity',
      parentId: clusterNode,
      position: { x: g.pad, y },
      width: serviceW,
      height: band.h,
      data: { clusterId: cluster.id, count: instances.length },
      ...handles(g, 'capacity'),
    });
    instances.forEach((instance, i) => {
      children.push({
        id: nodeId.instance(instance.id),
        type: 'instance',
        parentId: bandNode,
        position: { x: g.pad + (i % band.perRow) * (band.cardW + g.instanceGap), y: g.capacityHeader + Math.floor(i / band.perRow) * (g.instance.h + g.instanceGap) },
        width: band.cardW,
        height: g.instance.h,
        data: { instanceId: instance.id },
        ...handles(g, 'instance'),
      });
    });
  }
  const { w, h } = clusterSize(ctx, plan, cols);
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
