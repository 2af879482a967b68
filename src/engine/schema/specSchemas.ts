/**
 * The spec's own shapes as zod schemas: an edit command carries whole resources in this form (a script entry, a
 * saved session, a share link), so what comes from outside is checked field by field before the engine sees it.
 */
import { z } from '../../zod';
import { desiredCountProblem, LIMITS, tooManyMessage } from '../limits';
import type {
  ActionSpec,
  ClusterSpec,
  ConditionSpec,
  DeploymentConfigurationSpec,
  ListenerRuleSpec,
  ListenerSpec,
  PlacementConstraintSpec,
  PlacementStrategySpec,
  ServiceSpec,
  TargetGroupHealthCheckSpec,
  TargetGroupSpec,
  TaskDefinitionSpec,
} from '../spec';
import { strict } from './strict';
import { DEFAULT_APP } from '../spec';

const id = z.string().regex(/^[A-Za-z0-9]+$/, 'a logical ID is letters and digits only').max(255);
const ref = z.string().min(1);
const port = z.number().int().min(1).max(65535);
const nonNegative = z.number().min(0);

export const containerInstanceSpecSchema = strict({
  id: z.string().regex(/^i-[0-9a-f]{17}$/),
  instanceType: z.string().min(1),
  availabilityZone: z.string().min(1),
  cpu: z.number().int().min(0),
  memory: z.number().int().min(0),
  source: z.string().min(1),
});

export const clusterSpecSchema: z.ZodType<ClusterSpec> = strict({
  id,
  name: z.string().min(1).max(255),
  instances: z.array(containerInstanceSpecSchema).max(LIMITS.containerInstancesPerCluster.value, {
    error: (issue) => (Array.isArray(issue.input) ? tooManyMessage(issue.input.length, 'instances', LIMITS.containerInstancesPerCluster) : undefined),
  }),
});

const containerHealthCheck = strict({
  command: z.array(z.string()).min(1),
  intervalSeconds: nonNegative,
  timeoutSeconds: nonNegative,
  retries: z.number().int().min(0),
  startPeriodSeconds: nonNegative,
});

const container = strict({
  name: z.string().min(1),
  image: z.string().min(1),
  essential: z.boolean(),
  portMappings: z.array(strict({ containerPort: port, hostPort: z.number().int().min(0).max(65535).nullable(), protocol: z.enum(['tcp', 'udp']) })),
  healthCheck: containerHealthCheck.nullable(),
  cpu: z.number().int().min(0).nullable(),
  memory: z.number().int().min(0).nullable(),
  memoryReservation: z.number().int().min(0).nullable(),
  stopTimeoutSeconds: nonNegative,
});

const app = strict({
  provisioningSeconds: nonNegative,
  pendingSeconds: nonNegative,
  activatingSeconds: nonNegative,
  startupSeconds: nonNegative,
  shutdownSeconds: nonNegative,
  ignoresSigterm: z.boolean(),
  latencyMs: nonNegative,
  errorRate: z.number().min(0).max(1),
  responses: z.array(strict({ pattern: z.string().min(1), status: z.number().int().min(100).max(599) })),
  pullError: z.string().min(1).nullable(),
  instrument: z.string().min(1).nullable(),
  // Defaults, so a session saved before issue 15 (its registered task definitions without these) still opens.
  cpuMsPerRequest: nonNegative.default(DEFAULT_APP.cpuMsPerRequest),
  baselineCpuPercent: z.number().min(0).max(100).default(DEFAULT_APP.baselineCpuPercent),
  memoryMbPerRequest: nonNegative.default(DEFAULT_APP.memoryMbPerRequest),
  baselineMemoryPercent: z.number().min(0).max(100).default(DEFAULT_APP.baselineMemoryPercent),
});

export const taskDefinitionSpecSchema: z.ZodType<TaskDefinitionSpec> = strict({
  id,
  family: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'a family is up to 255 letters, numbers, hyphens and underscores'),
  revision: z.number().int().min(1),
  networkMode: z.enum(['awsvpc', 'bridge', 'host']),
  requiresCompatibilities: z.array(z.string().min(1)),
  cpu: z.number().int().min(0).nullable(),
  memory: z.number().int().min(0).nullable(),
  containers: z.array(container).min(1),
  app,
});

export const deploymentConfigurationSchema: z.ZodType<DeploymentConfigurationSpec> = strict({
  maximumPercent: z.number().int().min(0),
  minimumHealthyPercent: z.number().int().min(0),
  circuitBreaker: strict({ enable: z.boolean(), rollback: z.boolean() }),
});

export const placementStrategySchema: z.ZodType<PlacementStrategySpec> = strict({
  type: z.enum(['spread', 'binpack', 'random']),
  field: z.string().min(1).nullable(),
});

export const placementConstraintSchema: z.ZodType<PlacementConstraintSpec> = strict({
  type: z.enum(['distinctInstance', 'memberOf']),
  expression: z.string().min(1).nullable(),
});

export const serviceSpecSchema: z.ZodType<ServiceSpec> = strict({
  id,
  name: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'a service name is up to 255 letters, numbers, hyphens and underscores'),
  clusterId: ref,
  taskDefinitionId: ref,
  desiredCount: z.number().int().min(0).max(LIMITS.tasksPerService.value, { error: (issue) => desiredCountProblem(Number(issue.input)) ?? undefined }),
  launchType: z.enum(['FARGATE', 'EC2']),
  loadBalancers: z.array(strict({ targetGroupId: ref, containerName: z.string().min(1), containerPort: port })),
  healthCheckGracePeriodSeconds: z.number().int().min(0),
  deployment: deploymentConfigurationSchema,
  placementStrategies: z.array(placementStrategySchema),
  placementConstraints: z.array(placementConstraintSchema),
});

export const healthCheckSchema: z.ZodType<TargetGroupHealthCheckSpec> = strict({
  protocol: z.enum(['HTTP', 'HTTPS']),
  path: z.string().min(1),
  port: z.union([z.literal('traffic-port'), port]),
  intervalSeconds: z.number().int(),
  timeoutSeconds: z.number().int(),
  healthyThreshold: z.number().int(),
  unhealthyThreshold: z.number().int(),
  matcher: z.string().min(1),
});

export const targetGroupSpecSchema: z.ZodType<TargetGroupSpec> = strict({
  id,
  name: z.string().min(1),
  arn: z.string().min(1),
  port,
  protocol: z.enum(['HTTP', 'HTTPS']),
  targetType: z.enum(['ip', 'instance']),
  healthCheck: healthCheckSchema,
  deregistrationDelaySeconds: z.number().int(),
  algorithm: z.enum(['round_robin', 'least_outstanding_requests', 'weighted_random']),
  slowStartSeconds: z.number().int().min(0).max(900).optional(),
  stickiness: strict({ type: z.enum(['lb_cookie', 'app_cookie']), durationSeconds: z.number().int().min(1).max(604_800), cookieName: z.string().min(1).optional() }).optional(),
});

const values = z.array(z.string());
export const conditionSchema: z.ZodType<ConditionSpec> = z.discriminatedUnion('field', [
  strict({ field: z.literal('path-pattern'), values }),
  strict({ field: z.literal('host-header'), values }),
  strict({ field: z.literal('http-header'), headerName: z.string().min(1), values }),
  strict({ field: z.literal('http-request-method'), values }),
  strict({ field: z.literal('query-string'), values: z.array(strict({ key: z.string().nullable(), value: z.string() })) }),
  strict({ field: z.literal('source-ip'), values }),
]);

export const actionSchema: z.ZodType<ActionSpec> = z.discriminatedUnion('type', [
  strict({
    type: z.literal('forward'),
    targetGroups: z.array(strict({ targetGroupId: ref, weight: z.number().int().min(0) })).min(1),
    stickinessSeconds: z.number().int().min(1).max(604_800).optional(),
  }),
  strict({
    type: z.literal('fixed-response'),
    statusCode: z.number().int(),
    contentType: z.string().nullable(),
    messageBody: z.string().nullable(),
  }),
  strict({
    type: z.literal('redirect'),
    protocol: z.string(),
    host: z.string(),
    port: z.string(),
    path: z.string(),
    query: z.string(),
    statusCode: z.union([z.literal(301), z.literal(302)]),
  }),
]);

export const listenerSpecSchema: z.ZodType<ListenerSpec> = strict({
  id,
  loadBalancerId: ref,
  port,
  protocol: z.enum(['HTTP', 'HTTPS']),
  defaultActions: z.array(actionSchema).min(1),
});

export const listenerRuleSpecSchema: z.ZodType<ListenerRuleSpec> = strict({
  id,
  listenerId: ref,
  priority: z.number().int(),
  conditions: z.array(conditionSchema),
  actions: z.array(actionSchema).min(1),
});
