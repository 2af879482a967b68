/**
 * What the engine reports. Narration, the log, animations, the command line and tests read these; none of them
 * reaches into engine internals. Every field is always present (null where it does not apply), so a JSON line
 * has one shape per type.
 */
import type { Command } from './commands';

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

export type SimEvent =
  | RequestCompletedEvent
  | TargetHealthEvent
  | TaskStatusEvent
  | TaskHealthEvent
  | ServiceEventEvent
  | CommandAppliedEvent
  | CommandRejectedEvent;

export type SimEventType = SimEvent['type'];
