/**
 * Readers over a recorded event stream, so engine tests can state a whole story as exact (time, value) pairs.
 * Times are milliseconds (MC1); `s()` turns the scenario's seconds into them.
 */
import type {
  Command,
  RequestCompletedEvent,
  ScenarioSpec,
  ScriptEntry,
  SimEvent,
  TaskLastStatus,
  TargetState,
} from '../../src/engine';
import { ofType } from './world';

/** Seconds to engine milliseconds. */
export const s = (seconds: number): number => Math.round(seconds * 1000);

/** A script entry at `seconds`. */
export const at = (seconds: number, command: Command): ScriptEntry => ({ at: seconds, command });

/** A scripted single request at `seconds` (MC17 defaults for everything not given). */
export const requestAt = (seconds: number, path: string, extra: Omit<Extract<Command, { do: 'request' }>, 'do' | 'path'> = {}): ScriptEntry =>
  at(seconds, { do: 'request', path, ...extra });

/** [lastStatus, t] for every status a task went through, in order. */
export function statusTimeline(events: readonly SimEvent[], task: string): [TaskLastStatus, number][] {
  return ofType(events, 'task.status')
    .filter((e) => e.task === task)
    .map((e) => [e.to, e.t]);
}

/** The time a task entered `status`, or undefined when it never did. */
export function timeOf(events: readonly SimEvent[], task: string, status: TaskLastStatus): number | undefined {
  return ofType(events, 'task.status').find((e) => e.task === task && e.to === status)?.t;
}

/** [state, t] for every target-health change of a task's target (in one group when given). */
export function targetTimeline(events: readonly SimEvent[], task: string, targetGroup?: string): [TargetState, number][] {
  // State changes only: a new target's move from Elb.RegistrationInProgress to Elb.InitialHealthChecking (MC23) stays `initial`.
  return ofType(events, 'target.health')
    .filter((e) => e.target === task && (targetGroup === undefined || e.targetGroup === targetGroup) && e.from !== e.to)
    .map((e) => [e.to, e.t]);
}

/** [t, message] of every service event (of one service when given). */
export function messages(events: readonly SimEvent[], service?: string): [number, string][] {
  return ofType(events, 'service.event')
    .filter((e) => service === undefined || e.service === service)
    .map((e) => [e.t, e.message]);
}

/** Service messages that contain `fragment`, as [t, message]. */
export function messagesWith(events: readonly SimEvent[], fragment: string): [number, string][] {
  return messages(events).filter(([, m]) => m.includes(fragment));
}

export const requests = (events: readonly SimEvent[]): RequestCompletedEvent[] => ofType(events, 'request.completed');

/** Task IDs in launch order (first PROVISIONING event). */
export function launched(events: readonly SimEvent[]): [string, number][] {
  return ofType(events, 'task.status')
    .filter((e) => e.from === null)
    .map((e) => [e.task, e.t]);
}

export function tgArn(spec: ScenarioSpec, targetGroupId: string): string {
  const tg = spec.targetGroups.find((g) => g.id === targetGroupId);
  if (!tg) throw new Error(`no target group ${targetGroupId}`);
  return tg.arn;
}

/** The stop sequence of a task stopped at `stopMs` whose targets drain for `drainMs` and whose app exits after `exitMs`. */
export function stopSequence(stopMs: number, drainMs: number, exitMs: number): [TaskLastStatus, number][] {
  return [
    ['DEACTIVATING', stopMs],
    ['STOPPING', stopMs + drainMs],
    ['DEPROVISIONING', stopMs + drainMs + exitMs],
    ['STOPPED', stopMs + drainMs + exitMs + 2000],
  ];
}

/** The launch sequence of a task launched at `launchMs` with MC12's defaults (3 s, 7 s, 1 s). */
export function launchSequence(launchMs: number, provisioning = 3000, pending = 7000, activating = 1000): [TaskLastStatus, number][] {
  return [
    ['PROVISIONING', launchMs],
    ['PENDING', launchMs + provisioning],
    ['ACTIVATING', launchMs + provisioning + pending],
    ['RUNNING', launchMs + provisioning + pending + activating],
  ];
}
