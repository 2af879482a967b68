/**
 * The simulator's own settings, kept under `Metadata.EcsOrchestra` so the template stays deployable: the scenario's
 * title, seed, parameter values, traffic and script at template level, an app's behaviour on a task definition, and
 * the EC2 container instances of a cluster on the cluster.
 * Strict: an unknown key is an error that lists the allowed ones.
 */
import { appSettingsShape, toResponseRules, trafficMixEntrySchema, trafficTimelineSchema, LIMITS, limitText, seedMessage, trafficRateMessage, DEFAULT_APP, type AppBehaviour, type TrafficMixEntry, type TrafficSpec } from '../engine';
import { z } from '../zod';
import type { IssueSink } from './issueSink';
import { isRecord, nameMap } from './values';
import { reportZodError, strict } from './zodIssues';

function ecsOrchestra(metadata: unknown): unknown {
  return isRecord(metadata) ? metadata.EcsOrchestra : undefined;
}

const seedError = { error: (issue: { readonly input?: unknown }) => seedMessage(Number(issue.input)) };
/** A template's, a session's and the command line's seed: one range, one message (seedMessage). */
export const seedSchema = z.number().int(seedError).min(0, seedError).max(LIMITS.seed.value, seedError);

export const taskSettingsSchema = strict({
  ...appSettingsShape,
  // The loader cannot tell revisions of one family apart by themselves, so an exported world pins them.
  revision: z.number().int().min(1).optional()
    .meta({ description: 'Revision number of this task definition in its family (default 1); an exported world writes it for later revisions.' }),
}, 'Task definition Metadata.EcsOrchestra')
  .meta({ title: 'Task definition settings', description: 'How the app in the task behaves (Resources.<TaskDefinition>.Metadata.EcsOrchestra).' });

/** One container instance written out in full: how an exported world keeps instances a count cannot reproduce. */
export const containerInstanceEntrySchema = strict({
  id: z.string().regex(/^i-[0-9a-f]{17}$/, 'an EC2 instance ID is "i-" and 17 lowercase hex digits').meta({ description: 'EC2 instance ID, "i-" and 17 hex digits.' }),
  instanceType: z.string().min(1).optional().meta({ description: "EC2 instance type (default the cluster's instanceType, else t3.medium)." }),
  availabilityZone: z.string().min(1).optional().meta({ description: 'Availability Zone (default round-robin over us-east-1a, b and c by position).' }),
  source: z.string().min(1).optional().meta({ description: 'Where it came from: an Auto Scaling group\'s logical ID, "Metadata", "default" or "addInstances" (default "Metadata").' }),
  cpu: z.number().int().min(0).optional().meta({ description: 'Registered CPU units (default vCPUs x 1024 of the type).' }),
  memory: z.number().int().min(0).optional().meta({ description: 'Registered MiB (default GiB x 1024 of the type).' }),
}, 'A container instance');

export type ContainerInstanceEntry = z.infer<typeof containerInstanceEntrySchema>;

export const clusterSettingsSchema = strict({
  instances: z.union([
    z.number().int().min(0).max(LIMITS.containerInstancesPerCluster.value, { error: (issue) => `${String(issue.input)} instances is too many: ${limitText(LIMITS.containerInstancesPerCluster)}` }),
    z.array(containerInstanceEntrySchema).max(LIMITS.containerInstancesPerCluster.value, { error: (issue) => `${Array.isArray(issue.input) ? issue.input.length : ''} instances is too many: ${limitText(LIMITS.containerInstancesPerCluster)}` }),
  ]).optional()
    .meta({ description: 'How many EC2 container instances are registered (ACTIVE) at t = 0, spread round-robin over us-east-1a, b and c (default 3); or the instances one by one, as an exported world writes them.' }),
  instanceType: z.string().min(1).optional()
    .meta({ description: 'EC2 instance type of those instances, e.g. "t3.large" (default t3.medium); it registers vCPUs x 1024 CPU units and its GiB x 1024 MiB.' }),
}, 'Cluster Metadata.EcsOrchestra')
  .meta({ title: 'Cluster settings', description: 'EC2 capacity of the cluster (Resources.<Cluster>.Metadata.EcsOrchestra), added to any Auto Scaling group that joins it.' });

export type ClusterSettings = z.infer<typeof clusterSettingsSchema>;

/** A cluster's `Metadata.EcsOrchestra`; null when absent or invalid (the problems are reported). */
export function parseClusterSettings(metadata: unknown, logicalId: string, sink: IssueSink): ClusterSettings | null {
  const raw = ecsOrchestra(metadata);
  if (raw === undefined) return null;
  const result = clusterSettingsSchema.safeParse(raw);
  if (result.success) return result.data;
  reportZodError(result.error, raw, { sink, resource: logicalId, path: 'Metadata.EcsOrchestra' });
  return null;
}

export const trafficSchema = strict({
  rate: z.number().min(0).max(LIMITS.trafficRate.value, { error: (issue) => trafficRateMessage(Number(issue.input)) })
    .meta({ description: `Requests per second (Poisson arrivals), at most ${LIMITS.trafficRate.value}.` }),
  mix: z.array(trafficMixEntrySchema).min(1).optional().meta({ description: 'Kinds of request, drawn by weight; default one entry with all defaults.' }),
  timeline: trafficTimelineSchema.optional(),
}, '"traffic"');

/** Template-level settings; `script` entries are checked one by one in script.ts, so they stay `unknown` here. */
export function scenarioSettingsShape<Entry extends z.ZodType>(scriptEntry: Entry) {
  return {
    title: z.string().min(1).optional().meta({ description: 'Scenario title (default the stack name).' }),
    stackName: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/).max(128).optional()
      .meta({ description: 'Stack name (AWS::StackName) when the template is loaded in a bundle of several (default the file name without extension).' }),
    summary: z.string().optional().meta({ description: 'One paragraph on what the scenario teaches (default the Description).' }),
    seed: seedSchema.optional().meta({ description: 'Seed of the random numbers (default 1).' }),
    start: z.enum(['warm', 'cold']).optional()
      .meta({ description: 'How the world stands at t = 0: "cold" (default) as CloudFormation creates it, every task launching; "warm" as a stack deployed a while ago, every service\'s tasks already RUNNING, registered and healthy.' }),
    parameters: z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean()])).optional()
      .meta({ description: 'Values for the template Parameters (after values passed in, before Default).' }),
    traffic: trafficSchema.optional(),
    script: z.array(scriptEntry).optional().meta({ description: 'Timed commands: {"at": seconds, "do": command, ...arguments}.' }),
    sources: z.record(z.string(), z.unknown()).optional()
      .meta({ description: 'Where renamed logical IDs came from when the world was exported from a bundle of several templates (written by the export, kept as is, not read by the simulator).' }),
    deregisteredRevisions: z.record(z.string().min(1), z.number().int().min(1)).optional()
      .meta({ description: 'Per task definition family, the highest revision deregistered (INACTIVE); the next revision counts on from it (written by the export).' }),
  };
}

const scenarioSettingsRuntime = strict(scenarioSettingsShape(z.unknown()), 'Metadata.EcsOrchestra');

export type ScenarioSettings = z.infer<typeof scenarioSettingsRuntime>;

/**
 * `Metadata.EcsOrchestra.parameters` as text, every key as written: read from the template itself, because zod's
 * records leave out a `__proto__` key, which must still meet the unknown-parameter check. Empty when the settings
 * did not validate (`settings` null).
 */
export function metadataParameters(metadata: unknown, settings: ScenarioSettings | null): Record<string, string> {
  const raw = settings?.parameters === undefined ? undefined : ecsOrchestra(metadata);
  const written = isRecord(raw) && isRecord(raw.parameters) ? raw.parameters : {};
  return nameMap(Object.entries(written).map(([key, value]) => [key, String(value)]));
}

/** Template `Metadata.EcsOrchestra`; {} when absent, null when invalid (the problems are reported). */
export function parseScenarioSettings(metadata: unknown, sink: IssueSink): ScenarioSettings | null {
  const raw = ecsOrchestra(metadata);
  if (raw === undefined) return {};
  const result = scenarioSettingsRuntime.safeParse(raw);
  if (result.success) return result.data;
  reportZodError(result.error, raw, { sink, resource: 'Metadata.EcsOrchestra', path: '' });
  return null;
}

/** The revision a task definition's `Metadata.EcsOrchestra` pins, if valid (parseTaskSettings reports problems). */
export function parseTaskRevision(metadata: unknown): number | undefined {
  const result = taskSettingsSchema.safeParse(ecsOrchestra(metadata));
  return result.success ? result.data.revision : undefined;
}

/** A task definition's `Metadata.EcsOrchestra` over DEFAULT_APP. */
export function parseTaskSettings(metadata: unknown, logicalId: string, sink: IssueSink): AppBehaviour {
  const raw = ecsOrchestra(metadata);
  if (raw === undefined) return DEFAULT_APP;
  const result = taskSettingsSchema.safeParse(raw);
  if (!result.success) {
    reportZodError(result.error, raw, { sink, resource: logicalId, path: 'Metadata.EcsOrchestra' });
    return DEFAULT_APP;
  }
  const d = result.data;
  return {
    provisioningSeconds: d.provisioningSeconds ?? DEFAULT_APP.provisioningSeconds,
    pendingSeconds: d.pendingSeconds ?? DEFAULT_APP.pendingSeconds,
    activatingSeconds: d.activatingSeconds ?? DEFAULT_APP.activatingSeconds,
    startupSeconds: d.startupSeconds ?? DEFAULT_APP.startupSeconds,
    shutdownSeconds: d.shutdownSeconds ?? DEFAULT_APP.shutdownSeconds,
    ignoresSigterm: d.ignoresSigterm ?? DEFAULT_APP.ignoresSigterm,
    latencyMs: d.latencyMs ?? DEFAULT_APP.latencyMs,
    errorRate: d.errorRate ?? DEFAULT_APP.errorRate,
    responses: d.responses === undefined ? DEFAULT_APP.responses : toResponseRules(d.responses),
    pullError: d.pullError === undefined ? DEFAULT_APP.pullError : d.pullError,
    instrument: d.instrument === undefined ? DEFAULT_APP.instrument : d.instrument,
    cpuMsPerRequest: d.cpuMsPerRequest ?? DEFAULT_APP.cpuMsPerRequest,
    baselineCpuPercent: d.baselineCpuPercent ?? DEFAULT_APP.baselineCpuPercent,
    memoryMbPerRequest: d.memoryMbPerRequest ?? DEFAULT_APP.memoryMbPerRequest,
    baselineMemoryPercent: d.baselineMemoryPercent ?? DEFAULT_APP.baselineMemoryPercent,
  };
}

export function toTrafficSpec(traffic: z.infer<typeof trafficSchema> | undefined): TrafficSpec | null {
  if (!traffic) return null;
  const mix: TrafficMixEntry[] = traffic.mix ?? [{}];
  return traffic.timeline === undefined ? { rate: traffic.rate, mix } : { rate: traffic.rate, mix, timeline: traffic.timeline };
}
