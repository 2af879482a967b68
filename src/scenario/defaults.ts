/** AWS's defaults for omitted properties (aws-semantics facts 6, 9, 11, 74, 104, 107; MC11, MC19). */

export const TARGET_GROUP_DEFAULTS = {
  healthCheckProtocol: 'HTTP',
  healthCheckPath: '/',
  healthCheckPort: 'traffic-port',
  healthCheckIntervalSeconds: 30,
  /** MC11: the ALB guide's 5 s, not the API reference's 6 s. */
  healthCheckTimeoutSeconds: 5,
  healthyThreshold: 5,
  unhealthyThreshold: 2,
  matcher: '200',
  deregistrationDelaySeconds: 300,
  algorithm: 'round_robin',
  targetType: 'instance',
} as const;

export const LOAD_BALANCER_DEFAULTS = {
  scheme: 'internet-facing',
  idleTimeoutSeconds: 60,
} as const;

export const SERVICE_DEFAULTS = {
  desiredCount: 1,
  maximumPercent: 200,
  minimumHealthyPercent: 100,
  healthCheckGracePeriodSeconds: 0,
  /** Without a Cluster, ECS uses the account's cluster named "default". */
  clusterName: 'default',
} as const;

/**
 * Not AWS's (an ECS cluster has no instances until some join it): what the simulator registers in a cluster that
 * runs EC2 services and has no capacity of its own, one instance per Availability Zone.
 */
export const CLUSTER_CAPACITY_DEFAULTS = {
  instances: 3,
  instanceType: 't3.medium',
} as const;

export const TASK_DEFINITION_DEFAULTS = {
  networkMode: 'bridge',
  revision: 1,
  essential: true,
  stopTimeoutSeconds: 30,
  portProtocol: 'tcp',
} as const;

export const CONTAINER_HEALTH_CHECK_DEFAULTS = {
  intervalSeconds: 30,
  timeoutSeconds: 5,
  retries: 3,
  startPeriodSeconds: 0,
} as const;

/** A redirect part left out keeps the request's own value. */
export const REDIRECT_DEFAULTS = {
  protocol: '#{protocol}',
  host: '#{host}',
  port: '#{port}',
  path: '/#{path}',
  query: '#{query}',
} as const;

/** Moto fills a missing ForwardConfig weight with 1; AWS documents none. */
export const FORWARD_WEIGHT_DEFAULT = 1;

export const DEFAULT_SEED = 1;
