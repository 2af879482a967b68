/**
 * The stage's captions: for the events that say why something happened, one short line beside the task or service
 * it concerns, in the lens's words around AWS's own reason words ("Health checks failed with these codes: [302]",
 * "CannotPullContainerError", "ECS is replacing it: 2 of 3 healthy, minimum 100 %"). Read from events only, a batch
 * at a time: everything one simulated millisecond brought, so a task marked unhealthy and stopped in the same
 * instant is told as stopped, not as being replaced.
 */
import type { ServiceEventEvent, SimEvent, TaskLastStatus, TaskStatusEvent } from '../engine';
import { serviceOfTask, targetGroupNameFromArn, type NarrationContext } from './narrationContext';
import { narrateServiceEvent } from './serviceEventNarration';
import type { Lens, LensWords } from './vocabulary';

export interface CaptionSubject {
  readonly kind: 'task' | 'service';
  readonly id: string;
}

/** A problem (a failure, AWS's error), what ECS does about it, or a story ending well. */
export type CaptionTone = 'problem' | 'action' | 'good';

export interface CaptionLine {
  readonly subject: CaptionSubject;
  readonly text: string;
  readonly tone: CaptionTone;
}

/** What ECS's arithmetic looked like for a service at the instant (MC6): its healthy tasks, desired count, minimum. */
export interface ServiceFacts {
  readonly healthy: number;
  readonly desired: number;
  readonly minimumHealthyPercent: number;
}

interface CaptionWords {
  readonly unhealthy: (why: string) => string;
  readonly replacing: (facts: ServiceFacts) => string;
  readonly stops: (why: string) => string;
  readonly crashed: string;
  readonly stoppedByUser: string;
  readonly failedToStart: (error: string) => string;
  readonly hostStopped: (instance: string) => string;
  readonly containerUnhealthy: string;
  /** ECS's service message, shortened (AWS), or the narration's retelling of it (orchestra). */
  readonly service: (message: string, event: ServiceEventEvent, ctx: NarrationContext) => string;
}

const WORDS: LensWords<CaptionWords> = {
  aws: {
    unhealthy: (why) => why,
    replacing: (f) => `ECS is replacing it: ${f.healthy} of ${f.desired} healthy, minimum ${f.minimumHealthyPercent} %`,
    stops: (why) => `ECS stops it: ${why}`,
    crashed: 'Essential container exited: its in-flight requests get 502',
    stoppedByUser: 'Task stopped by user',
    failedToStart: (error) => `Failed to start: ${error}`,
    hostStopped: (instance) => `Host EC2 instance ${instance} stopped`,
    containerUnhealthy: 'Container health check: UNHEALTHY',
    service: (message) => message,
  },
  orchestra: {
    unhealthy: (why) => `Out of tune: ${why}`,
    replacing: (f) => `A substitute comes first: ${f.healthy} of ${f.desired} in tune, minimum ${f.minimumHealthyPercent} %`,
    stops: (why) => `The conductor sends them off: ${why}`,
    crashed: 'Stopped playing (essential container exited): their notes in flight get 502',
    stoppedByUser: 'Leaves at your request (stopped by user)',
    failedToStart: (error) => `Never starts playing: ${error}`,
    hostStopped: (instance) => `Their riser ${instance} was taken away (host EC2 stopped)`,
    containerUnhealthy: 'Their own tuner says UNHEALTHY (container health check)',
    service: (_message, event, ctx) => narrateServiceEvent(event, 'orchestra', ctx).text,
  },
};

const STOP_PATH: ReadonlySet<TaskLastStatus> = new Set(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
const SERVICE_PREFIX = /^\(service [^)]+\) /;
const MARKED = /^\(service [^)]+\) \(task ([^)]+)\) \(port \d+\) is unhealthy in \(target-group [^)]+\) due to/;
const CONTAINER_MARKED = /^\(service [^)]+\) \(task ([^)]+)\) failed container health checks/;
/** Service events worth a caption on the service: failures, rollbacks and the end of a story. */
const SERVICE_CAPTIONS: readonly { readonly re: RegExp; readonly tone: CaptionTone }[] = [
  { re: /deployment failed: /, tone: 'problem' },
  { re: /rolling back to deployment /, tone: 'action' },
  { re: /is unable to consistently start tasks successfully/, tone: 'problem' },
  { re: /was unable to stop or start tasks during a deployment/, tone: 'problem' },
  { re: /deployment completed\./, tone: 'good' },
  { re: /has reached a steady state\./, tone: 'good' },
];

/** "Task failed ELB health checks in (target-group arn:…/web-tg/…)" -> "Task failed ELB health checks in web-tg". */
export function shortReason(reason: string): string {
  return reason.replace(/\(target-group ([^)]+)\)/g, (_m, arn: string) => targetGroupNameFromArn(arn)).replace(/\.$/, '');
}

/** "CannotPullContainerError: pull image manifest …" -> "CannotPullContainerError": the error's name, if it has one. */
export function errorName(reason: string): string {
  const name = /^([A-Z][A-Za-z]+(?:Error|Exception))\b/.exec(reason);
  return name?.[1] ?? shortReason(reason);
}

function stopLine(event: TaskStatusEvent, words: CaptionWords): { text: string; tone: CaptionTone } | null {
  const reason = event.stoppedReason ?? '';
  switch (event.stopCode) {
    case 'EssentialContainerExited':
      return { text: words.crashed, tone: 'problem' };
    case 'UserInitiated':
      return { text: words.stoppedByUser, tone: 'action' };
    case 'TaskFailedToStart':
      return { text: words.failedToStart(errorName(reason)), tone: 'problem' };
    case 'ServiceSchedulerInitiated':
      return { text: words.stops(shortReason(reason || 'the service scheduler stopped it')), tone: 'action' };
    case null: {
      const host = /^Host EC2 \(instance ([^)]+)\)/.exec(reason);
      if (host) return { text: words.hostStopped(host[1] ?? ''), tone: 'problem' };
      return reason === '' ? null : { text: shortReason(reason), tone: 'action' };
    }
  }
}

function serviceLine(event: ServiceEventEvent, words: CaptionWords, ctx: NarrationContext): { text: string; tone: CaptionTone } | null {
  const kind = SERVICE_CAPTIONS.find((candidate) => candidate.re.test(event.message));
  if (!kind) return null;
  // A world that starts warm is steady at 0:00 before any story began: nothing to end.
  if (event.t === 0 && kind.tone === 'good') return null;
  const text = shortReason(event.message.replace(SERVICE_PREFIX, ''));
  return { text: words.service(text.charAt(0).toUpperCase() + text.slice(1), event, ctx), tone: kind.tone };
}

/**
 * The captions one instant's events make, in order. `facts` answers for a service at that instant (after the
 * batch's health changes); a task ECS marks and does not stop in the same instant is being replaced.
 */
export function captionLines(batch: readonly SimEvent[], lens: Lens, ctx: NarrationContext, facts: (serviceId: string) => ServiceFacts | null): CaptionLine[] {
  const words = WORDS[lens];
  const lines: CaptionLine[] = [];
  const stoppedNow = new Set(batch.flatMap((e) => (e.type === 'task.status' && STOP_PATH.has(e.to) && (e.from === null || !STOP_PATH.has(e.from)) ? [e.task] : [])));
  for (const event of batch) {
    switch (event.type) {
      case 'target.health':
        if (event.to === 'unhealthy') {
          lines.push({ subject: { kind: 'task', id: event.target }, text: words.unhealthy(event.description ?? event.reason ?? 'health checks failed'), tone: 'problem' });
        }
        break;
      case 'task.status': {
        const begins = STOP_PATH.has(event.to) && (event.from === null || !STOP_PATH.has(event.from));
        if (!begins) break;
        const line = stopLine(event, words);
        if (line !== null) lines.push({ subject: { kind: 'task', id: event.task }, ...line });
        break;
      }
      case 'task.health':
        if (event.to === 'UNHEALTHY') lines.push({ subject: { kind: 'task', id: event.task }, text: words.containerUnhealthy, tone: 'problem' });
        break;
      case 'service.event': {
        const marked = MARKED.exec(event.message) ?? CONTAINER_MARKED.exec(event.message);
        if (marked) {
          const task = marked[1] ?? '';
          const service = serviceOfTask(ctx, task)?.id ?? event.service;
          const known = facts(service);
          if (!stoppedNow.has(task) && known) lines.push({ subject: { kind: 'task', id: task }, text: words.replacing(known), tone: 'action' });
          break;
        }
        const line = serviceLine(event, words, ctx);
        if (line !== null) lines.push({ subject: { kind: 'service', id: event.service }, ...line });
        break;
      }
      default:
        break;
    }
  }
  return lines;
}
