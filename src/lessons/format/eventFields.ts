/**
 * What a goal or a prediction may say about an event: its type, the fields it can filter on, and the values an
 * enumerated field can take. Written out here because the engine's event types exist only as types; the `satisfies`
 * clauses below make a table that misses a type, a field or a value fail to compile when the engine changes.
 */
import { SCALING_METRIC_NAMES, type AlarmState, type SimEvent, type SimEventType, type StopCode, type TargetReason, type TargetState, type TaskHealthStatus, type TaskLastStatus } from '../../engine';

export const EVENT_TYPES = [
  'request.completed',
  'target.health',
  'task.status',
  'task.health',
  'service.event',
  'command.applied',
  'command.rejected',
  'scaling.datapoint',
  'scaling.alarm',
  'scaling.activity',
] as const satisfies readonly SimEventType[];

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const everyType: Missing<SimEventType, (typeof EVENT_TYPES)[number]> = true;
void everyType;

type FieldsOf<T extends SimEventType> = Exclude<keyof Extract<SimEvent, { type: T }>, 't' | 'type'>;

/** Each type's fields, but `t` and `type` (a goal's window says when; the type is the kind's own key). */
export const EVENT_FIELDS = {
  'request.completed': ['id', 'method', 'host', 'path', 'query', 'listener', 'listenerPort', 'rule', 'targetGroup', 'target', 'instance', 'port', 'status', 'source', 'reason', 'latencyMs', 'location'],
  'target.health': ['targetGroup', 'target', 'instance', 'port', 'from', 'to', 'reason', 'description'],
  'task.status': ['task', 'service', 'from', 'to', 'stopCode', 'stoppedReason'],
  'task.health': ['task', 'service', 'from', 'to'],
  'service.event': ['service', 'message'],
  'command.applied': ['command'],
  'command.rejected': ['command', 'reason'],
  'scaling.datapoint': ['service', 'metric', 'targetGroup', 'value', 'over'],
  'scaling.alarm': ['service', 'policy', 'alarm', 'role', 'from', 'to', 'metric', 'value', 'threshold', 'comparison', 'periods'],
  'scaling.activity': ['service', 'policy', 'alarm', 'direction', 'from', 'to', 'cause', 'description', 'metric', 'value', 'target', 'cooldownEndsAt'],
} as const satisfies { readonly [T in SimEventType]: readonly FieldsOf<T>[] };

type EveryField = { readonly [T in SimEventType]: Missing<FieldsOf<T>, (typeof EVENT_FIELDS)[T][number]> };
const everyField: EveryField = {
  'request.completed': true,
  'target.health': true,
  'task.status': true,
  'task.health': true,
  'service.event': true,
  'command.applied': true,
  'command.rejected': true,
  'scaling.datapoint': true,
  'scaling.alarm': true,
  'scaling.activity': true,
};
void everyField;

export const TARGET_STATES = ['initial', 'healthy', 'unhealthy', 'draining', 'unused'] as const satisfies readonly TargetState[];
const everyState: Missing<TargetState, (typeof TARGET_STATES)[number]> = true;
void everyState;

const TARGET_REASONS = [
  'Elb.RegistrationInProgress',
  'Elb.InitialHealthChecking',
  'Target.ResponseCodeMismatch',
  'Target.Timeout',
  'Target.FailedHealthChecks',
  'Target.DeregistrationInProgress',
  'Target.NotRegistered',
] as const satisfies readonly TargetReason[];
const everyReason: Missing<TargetReason, (typeof TARGET_REASONS)[number]> = true;
void everyReason;

export const TASK_STATUSES = [
  'PROVISIONING',
  'PENDING',
  'ACTIVATING',
  'RUNNING',
  'DEACTIVATING',
  'STOPPING',
  'DEPROVISIONING',
  'STOPPED',
] as const satisfies readonly TaskLastStatus[];
const everyStatus: Missing<TaskLastStatus, (typeof TASK_STATUSES)[number]> = true;
void everyStatus;

const STOP_CODES = ['TaskFailedToStart', 'EssentialContainerExited', 'UserInitiated', 'ServiceSchedulerInitiated'] as const satisfies readonly StopCode[];
const everyStopCode: Missing<StopCode, (typeof STOP_CODES)[number]> = true;
void everyStopCode;

const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const satisfies readonly AlarmState[];
const everyAlarmState: Missing<AlarmState, (typeof ALARM_STATES)[number]> = true;
void everyAlarmState;

const TASK_HEALTH = ['HEALTHY', 'UNHEALTHY', 'UNKNOWN'] as const satisfies readonly TaskHealthStatus[];
const everyHealth: Missing<TaskHealthStatus, (typeof TASK_HEALTH)[number]> = true;
void everyHealth;

/** Fields whose values are a closed set: a filter with another value could never match. */
export const ENUM_FIELDS: { readonly [T in SimEventType]?: Readonly<Record<string, readonly (string | null)[]>> } = {
  'request.completed': { source: ['elb', 'target'] },
  'target.health': { from: [...TARGET_STATES, null], to: TARGET_STATES, reason: [...TARGET_REASONS, null] },
  'task.status': { from: [...TASK_STATUSES, null], to: TASK_STATUSES, stopCode: [...STOP_CODES, null] },
  'task.health': { from: TASK_HEALTH, to: TASK_HEALTH },
  'scaling.datapoint': { metric: SCALING_METRIC_NAMES },
  'scaling.alarm': { from: ALARM_STATES, to: ALARM_STATES, role: ['high', 'low', 'step'], metric: SCALING_METRIC_NAMES },
  'scaling.activity': { direction: ['out', 'in'], metric: SCALING_METRIC_NAMES },
};

/** Fields whose values are numbers (a port, a status, a latency): a prediction reading one may offer ranges. */
export const NUMERIC_FIELDS: { readonly [T in SimEventType]?: readonly FieldsOf<T>[] } = {
  'request.completed': ['listenerPort', 'port', 'status', 'latencyMs'],
  'target.health': ['port'],
};

/** What a field's value names in the world, for the reference checks (`target` is the task a target is). */
export type ReferenceKind = 'task' | 'service' | 'targetGroup' | 'listener';

export const REFERENCE_FIELDS: Readonly<Record<string, ReferenceKind>> = {
  task: 'task',
  target: 'task',
  service: 'service',
  targetGroup: 'targetGroup',
  listener: 'listener',
};

export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}
