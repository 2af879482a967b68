/**
 * Loads a CloudFormation template into the world a simulation starts from: every problem is collected (never only
 * the first), and a bad file never throws.
 */
import type { ListenerSpec, LoadBalancerSpec, ScenarioSpec, ServiceSpec, TargetGroupSpec, TaskDefinitionSpec } from '../engine/spec';
import { LoadContext } from './context';
import { DEFAULT_SEED } from './defaults';
import type { ScenarioIssue } from './issues';
import { IssueSink } from './issueSink';
import { parseScenarioSettings, toTrafficSpec } from './metadata';
import { scanReferences } from './references';
import { Clusters } from './resources/cluster';
import { assignPriorities, buildListener, buildListenerRule, buildLoadBalancer, type PendingRule } from './resources/elb';
import { readAutoScalingGroup } from './resources/autoScaling';
import { buildService, settleService, type PendingService } from './resources/service';
import { buildTargetGroup } from './resources/targetGroup';
import { buildTaskDefinition } from './resources/taskDefinition';
import {
  AUTO_SCALING_GROUP, CLUSTER, LISTENER, LISTENER_RULE, LOAD_BALANCER, SCALABLE_TARGET, SCALING_POLICY, SERVICE, TARGET_GROUP,
  TASK_DEFINITION,
} from './resourceTypes';
import { parseScript } from './script';
import { readTemplate, parseInput, type Template, type TemplateResource } from './template';
import { resolveOutputs } from './outputs';
import { validateEcs } from './validate/ecsValidation';
import { validateElb } from './validate/elbValidation';
import { validateScriptAndTraffic } from './validate/scriptReferences';
import { isRecord } from './values';

export interface LoadOptions {
  /** Used for the default stack name (without its extension). */
  readonly fileName?: string;
  readonly stackName?: string;
  /** Parameter values; they win over `Metadata.EcsOrchestra.parameters` and `Default`. */
  readonly parameters?: Readonly<Record<string, string>>;
}

export interface NotSimulatedResource {
  readonly logicalId: string;
  readonly type: string;
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly spec: ScenarioSpec;
      readonly warnings: ScenarioIssue[];
      readonly notSimulated: NotSimulatedResource[];
      readonly outputs: Record<string, string>;
    }
  | { readonly ok: false; readonly errors: ScenarioIssue[]; readonly warnings: ScenarioIssue[] };

export const AUTO_SCALING_NOT_SIMULATED = 'Application Auto Scaling is not simulated yet: this resource is listed, and the service keeps its desired count.';

function stackNameOf(options: LoadOptions): string {
  if (options.stackName) return options.stackName;
  const base = options.fileName?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '');
  return base || 'scenario';
}

interface World {
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
}

function buildWorld(ctx: LoadContext, template: Template): World {
  const kept = template.resources.filter((r) => ctx.kept.has(r.logicalId));
  const ofType = (type: string): TemplateResource[] => kept.filter((r) => r.type === type);
  const world: World = {
    clusters: new Clusters(ctx), taskDefinitions: new Map(), targetGroups: [], loadBalancers: [], listeners: [],
    pendingRules: [], services: [], notSimulated: new Set(), forwarded: new Set(),
  };
  // An Auto Scaling group runs as the container instances of its cluster; its launch template only sizes them.
  const simulatedTypes = new Set([CLUSTER, TASK_DEFINITION, SERVICE, LOAD_BALANCER, LISTENER, LISTENER_RULE, TARGET_GROUP, AUTO_SCALING_GROUP]);
  for (const resource of kept) {
    if (!simulatedTypes.has(resource.type)) world.notSimulated.add(resource.logicalId);
    if (resource.type === SCALABLE_TARGET || resource.type === SCALING_POLICY) ctx.sink.warn(resource.logicalId, '', AUTO_SCALING_NOT_SIMULATED);
    const readsMetadata = resource.type === TASK_DEFINITION || resource.type === CLUSTER;
    if (!readsMetadata && isRecord(resource.metadata) && 'EcsOrchestra' in resource.metadata) {
      ctx.sink.warn(resource.logicalId, 'Metadata.EcsOrchestra', 'Metadata.EcsOrchestra is read only on clusters, task definitions and at template level; ignored here.');
    }
  }
  for (const r of ofType(CLUSTER)) world.clusters.add(r);
  for (const r of ofType(TASK_DEFINITION)) world.taskDefinitions.set(r.logicalId, buildTaskDefinition(ctx, r));
  for (const r of ofType(TARGET_GROUP)) world.targetGroups.push(buildTargetGroup(ctx, r));
  const place = <T>(built: T | 'not-simulated' | null, id: string, into: T[]): void => {
    if (built === 'not-simulated') world.notSimulated.add(id);
    else if (built !== null) into.push(built);
  };
  for (const r of ofType(LOAD_BALANCER)) place(buildLoadBalancer(ctx, r), r.logicalId, world.loadBalancers);
  const lbIds = new Set(world.loadBalancers.map((lb) => lb.id));
  for (const r of ofType(LISTENER)) place(buildListener(ctx, r, lbIds, world.forwarded), r.logicalId, world.listeners);
  const listenerIds = new Set(world.listeners.map((l) => l.id));
  for (const r of ofType(LISTENER_RULE)) place(buildListenerRule(ctx, r, listenerIds, world.forwarded), r.logicalId, world.pendingRules);
  const pending: PendingService[] = [];
  for (const r of ofType(SERVICE)) {
    const built = buildService(ctx, r, world.taskDefinitions, world.clusters);
    if (built && 'skipped' in built) world.notSimulated.add(r.logicalId);
    else if (built) pending.push(built);
  }
  // Groups join clusters only now: services may have added implicit clusters, and "the only cluster" counts them.
  for (const r of ofType(AUTO_SCALING_GROUP)) {
    if (world.clusters.join(readAutoScalingGroup(ctx, r)) === null) world.notSimulated.add(r.logicalId);
  }
  for (const service of pending) {
    const settled = settleService(service, world.clusters.hasCapacity(service.spec.clusterId));
    if (settled.launchType === 'EC2') world.clusters.runsEc2(settled.clusterId);
    world.services.push(settled);
  }
  return world;
}

function load(input: unknown, options: LoadOptions, sink: IssueSink): LoadResult {
  const fail = (): LoadResult => ({ ok: false, errors: sink.errors, warnings: sink.warnings });
  const doc = parseInput(input, sink);
  if (sink.hasErrors) return fail();
  const template = readTemplate(doc, sink);
  if (!template) return fail();
  const settings = parseScenarioSettings(template.metadata, sink) ?? {};
  const metadataParameters = Object.fromEntries(Object.entries(settings.parameters ?? {}).map(([k, v]) => [k, String(v)]));
  const stackName = stackNameOf(options);
  const ctx = new LoadContext(template, sink, stackName, { metadata: metadataParameters, options: options.parameters ?? {} });
  if (template.transform !== undefined) {
    const names = [template.transform].flat().map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(', ');
    sink.warn('Transform', '', `Transform ${names} is not simulated yet: the template is read as written, so resources the transform would create are missing and its own types are listed as not simulated.`);
  }
  scanReferences({ template, sink, conditions: ctx.conditions, kept: ctx.kept });
  const world = buildWorld(ctx, template);
  const script = parseScript(settings.script, sink);
  const spec: ScenarioSpec = {
    title: settings.title ?? stackName,
    summary: settings.summary ?? template.description ?? '',
    seed: settings.seed ?? DEFAULT_SEED,
    clusters: world.clusters.build(),
    taskDefinitions: [...world.taskDefinitions.values()],
    services: world.services,
    loadBalancers: world.loadBalancers,
    listeners: world.listeners,
    rules: assignPriorities(world.pendingRules),
    targetGroups: world.targetGroups,
    traffic: toTrafficSpec(settings.traffic),
    script: script.entries,
  };
  validateEcs(spec, world.forwarded, sink);
  validateScriptAndTraffic(spec, script.writtenIndex, sink);
  sink.addAll(validateElb(spec));
  const outputs = resolveOutputs(ctx);
  if (sink.hasErrors) return fail();
  const notSimulated = template.resources
    .filter((r) => world.notSimulated.has(r.logicalId))
    .map((r) => ({ logicalId: r.logicalId, type: r.type }));
  return { ok: true, spec, warnings: sink.warnings, notSimulated, outputs };
}

/** Never throws: an unexpected failure is reported as an error like any other problem. */
export function loadScenario(input: unknown, options: LoadOptions = {}): LoadResult {
  const sink = new IssueSink();
  try {
    return load(input, options, sink);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sink.error('Template', '', `The scenario could not be loaded: ${message}`);
    return { ok: false, errors: sink.errors, warnings: sink.warnings };
  }
}
