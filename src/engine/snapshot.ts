/**
 * Read models of the world for views and tests: plain data copied out of the engine, never live references.
 */
import type {
  StopCode,
  TargetReason,
  TargetState,
  TaskDesiredStatus,
  TaskHealthStatus,
  TaskLastStatus,
} from './events';
import type { TrafficSpec } from './spec';

export type DeploymentStatus = 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

import type { AlarmState, ComparisonOperator, ScalingMetricName, ScalingPolicySpec } from './scalingSpec';
import type { ScalingActivityRow, ScalingMinuteRow } from './scaling/scalingState';

export interface DeploymentSnapshot {
  readonly id: string;
  readonly status: DeploymentStatus;
  readonly rolloutState: RolloutState;
  /** family:revision */
  readonly taskDefinition: string;
  readonly failedTasks: number;
  readonly runningCount: number;
  readonly pendingCount: number;
  readonly createdAt: number;
}

export interface ServiceSnapshot {
  readonly id: string;
  readonly name: string;
  /** DRAINING after DeleteService, until its last task has stopped. */
  readonly status: 'ACTIVE' | 'DRAINING';
  readonly clusterId: string;
  readonly launchType: 'FARGATE' | 'EC2';
  /** ECS's "unable to place a task" message while tasks are waiting in the wings, else null. */
  readonly placementFailure: string | null;
  readonly desiredCount: number;
  readonly runningCount: number;
  readonly pendingCount: number;
  /** family:revision of the PRIMARY deployment. */
  readonly taskDefinition: string;
  readonly image: string;
  readonly deployments: readonly DeploymentSnapshot[];
  readonly targetGroupIds: readonly string[];
  readonly started: number;
  readonly stopped: number;
  readonly steady: boolean;
  /** Service Auto Scaling, when the service has a scalable target; else null. */
  readonly scaling: ScalingSnapshot | null;
}

/** One of the alarms behind a service's scaling policies, as it stands now (MC27). */
export interface ScalingAlarmSnapshot {
  readonly name: string;
  readonly policy: string;
  readonly role: 'high' | 'low' | 'step';
  readonly state: AlarmState;
  readonly metric: ScalingMetricName;
  readonly comparison: ComparisonOperator;
  readonly threshold: number;
  readonly periods: number;
}

export interface ScalingSnapshot {
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly policies: readonly ScalingPolicySpec[];
  readonly alarms: readonly ScalingAlarmSnapshot[];
  /** When the cooldown running now ends (ms), else null. */
  readonly scaleOutCooldownEndsAt: number | null;
  readonly scaleInCooldownEndsAt: number | null;
  /** The highest desired and running counts since scaling began. */
  readonly peakDesired: number;
  readonly peakRunning: number;
  /** The last hour of minutes and the last activities, for the charts. */
  readonly minutes: readonly ScalingMinuteRow[];
  readonly activities: readonly ScalingActivityRow[];
  /** The target group whose RequestCountPerTarget the service's charts show (the one a policy tracks, else its first). */
  readonly chartedTargetGroup: string | null;
  /** The latest datapoints, null before the first (or in a minute without one). */
  readonly latest: { readonly cpu: number | null; readonly memory: number | null; readonly requestCountPerTarget: number | null };
}

export interface TaskFaults {
  /** Status its health-check paths answer with, or 'timeout'; null when healthy. */
  readonly healthChecks: number | 'timeout' | null;
  readonly containerHealthChecks: boolean;
  readonly extraLatencyMs: number;
  /** refuseConnections: new requests get 502 at once. */
  readonly refusesConnections: boolean;
}

/**
 * Why ECS is replacing a task that still runs: it starts a replacement first and stops this one once the
 * replacement is up (MC6, fact 39). `elb-health-checks` and `container-health-checks` are the task's own failures
 * ("Task failed ELB health checks", "Task failed container health checks"); `instance-draining` replaces a task
 * that may be perfectly healthy because its container instance is DRAINING; `deployment` replaces a task of an
 * older deployment with one of the newest. Scale-in has no such phase: the scheduler stops the excess at once
 * (MC25), so it shows as the stop itself (stopCode and stoppedReason).
 */
export type ReplacementReason = 'elb-health-checks' | 'container-health-checks' | 'instance-draining' | 'deployment';

/** What ECS marks a task for (MC6); a deployment replaces tasks without marking them. */
export type MarkReason = Exclude<ReplacementReason, 'deployment'>;

export interface TaskSnapshot {
  readonly id: string;
  readonly serviceId: string;
  readonly deploymentId: string;
  readonly taskDefinition: string;
  readonly image: string;
  readonly lastStatus: TaskLastStatus;
  readonly desiredStatus: TaskDesiredStatus;
  readonly healthStatus: TaskHealthStatus;
  readonly availabilityZone: string;
  readonly privateIp: string;
  /** EC2: the container instance it runs on, and the host port of each container port (bridge/host). */
  readonly instanceId: string | null;
  readonly hostPorts: Readonly<Record<string, number>>;
  readonly launchedAt: number;
  readonly startedAt: number | null;
  readonly stoppingAt: number | null;
  readonly stoppedAt: number | null;
  readonly stopCode: StopCode | null;
  readonly stoppedReason: string | null;
  /** Why ECS is replacing it while it still runs (desiredStatus RUNNING), or null when it is not. */
  readonly replacement: ReplacementReason | null;
  readonly faults: TaskFaults;
  /** When each status began, in order. */
  readonly statusHistory: readonly { readonly status: TaskLastStatus; readonly at: number }[];
  /** Task scale-in protection (fact 68): protected until this time (ms), else null. */
  readonly protectedUntil: number | null;
}

export interface TargetSnapshot {
  readonly targetGroupId: string;
  readonly taskId: string;
  readonly ip: string;
  readonly port: number;
  readonly state: TargetState;
  readonly reason: TargetReason | null;
  readonly description: string | null;
  readonly registeredAt: number;
  /** When draining ends (state becomes unused), or null. */
  readonly drainingEndsAt: number | null;
  readonly history: readonly { readonly state: TargetState; readonly reason: TargetReason | null; readonly at: number }[];
}

export interface TargetGroupSnapshot {
  readonly id: string;
  readonly name: string;
  readonly arn: string;
  readonly targets: readonly TargetSnapshot[];
  readonly healthyCount: number;
  readonly unhealthyCount: number;
}

export interface RuleSnapshot {
  /** Logical ID, or null for the default rule. */
  readonly id: string | null;
  readonly priority: number | 'default';
}

export interface ListenerSnapshot {
  readonly id: string;
  readonly loadBalancerId: string;
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  /** In evaluation order, default last. */
  readonly rules: readonly RuleSnapshot[];
}

export interface InstanceSnapshot {
  readonly id: string;
  readonly instanceType: string;
  readonly availabilityZone: string;
  readonly status: 'ACTIVE' | 'DRAINING';
  /** removeInstance: DRAINING, and deregistered once its last task has stopped. */
  readonly removing: boolean;
  readonly privateIp: string;
  readonly cpu: { readonly registered: number; readonly remaining: number };
  readonly memory: { readonly registered: number; readonly remaining: number };
  readonly portsInUse: readonly number[];
  /** Tasks placed on it and not yet STOPPED. */
  readonly taskIds: readonly string[];
}

export interface ClusterSnapshot {
  readonly id: string;
  readonly name: string;
  /** Registered container instances (EC2); empty for Fargate-only clusters. */
  readonly instances: readonly InstanceSnapshot[];
}

/**
 * The world's structure and states. Rebuilt only when one of them changes (version), so views can compare by
 * identity; figures that change with every request are in RequestCounters, and the clock is Simulation.now().
 */
export interface WorldSnapshot {
  readonly version: number;
  readonly clusters: readonly ClusterSnapshot[];
  readonly services: readonly ServiceSnapshot[];
  /** Tasks not yet stopped, and the most recently stopped ones. */
  readonly tasks: readonly TaskSnapshot[];
  readonly targetGroups: readonly TargetGroupSnapshot[];
  readonly listeners: readonly ListenerSnapshot[];
  readonly traffic: TrafficSpec;
}

/** Cumulative request figures, fresh on every call and cheap enough to read every frame. */
export interface RequestCounters {
  readonly total: number;
  readonly inFlight: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** By rule priority or "default", summed over listeners (as the command line's summary gives it). */
  readonly byRule: Readonly<Record<string, number>>;
  /** Listener logical ID -> rule priority or "default" -> count. */
  readonly byListenerRule: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly byTargetGroup: Readonly<Record<string, number>>;
  /** Requests sent to each task (every task of the run, stopped ones included). */
  readonly byTask: Readonly<Record<string, number>>;
  /** Target group logical ID -> task ID -> requests in flight now. */
  readonly inFlightByTarget: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Answered by the load balancer itself with a 5xx (HTTPCode_ELB_5XX_Count). */
  readonly elb5xx: number;
  /** 5xx answered by targets (HTTPCode_Target_5XX_Count). */
  readonly target5xx: number;
}
