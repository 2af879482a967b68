/**
 * What narration needs to know about the scenario to name things: each service's ServiceName and instrument, each
 * target group's name. Events carry logical IDs; learners read names, so the context translates.
 */
import type { Command, NetworkMode, ScenarioSpec } from '../engine';
import { instrumentPlural, namingFor, taskLabel, type ServiceNaming } from './names';
import type { Instrument, Lens } from './vocabulary';

export interface ServiceNarration extends ServiceNaming {
  /** Logical IDs of the target groups its tasks register in. */
  readonly targetGroupIds: readonly string[];
  /** Its task definition's network mode: only awsvpc tasks have a network interface of their own. */
  readonly networkMode: NetworkMode;
}

export interface TargetGroupNarration {
  readonly name: string;
  readonly deregistrationDelaySeconds: number;
}

export interface NarrationContext {
  /** Service logical ID -> its names. */
  readonly services: ReadonlyMap<string, ServiceNarration>;
  /** Target group logical ID -> its name and delay. */
  readonly targetGroups: ReadonlyMap<string, TargetGroupNarration>;
  /** Cluster logical ID -> ClusterName. */
  readonly clusters: ReadonlyMap<string, string>;
  /** The scenario's own script, as `scriptKey`s: what it does is not the learner's doing. */
  readonly scripted: ReadonlySet<string>;
}

/** A command at a moment (ms), as the scenario's script and the engine's command.applied event both give it. */
export function scriptKey(atMs: number, command: Command): string {
  return `${atMs} ${JSON.stringify(command)}`;
}

export function buildNarrationContext(spec: ScenarioSpec): NarrationContext {
  const services = new Map<string, ServiceNarration>();
  spec.services.forEach((service, index) => {
    const taskDef = spec.taskDefinitions.find((candidate) => candidate.id === service.taskDefinitionId);
    services.set(service.id, {
      ...namingFor(service.id, service.name, taskDef?.app.instrument ?? null, index),
      targetGroupIds: service.loadBalancers.map((lb) => lb.targetGroupId),
      networkMode: taskDef?.networkMode ?? 'awsvpc',
    });
  });
  const targetGroups = new Map<string, TargetGroupNarration>();
  for (const group of spec.targetGroups) {
    targetGroups.set(group.id, { name: group.name, deregistrationDelaySeconds: group.deregistrationDelaySeconds });
  }
  const clusters = new Map(spec.clusters.map((cluster) => [cluster.id, cluster.name]));
  const scripted = new Set(spec.script.map((entry) => scriptKey(Math.round(entry.at * 1000), entry.command)));
  return { services, targetGroups, clusters, scripted };
}

const contexts = new WeakMap<ScenarioSpec, NarrationContext>();

/** One context per spec object, so components can call it in render and selectors. */
export function narrationContextFor(spec: ScenarioSpec): NarrationContext {
  let context = contexts.get(spec);
  if (!context) {
    context = buildNarrationContext(spec);
    contexts.set(spec, context);
  }
  return context;
}

/** Task IDs are "<service logical ID>-<n>" (the engine names them so). */
export function serviceOfTask(ctx: NarrationContext, taskId: string): ServiceNarration | null {
  const serviceId = taskId.replace(/-\d+$/, '');
  return ctx.services.get(serviceId) ?? null;
}

export function targetGroupName(ctx: NarrationContext, id: string): string {
  return ctx.targetGroups.get(id)?.name ?? id;
}

/** ECS writes target groups as ARNs; the name is the part after "targetgroup/". */
export function targetGroupNameFromArn(arn: string): string {
  const match = /targetgroup\/([^/]+)\//.exec(arn);
  return match?.[1] ?? arn;
}

const TARGET_GROUP_ARN = /arn:aws:elasticloadbalancing:[^:\s]*:\d*:targetgroup\/([^/\s)]+)\/[0-9a-f]+/g;

/**
 * Narration names things by their short IDs: every target group ARN in a sentence becomes the group's name
 * ("(target-group web-tg)"). The full ARN is in the target group's inspector.
 */
export function shortArns(text: string): string {
  return text.replace(TARGET_GROUP_ARN, (_arn, name: string) => name);
}

const PLAYER: Record<Instrument, string> = {
  violin: 'violinist',
  saxophone: 'saxophonist',
  cello: 'cellist',
  trumpet: 'trumpeter',
  drum: 'drummer',
  microphone: 'singer',
};

export function playerNoun(instrument: Instrument): string {
  return PLAYER[instrument];
}

/** "1 violin", "3 violins". */
export function countOf(instrument: Instrument, count: number): string {
  return `${count} ${count === 1 ? instrument : instrumentPlural(instrument)}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a service is named mid-sentence: "service users" / "the violins (users)". */
export function serviceName(lens: Lens, ctx: NarrationContext, serviceId: string): string {
  const service = ctx.services.get(serviceId);
  const name = service?.name ?? serviceId;
  if (lens === 'aws' || !service) return `service ${name}`;
  return `the ${instrumentPlural(service.instrument)} (${name})`;
}

/** How a task is named mid-sentence: "task UsersService-2" / "violin 2 (UsersService-2)". */
export function taskName(lens: Lens, ctx: NarrationContext, taskId: string): string {
  return lowerFirst(taskLabel(lens, taskId, serviceOfTask(ctx, taskId)));
}
