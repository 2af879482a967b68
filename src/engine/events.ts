/**
 * What the engine reports. Narration, the log, animations, the command line and tests read these; none of them
 * reaches into engine internals. Every field is always present (null where it does not apply), so a JSON line
 * has one shape per type.
 */
import type { Command } from './commands';
import type { AlarmState, ComparisonOperator, ScalingMetricName } from './scalingSpec';

export type TaskLastStatus =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED';

export type TaskDesiredStatus = 'RUNNING' | 'STOPPED';
export type TaskHealthStatus = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';
export type StopCode =
  | 'TaskFailedToStart'
  | 'EssentialContainerExited'
  | 'UserInitiated'
  | 'ServiceSchedulerInitiated';

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'unused';
export type TargetReason =
  | 'Elb.RegistrationInProgress'
  | 'Elb.InitialHealthChecking'
  | 'Target.ResponseCodeMismatch'
  | 'Target.Timeout'
  | 'Target.FailedHealthChecks'
  | 'Target.DeregistrationInProgress'
  | 'Target.NotRegistered';

export interface RequestCompletedEvent {
  readonly t: number;
  readonly type: 'request.completed';
  readonly id: number;
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly query: string;
  readonly listener: string;
  readonly listenerPort: number;
  /** Priority, or "default". */
  readonly rule: number | 'default';
  readonly targetGroup: string | null;
  readonly target: string | null;
  /** Instance targets (EC2 bridge/host): the container instance and host port; null for ip targets. */
  readonly instance: string | null;
  readonly port: number | null;
  readonly status: number;
  readonly source: 'elb' | 'target';
  readonly reason: string;
  readonly latencyMs: number;
  readonly location: string | null;
}

export interface TargetHealthEvent {
  readonly t: number;
  readonly type: 'target.health';
  readonly targetGroup: string;
  readonly target: string;
  /** Instance targets (EC2 bridge/host): the container instance and host port; null for ip targets. */
  readonly instance: string | null;
  readonly port: number | null;
  readonly from: TargetState | null;
  readonly to: TargetState;
  readonly reason: TargetReason | null;
  readonly description: string | null;
}

export interface TaskStatusEvent {
  readonly t: number;
  readonly type: 'task.status';
  readonly task: string;
  readonly service: string;
  readonly from: TaskLastStatus | null;
  readonly to: TaskLastStatus;
  readonly stopCode: StopCode | null;
  readonly stoppedReason: string | null;
}

/** Container health as ECS derives it for the task (fact 10). */
export interface TaskHealthEvent {
  readonly t: number;
  readonly type: 'task.health';
  readonly task: string;
  readonly service: string;
  readonly from: TaskHealthStatus;
  readonly to: TaskHealthStatus;
}

export interface ServiceEventEvent {
  readonly t: number;
  readonly type: 'service.event';
  readonly service: string;
  readonly message: string;
}

export interface CommandAppliedEvent {
  readonly t: number;
  readonly type: 'command.applied';
  readonly command: Command;
}

export interface CommandRejectedEvent {
  readonly t: number;
  readonly type: 'command.rejected';
  readonly command: Command;
  readonly reason: string;
}

/**
 * One minute's datapoint of a scaled service's metric (MC26): ECS's CPUUtilization and MemoryUtilization averaged
 * over its RUNNING tasks, the ALB's RequestCountPerTarget per target group. Only services with a scalable target.
 */
export interface ScalingDatapointEvent {
  readonly t: number;
  readonly type: 'scaling.datapoint';
  readonly service: string;
  readonly metric: ScalingMetricName;
  /** RequestCountPerTarget: the target group; else null. */
  readonly targetGroup: string | null;
  readonly value: number;
  /** The RUNNING tasks (CPU, memory) or healthy targets (requests per target) it is averaged over. */
  readonly over: number;
}

/** A scaling alarm changed state (MC27). */
export interface ScalingAlarmEvent {
  readonly t: number;
  readonly type: 'scaling.alarm';
  readonly service: string;
  readonly policy: string;
  readonly alarm: string;
  readonly role: 'high' | 'low' | 'step';
  readonly from: AlarmState;
  readonly to: AlarmState;
  readonly metric: ScalingMetricName;
  /** The latest datapoint, null when there was none. */
  readonly value: number | null;
  readonly threshold: number;
  readonly comparison: ComparisonOperator;
  /** How many datapoints in a row the alarm needs. */
  readonly periods: number;
}

/** Application Auto Scaling changed a service's desired count (MC27): its cause in AAS's words. */
export interface ScalingActivityEvent {
  readonly t: number;
  readonly type: 'scaling.activity';
  readonly service: string;
  readonly policy: string;
  readonly alarm: string;
  readonly direction: 'out' | 'in';
  readonly from: number;
  readonly to: number;
  /** "monitor alarm <name> in state ALARM triggered policy <name>", as AAS writes an activity's cause. */
  readonly cause: string;
  /** "Setting desired count to N." */
  readonly description: string;
  readonly metric: ScalingMetricName;
  /** The datapoint that decided it, and the policy's target value (step scaling: its alarm's threshold). */
  readonly value: number;
  readonly target: number;
  /** When the cooldown this activity starts ends (ms). */
  readonly cooldownEndsAt: number;
}

export type SimEvent =
  | RequestCompletedEvent
  | TargetHealthEvent
  | TaskStatusEvent
  | TaskHealthEvent
  | ServiceEventEvent
  | CommandAppliedEvent
  | CommandRejectedEvent
  | ScalingDatapointEvent
  | ScalingAlarmEvent
  | ScalingActivityEvent;

export type SimEventType = SimEvent['type'];
