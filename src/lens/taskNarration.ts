/**
 * Task lifecycle sentences. A stop is told at the moment it begins, with its cause, because that is the evidence a
 * learner needs (teaching.md §2: stopped reason right after the service events); the later steps say what the
 * status means.
 */
import type { TaskHealthEvent, TaskLastStatus, TaskStatusEvent } from '../engine';
import type { Narration } from './narration';
import {
  playerNoun,
  serviceOfTask,
  shortArns,
  targetGroupName,
  targetGroupNameFromArn,
  taskName,
  upperFirst,
  type NarrationContext,
} from './narrationContext';
import type { Lens } from './vocabulary';

const STOP_PATH: ReadonlySet<TaskLastStatus> = new Set(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);

const ELB_REASON = /^Task failed ELB health checks in \(target-group ([^)]+)\)/;
const SCALING_REASON = /^Scaling activity initiated by \(deployment ([^)]+)\)/;
const CONTAINER_REASON = 'Task failed container health checks';
const DRAINING_REASON = 'Task stopped during instance draining';
const HOST_REASON = /^Host EC2 \(instance ([^)]+)\) stopped\/terminated/;

/** Why ECS's scheduler stopped a task, in words, from its stoppedReason (fact 17). */
function schedulerCause(lens: Lens, reason: string | null): string {
  if (reason === null) return lens === 'aws' ? 'the service scheduler stopped it' : 'the section no longer needs them';
  const elb = ELB_REASON.exec(reason);
  if (elb) {
    const group = targetGroupNameFromArn(elb[1] ?? '');
    return lens === 'aws'
      ? `it failed ELB health checks in target group ${group}`
      : `they kept playing out of tune at the stage manager's sound check (${group})`;
  }
  if (reason === CONTAINER_REASON) {
    return lens === 'aws' ? 'it failed its container health checks' : 'their own tuner kept failing (container health check)';
  }
  if (reason === DRAINING_REASON) {
    return lens === 'aws' ? 'its container instance is draining' : 'their riser is being cleared (container instance draining)';
  }
  const scaling = SCALING_REASON.exec(reason);
  if (scaling) {
    const deployment = scaling[1] ?? '';
    return lens === 'aws'
      ? `scaling activity initiated by deployment ${deployment}`
      : `the conductor is changing the section (deployment ${deployment})`;
  }
  return shortArns(reason);
}

/** The sentence for a stop as it begins, about `who` (one task, or several stopped together for one cause). */
export function beginsStopping(event: TaskStatusEvent, lens: Lens, who: string): string {
  const Who = upperFirst(who);
  switch (event.stopCode) {
    case 'ServiceSchedulerInitiated':
      return lens === 'aws'
        ? `ECS stopped ${who}: ${schedulerCause(lens, event.stoppedReason)}`
        : `The conductor sends ${who} off stage: ${schedulerCause(lens, event.stoppedReason)}`;
    case 'EssentialContainerExited':
      return lens === 'aws'
        ? `${Who} is stopping: its essential container exited`
        : `${Who} walks off stage: the lead player stopped playing (essential container exited)`;
    case 'UserInitiated':
      return lens === 'aws' ? `${Who} is stopping: a user stopped it` : `${Who} leaves the stage at your request`;
    case 'TaskFailedToStart':
      return lens === 'aws'
        ? `${Who} failed to start: ${event.stoppedReason ?? 'unknown reason'}`
        : `${Who} never starts playing: ${event.stoppedReason ?? 'unknown reason'}`;
    case null: {
      // No stop code: the engine stopped it from outside ECS's scheduler, such as its EC2 host going away.
      const host = event.stoppedReason === null ? null : HOST_REASON.exec(event.stoppedReason);
      if (host) {
        return lens === 'aws'
          ? `${Who} is stopping: its host EC2 instance ${host[1] ?? ''} stopped`
          : `${Who} stops at once: their riser ${host[1] ?? ''} was taken away (host EC2 instance stopped)`;
      }
      return event.stoppedReason ? `${Who} is stopping: ${event.stoppedReason}` : `${Who} is ${event.to}`;
    }
  }
}

function starts(event: TaskStatusEvent, lens: Lens, ctx: NarrationContext): string {
  const service = serviceOfTask(ctx, event.task);
  // A warm start: the task was deployed before the clock started and is first seen RUNNING.
  if (event.to === 'RUNNING') {
    if (lens === 'aws' || !service) return `Task ${event.task} (${service?.name ?? event.service}) is RUNNING: deployed before the clock started`;
    return `A ${playerNoun(service.instrument)}, ${event.task}, is already in their seat and playing`;
  }
  if (lens === 'aws' || !service) return `ECS started task ${event.task} (${service?.name ?? event.service})`;
  // The scenario's first tasks are the section; anyone later is brought in to fill a place.
  const player = playerNoun(service.instrument);
  return event.t === 0 ? `A ${player}, ${event.task}, walks on stage` : `A substitute ${player}, ${event.task}, walks on stage`;
}

function step(event: TaskStatusEvent, lens: Lens, ctx: NarrationContext, who: string): string {
  const Who = upperFirst(who);
  const service = serviceOfTask(ctx, event.task);
  const groups = service?.targetGroupIds.map((id) => targetGroupName(ctx, id)) ?? [];
  const orchestra = lens === 'orchestra';
  // Only what is true for this task: a crashed task has nothing left to signal, and only an awsvpc task has a
  // network interface of its own to release (bridge and host tasks use their instance's).
  const crashed = event.stopCode === 'EssentialContainerExited';
  const ownInterface = (service?.networkMode ?? 'awsvpc') === 'awsvpc';
  switch (event.to) {
    case 'PENDING':
      return orchestra ? `${Who} is PENDING: taking a chair on the stage` : `${Who} is PENDING: ECS has placed it and is starting its containers`;
    case 'ACTIVATING':
      if (groups.length === 0) return `${Who} is ACTIVATING`;
      return orchestra
        ? `${Who} is ACTIVATING: the stage manager adds them to the ${groups.join(' and ')} call sheet`
        : `${Who} is ACTIVATING: ECS registers it in target group ${groups.join(' and ')}`;
    case 'RUNNING':
      if (groups.length === 0) return `${Who} is RUNNING`;
      return orchestra
        ? `${Who} is RUNNING: playing, but no audience until the sound check says in tune`
        : `${Who} is RUNNING: it gets traffic once its health checks pass`;
    case 'STOPPING':
      if (crashed) {
        return orchestra
          ? `${Who} is STOPPING: the lead player already stopped, so there is nothing to wait for`
          : `${Who} is STOPPING: its essential container already exited, so there is no SIGTERM to wait for`;
      }
      return orchestra
        ? `${Who} is STOPPING: packing up (SIGTERM, then SIGKILL after the stop timeout)`
        : `${Who} is STOPPING: its containers get SIGTERM, then SIGKILL after the stop timeout`;
    case 'DEPROVISIONING':
      if (orchestra) return `${Who} is DEPROVISIONING: their chair is cleared`;
      return ownInterface
        ? `${Who} is DEPROVISIONING: its network interface is released`
        : `${Who} is DEPROVISIONING: ECS gives its CPU, memory and ports back to its container instance`;
    case 'STOPPED': {
      const why = event.stoppedReason ? `: ${shortArns(event.stoppedReason)}` : '';
      return orchestra ? `${Who} has left the stage (STOPPED)${why}` : `${Who} is STOPPED${why}`;
    }
    default:
      return `${Who} is ${event.to}`;
  }
}

export function narrateTaskStatus(event: TaskStatusEvent, lens: Lens, ctx: NarrationContext): Narration {
  const who = taskName(lens, ctx, event.task);
  if (event.from === null) return { text: starts(event, lens, ctx), category: 'task', importance: 'normal' };
  if (STOP_PATH.has(event.to) && !STOP_PATH.has(event.from)) {
    return { text: beginsStopping(event, lens, who), category: 'task', importance: 'important' };
  }
  return { text: step(event, lens, ctx, who), category: 'task', importance: 'normal' };
}

export function narrateTaskHealth(event: TaskHealthEvent, lens: Lens, ctx: NarrationContext): Narration {
  const Who = upperFirst(taskName(lens, ctx, event.task));
  const text =
    lens === 'aws'
      ? `${Who} container health is now ${event.to}`
      : `${Who} checks their own tuning (container health check): ${event.to}`;
  return { text, category: 'task', importance: 'normal' };
}
