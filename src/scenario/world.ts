/**
 * Builds the simulated resources of one or several stacks into one world. Each resource is read in its own stack's
 * context (parameters, conditions, stack name), type by type across all stacks, so a rule in one stack can attach to
 * a listener another stack built (a bundle links them by export, nested-stack output or parameter).
 */
import type { ListenerSpec, LoadBalancerSpec, ScalableTargetSpec, ServiceSpec, TargetGroupSpec, TaskDefinitionSpec } from '../engine';
import type { LoadContext } from './context';
import type { Clusters } from './resources/cluster';
import { buildListener, buildListenerRule, buildLoadBalancer, type Built, type PendingRule } from './resources/elb';
import { readAutoScalingGroup } from './resources/autoScaling';
import { buildService, settleService, type PendingService } from './resources/service';
import { buildTargetGroup } from './resources/targetGroup';
import { buildTaskDefinition } from './resources/taskDefinition';
import { buildServiceAutoScaling, CLOUDWATCH_ALARM } from './resources/serviceAutoScaling';
import {
  AUTO_SCALING_GROUP, CLUSTER, LISTENER, LISTENER_RULE, LOAD_BALANCER, SCALABLE_TARGET, SCALING_POLICY, SERVICE, TARGET_GROUP,
  TASK_DEFINITION,
} from './resourceTypes';
import type { Template, TemplateResource } from './template';
import { isRecord } from './values';


/** One stack to build: its template (IDs already unique across the world) and the context that reads it. */
export interface StackUnit {
  readonly ctx: LoadContext;
  readonly template: Template;
  /** Resources not to list as not simulated (a bundle runs the nested stacks its Stack resources name). */
  readonly handledIds?: ReadonlySet<string>;
}

export interface World {
  readonly clusters: Clusters;
  readonly taskDefinitions: Map<string, TaskDefinitionSpec>;
  readonly targetGroups: TargetGroupSpec[];
  readonly loadBalancers: LoadBalancerSpec[];
  readonly listeners: ListenerSpec[];
  readonly pendingRules: PendingRule[];
  readonly services: ServiceSpec[];
  readonly notSimulated: Set<string>;
  /** Target groups any listener or rule forwards to, broken rules included. */
  readonly forwarded: Set<string>;
  /** Service Auto Scaling: a scalable target per scaled service, with its policies. */
  scaling: ScalableTargetSpec[];
}

// An Auto Scaling group runs as the container instances of its cluster; its launch template only sizes them.
const SIMULATED_TYPES: ReadonlySet<string> = new Set([
  CLUSTER, TASK_DEFINITION, SERVICE, LOAD_BALANCER, LISTENER, LISTENER_RULE, TARGET_GROUP, AUTO_SCALING_GROUP,
  SCALABLE_TARGET, SCALING_POLICY,
]);

/** Scalable targets and policies once the services are known; what cannot run is listed as not simulated. */
function addAutoScaling(units: readonly StackUnit[], world: World): void {
  const types = new Set([SCALABLE_TARGET, SCALING_POLICY, CLOUDWATCH_ALARM]);
  const read = units.flatMap((unit) => kept(unit).filter((r) => types.has(r.type)).map((resource) => ({ ctx: unit.ctx, resource })));
  if (!read.some((r) => r.resource.type === SCALABLE_TARGET)) {
    for (const r of read) if (r.resource.type !== CLOUDWATCH_ALARM) world.notSimulated.add(r.resource.logicalId);
    return;
  }
  const clusterNames = world.clusters.names();
  const built = buildServiceAutoScaling(read, { services: world.services, targetGroups: world.targetGroups, clusterNames });
  world.scaling = built.targets;
  for (const r of read) {
    if (built.simulated.has(r.resource.logicalId)) world.notSimulated.delete(r.resource.logicalId);
    else if (r.resource.type !== CLOUDWATCH_ALARM) world.notSimulated.add(r.resource.logicalId);
  }
}

function kept(unit: StackUnit): TemplateResource[] {
  return unit.template.resources.filter((r) => unit.ctx.kept.has(r.logicalId));
}

function note(unit: StackUnit, world: World): void {
  const { ctx } = unit;
  for (const resource of kept(unit)) {
    if (!SIMULATED_TYPES.has(resource.type) && !unit.handledIds?.has(resource.logicalId)) world.notSimulated.add(resource.logicalId);
    const readsMetadata = resource.type === TASK_DEFINITION || resource.type === CLUSTER;
    if (!readsMetadata && isRecord(resource.metadata) && 'EcsOrchestra' in resource.metadata) {
      ctx.sink.warn(resource.logicalId, 'Metadata.EcsOrchestra', 'Metadata.EcsOrchestra is read only on clusters, task definitions and at template level; ignored here.');
    }
  }
}

export function buildWorld(units: readonly StackUnit[], clusters: Clusters): World {
  const world: World = {
    clusters, taskDefinitions: new Map(), targetGroups: [], loadBalancers: [], listeners: [],
    pendingRules: [], services: [], notSimulated: new Set(), forwarded: new Set(), scaling: [],
  };
  /** Each type in every stack before the next type, so references across stacks find what they name. */
  const each = (type: string, build: (ctx: LoadContext, r: TemplateResource) => void): void => {
    for (const unit of units) for (const r of kept(unit)) if (r.type === type) build(unit.ctx, r);
  };
  const place = <T>(built: Built<T>, id: string, into: T[]): void => {
    if (built === 'not-simulated') world.notSimulated.add(id);
    else if (built !== null) into.push(built);
  };
  for (const unit of units) note(unit, world);
  each(CLUSTER, (ctx, r) => world.clusters.add(r, ctx));
  each(TASK_DEFINITION, (ctx, r) => world.taskDefinitions.set(r.logicalId, buildTaskDefinition(ctx, r)));
  each(TARGET_GROUP, (ctx, r) => world.targetGroups.push(buildTargetGroup(ctx, r)));
  each(LOAD_BALANCER, (ctx, r) => place(buildLoadBalancer(ctx, r), r.logicalId, world.loadBalancers));
  const lbIds = new Set(world.loadBalancers.map((lb) => lb.id));
  each(LISTENER, (ctx, r) => place(buildListener(ctx, r, lbIds, world.forwarded), r.logicalId, world.listeners));
  const listenerIds = new Set(world.listeners.map((l) => l.id));
  each(LISTENER_RULE, (ctx, r) => place(buildListenerRule(ctx, r, listenerIds, world.forwarded), r.logicalId, world.pendingRules));
  const pending: PendingService[] = [];
  each(SERVICE, (ctx, r) => {
    const built = buildService(ctx, r, world.taskDefinitions, world.clusters);
    if (built && 'skipped' in built) world.notSimulated.add(r.logicalId);
    else if (built) pending.push(built);
  });
  // Groups join clusters only now: services may have added implicit clusters, and "the only cluster" counts them.
  each(AUTO_SCALING_GROUP, (ctx, r) => {
    if (world.clusters.join(readAutoScalingGroup(ctx, r), ctx) === null) world.notSimulated.add(r.logicalId);
  });
  for (const service of pending) {
    const settled = settleService(service, world.clusters.hasCapacity(service.spec.clusterId));
    if (settled.launchType === 'EC2') world.clusters.runsEc2(settled.clusterId);
    world.services.push(settled);
  }
  addAutoScaling(units, world);
  return world;
}
