/**
 * The world a simulation starts from: plain, JSON-serializable data with every AWS default already filled in.
 * The CloudFormation loader (src/scenario) produces it; the engine only reads it. IDs are CloudFormation logical IDs.
 */

import type { Command } from './commands';
import type { ScalableTargetSpec } from './scalingSpec';

export type NetworkMode = 'awsvpc' | 'bridge' | 'host';
export type LaunchType = 'FARGATE' | 'EC2';
export type TargetType = 'ip' | 'instance';
export type Algorithm = 'round_robin' | 'least_outstanding_requests' | 'weighted_random';
/**
 * How the world stands at t = 0: `cold` as CloudFormation would create it (every task launches at t = 0), `warm` as a
 * stack deployed a while ago (every service's tasks already RUNNING, registered and healthy; src/engine/services/
 * warmStart.ts and the README's "Warm start" say exactly what that means).
 */
export type StartMode = 'warm' | 'cold';

export interface ScenarioSpec {
  readonly title: string;
  readonly summary: string;
  readonly seed: number;
  /** Cold unless the template's `Metadata.EcsOrchestra.start` says warm. */
  readonly start: StartMode;
  readonly clusters: readonly ClusterSpec[];
  readonly taskDefinitions: readonly TaskDefinitionSpec[];
  /**
   * Per family, the highest revision ever deregistered (INACTIVE in AWS). A family never gives a revision number
   * twice, "even if earlier revisions were deregistered" (fact 1), so the next revision counts on from the highest
   * of these and the registered ones (src/engine/edits/revisions.ts).
   */
  readonly deregisteredRevisions: Readonly<Record<string, number>>;
  readonly services: readonly ServiceSpec[];
  readonly loadBalancers: readonly LoadBalancerSpec[];
  readonly listeners: readonly ListenerSpec[];
  readonly rules: readonly ListenerRuleSpec[];
  readonly targetGroups: readonly TargetGroupSpec[];
  /** Traffic from the start; null means none (MC20). */
  readonly traffic: TrafficSpec | null;
  /** Timed commands; `at` in seconds. */
  readonly script: readonly ScriptEntry[];
  /** Service Auto Scaling: one scalable target per scaled service (absent or empty: none). */
  readonly scaling?: readonly ScalableTargetSpec[];
}

export interface ClusterSpec {
  readonly id: string;
  readonly name: string;
  /** EC2 container instances registered (ACTIVE) at t = 0; empty for a Fargate-only cluster. */
  readonly instances: readonly ContainerInstanceSpec[];
}

/** One EC2 container instance: its registered resources, with no reservation for the OS. */
export interface ContainerInstanceSpec {
  /** EC2 instance ID, `i-` and 17 hex digits (MC19). */
  readonly id: string;
  readonly instanceType: string;
  readonly availabilityZone: string;
  /** vCPUs x 1024. */
  readonly cpu: number;
  /** GiB x 1024 MiB. */
  readonly memory: number;
  /** Where it came from: an Auto Scaling group's logical ID, "Metadata" or "default". */
  readonly source: string;
}

/** PlacementStrategies entry: spread by an attribute, binpack by cpu or memory, or random. */
export interface PlacementStrategySpec {
  readonly type: 'spread' | 'binpack' | 'random';
  /** spread: "attribute:ecs.availability-zone" or "instanceId"; binpack: "cpu" or "memory"; random: null. */
  readonly field: string | null;
}

export interface PlacementConstraintSpec {
  readonly type: 'distinctInstance' | 'memberOf';
  readonly expression: string | null;
}

export interface PortMappingSpec {
  readonly containerPort: number;
  /** null when absent (bridge: ephemeral; awsvpc: equals containerPort). */
  readonly hostPort: number | null;
  readonly protocol: 'tcp' | 'udp';
}

export interface ContainerHealthCheckSpec {
  readonly command: readonly string[];
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly retries: number;
  readonly startPeriodSeconds: number;
}

export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  readonly essential: boolean;
  readonly portMappings: readonly PortMappingSpec[];
  readonly healthCheck: ContainerHealthCheckSpec | null;
  readonly cpu: number | null;
  readonly memory: number | null;
  readonly memoryReservation: number | null;
  /** Seconds between SIGTERM and SIGKILL (fact 11, default 30). */
  readonly stopTimeoutSeconds: number;
}

/** A status an app answers for paths matching an ALB-style path pattern (MC20). */
export interface ResponseRule {
  readonly pattern: string;
  readonly status: number;
}

/** How the app in a task behaves and how long its lifecycle phases take (MC12, MC20, MC22). */
export interface AppBehaviour {
  readonly provisioningSeconds: number;
  readonly pendingSeconds: number;
  readonly activatingSeconds: number;
  readonly startupSeconds: number;
  readonly shutdownSeconds: number;
  readonly ignoresSigterm: boolean;
  readonly latencyMs: number;
  readonly errorRate: number;
  readonly responses: readonly ResponseRule[];
  readonly pullError: string | null;
  /** Orchestra lens: the instrument this image plays (violin, saxophone, ...); null lets the UI choose. */
  readonly instrument: string | null;
  /** Load on a task (MC26): CPU a request costs, in ms of one vCPU, and the idle CPU in percent. */
  readonly cpuMsPerRequest: number;
  readonly baselineCpuPercent: number;
  /** Memory a request in flight holds, in MiB, and the idle memory in percent. */
  readonly memoryMbPerRequest: number;
  readonly baselineMemoryPercent: number;
}

/**
 * Requests per second to each listener when a template gives no traffic settings: the loader's default traffic
 * (src/scenario/defaultTraffic.ts), also said by the stage's note, which must not need the loader to know it.
 */
export const DEFAULT_RATE_PER_LISTENER = 3;

export const DEFAULT_APP: AppBehaviour = {
  provisioningSeconds: 3,
  pendingSeconds: 7,
  activatingSeconds: 1,
  startupSeconds: 2,
  shutdownSeconds: 2,
  ignoresSigterm: false,
  latencyMs: 20,
  errorRate: 0,
  responses: [],
  pullError: null,
  instrument: null,
  cpuMsPerRequest: 10,
  baselineCpuPercent: 5,
  memoryMbPerRequest: 1,
  baselineMemoryPercent: 30,
};

export interface TaskDefinitionSpec {
  readonly id: string;
  readonly family: string;
  readonly revision: number;
  readonly networkMode: NetworkMode;
  readonly requiresCompatibilities: readonly string[];
  /** Task-level CPU units / MiB, null when not set. */
  readonly cpu: number | null;
  readonly memory: number | null;
  readonly containers: readonly ContainerSpec[];
  readonly app: AppBehaviour;
}

export interface ServiceLoadBalancerSpec {
  readonly targetGroupId: string;
  readonly containerName: string;
  readonly containerPort: number;
}

export interface DeploymentConfigurationSpec {
  readonly maximumPercent: number;
  readonly minimumHealthyPercent: number;
  readonly circuitBreaker: { readonly enable: boolean; readonly rollback: boolean };
}

export interface ServiceSpec {
  readonly id: string;
  /** ServiceName, else the logical ID (MC19). */
  readonly name: string;
  readonly clusterId: string;
  readonly taskDefinitionId: string;
  readonly desiredCount: number;
  readonly launchType: LaunchType;
  readonly loadBalancers: readonly ServiceLoadBalancerSpec[];
  readonly healthCheckGracePeriodSeconds: number;
  readonly deployment: DeploymentConfigurationSpec;
  /** EC2 only; empty means ECS's default (spread across Availability Zones, then instances). */
  readonly placementStrategies: readonly PlacementStrategySpec[];
  readonly placementConstraints: readonly PlacementConstraintSpec[];
}

export interface LoadBalancerSpec {
  readonly id: string;
  readonly name: string;
  readonly scheme: 'internet-facing' | 'internal';
  readonly dnsName: string;
  readonly idleTimeoutSeconds: number;
}

export type ConditionSpec =
  | { readonly field: 'path-pattern'; readonly values: readonly string[] }
  | { readonly field: 'host-header'; readonly values: readonly string[] }
  | { readonly field: 'http-header'; readonly headerName: string; readonly values: readonly string[] }
  | { readonly field: 'http-request-method'; readonly values: readonly string[] }
  | { readonly field: 'query-string'; readonly values: readonly { readonly key: string | null; readonly value: string }[] }
  | { readonly field: 'source-ip'; readonly values: readonly string[] };

export type ConditionField = ConditionSpec['field'];

export interface WeightedTargetGroup {
  readonly targetGroupId: string;
  readonly weight: number;
}

export type ActionSpec =
  | {
      readonly type: 'forward';
      readonly targetGroups: readonly WeightedTargetGroup[];
      /** TargetGroupStickinessConfig: a client keeps the group it was sent to this long (MC32); absent: off. */
      readonly stickinessSeconds?: number;
    }
  | {
      readonly type: 'fixed-response';
      readonly statusCode: number;
      readonly contentType: string | null;
      readonly messageBody: string | null;
    }
  | {
      readonly type: 'redirect';
      /** Each part as configured; `#{protocol}` etc. keep the request's value. */
      readonly protocol: string;
      readonly host: string;
      readonly port: string;
      readonly path: string;
      readonly query: string;
      readonly statusCode: 301 | 302;
    };

export interface ListenerSpec {
  readonly id: string;
  readonly loadBalancerId: string;
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly defaultActions: readonly ActionSpec[];
}

export interface ListenerRuleSpec {
  readonly id: string;
  readonly listenerId: string;
  readonly priority: number;
  readonly conditions: readonly ConditionSpec[];
  readonly actions: readonly ActionSpec[];
}

export interface TargetGroupHealthCheckSpec {
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly path: string;
  /** 'traffic-port' or a fixed port. */
  readonly port: 'traffic-port' | number;
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly healthyThreshold: number;
  readonly unhealthyThreshold: number;
  /** Matcher.HttpCode as written: "200", "200,202", "200-299". */
  readonly matcher: string;
}

export interface TargetGroupSpec {
  readonly id: string;
  readonly name: string;
  readonly arn: string;
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly targetType: TargetType;
  readonly healthCheck: TargetGroupHealthCheckSpec;
  readonly deregistrationDelaySeconds: number;
  readonly algorithm: Algorithm;
  /** slow_start.duration_seconds (MC31); absent or 0: off. */
  readonly slowStartSeconds?: number;
  /** stickiness.* (MC32); absent: off. */
  readonly stickiness?: TargetGroupStickinessSpec;
}

export interface TargetGroupStickinessSpec {
  readonly type: 'lb_cookie' | 'app_cookie';
  readonly durationSeconds: number;
  /** app_cookie: the app's cookie (stickiness.app_cookie.cookie_name). */
  readonly cookieName?: string;
}

/** One kind of request in the traffic mix; omitted fields take MC17's defaults. */
export interface TrafficMixEntry {
  readonly method?: string;
  readonly host?: string;
  readonly path?: string;
  readonly query?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly sourceIp?: string;
  readonly listenerPort?: number;
  /** The load balancer it is addressed to (logical ID, name or DNS name); default: by Host, else by port (MC29). */
  readonly loadBalancer?: string;
  /** A client identity: requests with the same one carry the same cookies (stickiness); default none. */
  readonly client?: string;
  readonly weight?: number;
}

/**
 * One phase of a traffic timeline (seconds from the start; README "Traffic timelines", MC42): `steady` holds a rate
 * from `at`; `ramp` goes linearly from the rate at `at` to `to` over `seconds`, then holds it; `spike` runs at `rate`
 * for `seconds`, then the rest of the timeline resumes; `wave` swings between `low` and `high` over `periodSeconds`
 * (a day by default), starting at `low`.
 */
export type TrafficPhase =
  | { readonly kind: 'steady'; readonly at: number; readonly rate: number }
  | { readonly kind: 'ramp'; readonly at: number; readonly to: number; readonly seconds: number }
  | { readonly kind: 'spike'; readonly at: number; readonly rate: number; readonly seconds: number }
  | { readonly kind: 'wave'; readonly at: number; readonly low: number; readonly high: number; readonly periodSeconds?: number };

export interface TrafficSpec {
  /** Requests per second, Poisson arrivals (MC17); with a timeline, the rate before its first phase. */
  readonly rate: number;
  readonly mix: readonly TrafficMixEntry[];
  /** Traffic that changes over time; absent means the rate holds. */
  readonly timeline?: readonly TrafficPhase[];
}

export interface ScriptEntry {
  /** Seconds from the start. */
  readonly at: number;
  readonly command: Command;
}
