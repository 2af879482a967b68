/**
 * The scenario script: `Metadata.EcsOrchestra.script`, a list of `{ "at": seconds, "do": command, ...arguments }`
 * whose commands are exactly the engine's Command union. Each entry is checked on its own, so one bad entry does not
 * hide the others, and a missing argument reads `"crashTask" needs "task"`.
 */
import { z } from 'zod';
import { COMMAND_NAMES, type Command, type CommandName } from '../engine/commands';
import type { ScriptEntry } from '../engine/spec';
import type { IssueSink } from './issueSink';
import { appSettingsShape, httpStatusSchema, toResponseRules, trafficMixEntrySchema } from './metadata';
import { isRecord, joinPath } from './values';
import { reportZodError, strict } from './zodIssues';
import {
  actionSchema, clusterSpecSchema, conditionSchema, deploymentConfigurationSchema, healthCheckSchema, listenerRuleSpecSchema,
  listenerSpecSchema, placementConstraintSchema, placementStrategySchema, serviceSpecSchema, targetGroupSpecSchema,
  taskDefinitionSpecSchema,
} from './specSchemas';

const task = z.string().min(1).meta({ description: 'Task ID "<service logical ID>-<n>" (MC13), e.g. "UsersService-2".' });
const service = z.string().min(1).meta({ description: 'Logical ID of an AWS::ECS::Service in this template.' });
const at = z.number().min(0).meta({ description: 'Seconds from the start.' });
const instance = z.string().min(1).meta({ description: 'EC2 instance ID of a container instance ("i-" and 17 hex digits): one registered at t = 0 or added by an earlier addInstances.' });

const requestShape = {
  method: z.string().min(1).optional(),
  host: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
  query: z.string().optional(),
  headers: z.record(z.string().min(1), z.string()).optional(),
  sourceIp: z.string().min(1).optional(),
  listenerPort: z.number().int().min(1).max(65535).optional(),
};

const failHealthChecksShape = {
  task,
  status: httpStatusSchema.optional().meta({ description: 'Status the health-check paths answer (default 500).' }),
  timeout: z.boolean().optional().meta({ description: 'No answer at all: the checks time out.' }),
  container: z.boolean().optional().meta({ description: 'Fail the container health check instead.' }),
};

function entry<Name extends CommandName, Shape extends z.ZodRawShape>(name: Name, shape: Shape) {
  return strict({ at, do: z.literal(name), ...shape }, `"${name}"`);
}

export const scriptEntrySchemas = {
  request: entry('request', requestShape),
  crashTask: entry('crashTask', { task }),
  failHealthChecks: entry('failHealthChecks', failHealthChecksShape),
  recoverTask: entry('recoverTask', { task }),
  stopTask: entry('stopTask', { task }),
  slowTask: entry('slowTask', { task, latencyMs: z.number().min(0).optional().meta({ description: 'Added latency (default 5000).' }) }),
  setDesiredCount: entry('setDesiredCount', { service, count: z.number().int().min(0) }),
  setTraffic: entry('setTraffic', { rate: z.number().min(0).optional(), mix: z.array(trafficMixEntrySchema).min(1).optional() }),
  deploy: entry('deploy', {
    service,
    image: z.string().min(1).optional().meta({ description: 'New image of the load-balanced container.' }),
    ...appSettingsShape,
  }),
  forceNewDeployment: entry('forceNewDeployment', { service }),
  drainInstance: entry('drainInstance', { instance }),
  stopInstance: entry('stopInstance', { instance }),
  removeInstance: entry('removeInstance', { instance }),
  addInstances: entry('addInstances', {
    cluster: z.string().min(1).meta({ description: "Logical ID of the cluster (an implicit cluster's ID is its name)." }),
    count: z.number().int().min(1).optional().meta({ description: 'How many instances (default 1).' }),
    instanceType: z.string().min(1).optional().meta({ description: "EC2 instance type (default the cluster's first instance's type, else t3.medium)." }),
  }),
  // Edits carry whole resources in the spec's own shape (what the app's editor dispatches and exports).
  createCluster: entry('createCluster', { cluster: clusterSpecSchema }),
  deleteCluster: entry('deleteCluster', { cluster: z.string().min(1) }),
  registerTaskDefinition: entry('registerTaskDefinition', { taskDefinition: taskDefinitionSpecSchema }),
  deregisterTaskDefinition: entry('deregisterTaskDefinition', { taskDefinition: z.string().min(1) }),
  createService: entry('createService', { service: serviceSpecSchema }),
  updateService: entry('updateService', {
    service,
    desiredCount: z.number().int().min(0).optional(),
    taskDefinition: z.string().min(1).optional(),
    healthCheckGracePeriodSeconds: z.number().int().min(0).optional(),
    deployment: deploymentConfigurationSchema.optional(),
    placementStrategies: z.array(placementStrategySchema).optional(),
    placementConstraints: z.array(placementConstraintSchema).optional(),
    forceNewDeployment: z.boolean().optional(),
  }),
  deleteService: entry('deleteService', { service }),
  createTargetGroup: entry('createTargetGroup', { targetGroup: targetGroupSpecSchema }),
  modifyTargetGroup: entry('modifyTargetGroup', {
    targetGroup: z.string().min(1),
    healthCheck: healthCheckSchema.optional(),
    deregistrationDelaySeconds: z.number().int().optional(),
    algorithm: z.enum(['round_robin', 'least_outstanding_requests', 'weighted_random']).optional(),
  }),
  deleteTargetGroup: entry('deleteTargetGroup', { targetGroup: z.string().min(1) }),
  createListener: entry('createListener', { listener: listenerSpecSchema }),
  modifyListener: entry('modifyListener', {
    listener: z.string().min(1),
    port: z.number().int().min(1).max(65535).optional(),
    protocol: z.enum(['HTTP', 'HTTPS']).optional(),
    defaultActions: z.array(actionSchema).min(1).optional(),
  }),
  deleteListener: entry('deleteListener', { listener: z.string().min(1) }),
  createRule: entry('createRule', { rule: listenerRuleSpecSchema }),
  modifyRule: entry('modifyRule', {
    rule: z.string().min(1),
    priority: z.number().int().optional(),
    conditions: z.array(conditionSchema).optional(),
    actions: z.array(actionSchema).min(1).optional(),
  }),
  deleteRule: entry('deleteRule', { rule: z.string().min(1) }),
} satisfies Record<CommandName, z.ZodType>;

/** The union, for the JSON Schema only; parsing goes entry by entry. */
export const scriptEntrySchema = z.discriminatedUnion('do', Object.values(scriptEntrySchemas) as [
  (typeof scriptEntrySchemas)[CommandName],
  ...(typeof scriptEntrySchemas)[CommandName][],
]);

type ParsedEntry = z.infer<(typeof scriptEntrySchemas)[CommandName]>;

/**
 * zod returns objects with keys in schema order; a command keeps the order it was written in, so a session
 * exported as a script logs `command.applied` with the same bytes as the live commands it came from.
 */
function inWrittenOrder(parsed: unknown, written: unknown): unknown {
  if (Array.isArray(parsed)) return parsed.map((item, i) => inWrittenOrder(item, Array.isArray(written) ? written[i] : undefined));
  if (!isRecord(parsed) || !isRecord(written)) return parsed;
  const keys = [...Object.keys(written).filter((k) => k in parsed), ...Object.keys(parsed).filter((k) => !(k in written))];
  return Object.fromEntries(keys.map((k) => [k, inWrittenOrder(parsed[k], written[k])]));
}

function toCommand(entry: ParsedEntry): Command {
  const { at, ...command } = entry;
  void at;
  if (command.do === 'deploy') {
    const { responses, ...rest } = command;
    return responses === undefined ? rest : { ...rest, responses: toResponseRules(responses) };
  }
  return command;
}

function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && (COMMAND_NAMES as readonly string[]).includes(name);
}

const RESOURCE = 'Metadata.EcsOrchestra';

export interface ParsedScript {
  /** In time order (stable: entries at the same second keep their written order, MC14). */
  readonly entries: ScriptEntry[];
  /** Where each entry was written in the list, for issue paths. */
  readonly writtenIndex: number[];
}

export function parseScript(raw: readonly unknown[] | undefined, sink: IssueSink): ParsedScript {
  const parsed: { entry: ScriptEntry; index: number }[] = [];
  (raw ?? []).forEach((item, index) => {
    const path = joinPath('script', index);
    if (!isRecord(item)) {
      sink.error(RESOURCE, path, 'expected an object like {"at": 90, "do": "crashTask", "task": "WebService-1"}');
      return;
    }
    if (!('do' in item)) {
      sink.error(RESOURCE, path, `needs "do" (one of ${COMMAND_NAMES.join(', ')})`);
      return;
    }
    if (!isCommandName(item.do)) {
      sink.error(RESOURCE, joinPath(path, 'do'), `${JSON.stringify(item.do)} is not a command; use one of ${COMMAND_NAMES.join(', ')}`);
      return;
    }
    const result = scriptEntrySchemas[item.do].safeParse(item);
    if (!result.success) {
      reportZodError(result.error, item, { sink, resource: RESOURCE, path, subject: `"${item.do}"` });
      return;
    }
    parsed.push({ entry: { at: result.data.at, command: toCommand(inWrittenOrder(result.data, item) as ParsedEntry) }, index });
  });
  parsed.sort((a, b) => a.entry.at - b.entry.at || a.index - b.index);
  return { entries: parsed.map((p) => p.entry), writtenIndex: parsed.map((p) => p.index) };
}
