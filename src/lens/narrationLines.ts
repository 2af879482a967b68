/**
 * The Narration tab's lines: one per happening, not one per event. ECS and the load balancer report one thing
 * several times in the same instant (a task ACTIVATING, its target `initial`, "registered 2 targets"; a target
 * unhealthy and ECS's "is unhealthy in (target-group …)"; a stop, its target draining and three service events),
 * so the events of one simulated millisecond that tell the same happening become one line: a sentence in the lens,
 * and ECS's own words for it underneath (short IDs). Every other event keeps its own line.
 */
import type { ServiceEventEvent, SimEvent, TargetHealthEvent, TaskLastStatus, TaskStatusEvent } from '../engine';
import { narrate, type Narration, type NarrationCategory } from './narration';
import { serviceOfTask, targetGroupName, taskName, upperFirst, type NarrationContext } from './narrationContext';
import { narrateServiceEvent, serviceMessage } from './serviceEventNarration';
import { beginsStopping } from './taskNarration';
import { lensLook, type Lens } from './vocabulary';

export interface NarrationEntry {
  readonly seq: number;
  readonly event: SimEvent;
}

export interface NarrationLine extends Narration {
  /** The first event's sequence number (a stable key). */
  readonly seq: number;
  readonly t: number;
  /** The events the line tells, in log order. */
  readonly events: readonly SimEvent[];
  /** ECS's own words for the happening (service events, short IDs), shown under the sentence. */
  readonly evidence: readonly string[];
}

type Kind = 'started' | 'registered' | 'unhealthy' | 'stopping';

const STOP_PATH: ReadonlySet<TaskLastStatus> = new Set(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);

function isStopStart(event: TaskStatusEvent): boolean {
  return STOP_PATH.has(event.to) && (event.from === null || !STOP_PATH.has(event.from));
}

function serviceOf(ctx: NarrationContext, task: string, fallback: string): string {
  return serviceOfTask(ctx, task)?.id ?? fallback;
}

/** Which happening an event tells, keyed so the events of one happening in one instant share the key. */
function happening(event: SimEvent, ctx: NarrationContext): { readonly kind: Kind; readonly key: string } | null {
  switch (event.type) {
    case 'task.status':
      if (event.from === null) return { kind: 'started', key: `started:${event.service}` };
      if (event.to === 'ACTIVATING') return { kind: 'registered', key: `registered:${event.service}` };
      if (isStopStart(event)) return { kind: 'stopping', key: `stopping:${event.service}` };
      return null;
    case 'target.health': {
      const service = serviceOf(ctx, event.target, event.target);
      if (event.to === 'initial' && event.reason === 'Elb.RegistrationInProgress') return { kind: 'registered', key: `registered:${service}` };
      if (event.to === 'unhealthy') return { kind: 'unhealthy', key: `unhealthy:${event.target}` };
      if (event.to === 'draining') return { kind: 'stopping', key: `stopping:${service}` };
      return null;
    }
    case 'service.event': {
      const m = event.message;
      if (/\) has started \d+ tasks: /.test(m)) return { kind: 'started', key: `started:${event.service}` };
      if (/\) registered \d+ targets in /.test(m)) return { kind: 'registered', key: `registered:${event.service}` };
      const marked = /^\(service [^)]+\) \(task ([^)]+)\) \(port \d+\) is unhealthy in /.exec(m);
      if (marked) return { kind: 'unhealthy', key: `unhealthy:${marked[1] ?? ''}` };
      if (/\) has stopped \d+ running tasks: |\) deregistered \d+ targets in |\) has begun draining connections on /.test(m)) {
        return { kind: 'stopping', key: `stopping:${event.service}` };
      }
      return null;
    }
    default:
      return null;
  }
}

function ofType<T extends SimEvent['type']>(events: readonly SimEvent[], type: T): Extract<SimEvent, { type: T }>[] {
  return events.filter((event): event is Extract<SimEvent, { type: T }> => event.type === type);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "task WebService-1" / "tasks WebService-1 and WebService-2" (AWS); the players by name (orchestra). */
function whoAll(lens: Lens, ctx: NarrationContext, tasks: readonly string[]): string {
  if (lens === 'orchestra') return list(tasks.map((task) => taskName(lens, ctx, task)));
  return `${tasks.length === 1 ? 'task' : 'tasks'} ${list(tasks)}`;
}

function startedSentence(lens: Lens, ctx: NarrationContext, events: readonly SimEvent[]): string | null {
  const service = ofType(events, 'service.event')[0];
  const starts = ofType(events, 'task.status');
  if (lens === 'orchestra') return service ? narrateServiceEvent(service, lens, ctx).text : null;
  if (starts.length === 0) return null;
  const name = ctx.services.get(starts[0]?.service ?? '')?.name ?? starts[0]?.service ?? '';
  return `ECS started ${whoAll(lens, ctx, starts.map((e) => e.task))} (service ${name})`;
}

function registeredSentence(lens: Lens, ctx: NarrationContext, events: readonly SimEvent[]): string | null {
  const tasks = ofType(events, 'task.status').map((e) => e.task);
  if (tasks.length === 0) return null;
  const groups = serviceOfTask(ctx, tasks[0] ?? '')?.targetGroupIds.map((id) => targetGroupName(ctx, id)) ?? [];
  const are = tasks.length === 1 ? 'is' : 'are';
  const Who = upperFirst(whoAll(lens, ctx, tasks));
  if (groups.length === 0) return `${Who} ${are} ACTIVATING`;
  return lens === 'orchestra'
    ? `${Who} ${are} ACTIVATING: the stage manager adds them to the ${list(groups)} call sheet`
    : `${Who} ${are} ACTIVATING: ECS registers ${tasks.length === 1 ? 'it' : 'them'} in target group ${list(groups)}`;
}

function unhealthySentence(lens: Lens, ctx: NarrationContext, events: readonly SimEvent[]): string | null {
  const target = ofType(events, 'target.health')[0];
  return target ? narrate(target, lens, ctx)?.text ?? null : null;
}

/** What draining means for these targets: a crashed task's requests already got 502, so it has none to finish. */
function drainNote(lens: Lens, ctx: NarrationContext, drains: readonly TargetHealthEvent[], crashed: boolean): string | null {
  const drain = drains[0];
  if (!drain) return null;
  const plural = drains.length > 1;
  const delay = ctx.targetGroups.get(drain.targetGroup)?.deregistrationDelaySeconds ?? null;
  const group = list([...new Set(drains.map((d) => targetGroupName(ctx, d.targetGroup)))]);
  if (crashed) {
    return lens === 'orchestra'
      ? `it leaves the ${group} call sheet with no notes left to finish (those in flight got 502 when it stopped)`
      : `its target drains in ${group} with no requests left to finish (those in flight got 502 at the crash)`;
  }
  const upTo = delay === null ? '' : ` for up to ${delay} s`;
  if (lens === 'orchestra') return `${plural ? 'they finish' : 'it finishes'} the piece before leaving the ${group} call sheet${upTo}`;
  return `${plural ? 'their targets drain' : 'its target drains'} in ${group}: in-flight requests may finish${upTo}`;
}

function stoppingSentence(lens: Lens, ctx: NarrationContext, events: readonly SimEvent[]): string | null {
  const stops = ofType(events, 'task.status');
  if (stops.length === 0) return null;
  const drains = ofType(events, 'target.health');
  // Tasks the scheduler stopped together for one cause are one sentence; any other stop is told task by task.
  const causes = new Map<string, TaskStatusEvent[]>();
  for (const stop of stops) {
    const cause = stop.stopCode === 'ServiceSchedulerInitiated' ? `scheduler|${stop.stoppedReason ?? ''}` : `task|${stop.task}`;
    causes.set(cause, [...(causes.get(cause) ?? []), stop]);
  }
  return [...causes.values()]
    .map((same) => {
      const first = same[0];
      if (!first) return '';
      const tasks = same.map((stop) => stop.task);
      const said = same.length === 1 ? narrate(first, lens, ctx)?.text ?? '' : beginsStopping(first, lens, whoAll(lens, ctx, tasks));
      const note = drainNote(lens, ctx, drains.filter((drain) => tasks.includes(drain.target)), first.stopCode === 'EssentialContainerExited');
      return note === null ? said : `${said}; ${note}`;
    })
    .join('. ');
}

const KIND: Readonly<Record<Kind, { readonly category: NarrationCategory; readonly sentence: typeof stoppingSentence }>> = {
  started: { category: 'service', sentence: startedSentence },
  registered: { category: 'task', sentence: registeredSentence },
  unhealthy: { category: 'target', sentence: unhealthySentence },
  stopping: { category: 'task', sentence: stoppingSentence },
};

function single(entry: NarrationEntry, lens: Lens, ctx: NarrationContext): NarrationLine | null {
  const told = narrate(entry.event, lens, ctx);
  if (!told) return null;
  const quotes = entry.event.type === 'service.event' && lensLook(lens).quotesServiceEvents ? [serviceMessage(entry.event)] : [];
  return { ...told, seq: entry.seq, t: entry.event.t, events: [entry.event], evidence: quotes };
}

function group(kind: Kind, entries: readonly NarrationEntry[], lens: Lens, ctx: NarrationContext): NarrationLine[] {
  const events = entries.map((entry) => entry.event);
  const sentence = KIND[kind].sentence(lens, ctx, events);
  const first = entries[0];
  if (sentence === null || !first) return entries.flatMap((entry) => single(entry, lens, ctx) ?? []);
  const evidence = ofType(events, 'service.event').map((event: ServiceEventEvent) => serviceMessage(event));
  const told = events.map((event) => narrate(event, lens, ctx));
  return [
    {
      text: sentence,
      category: KIND[kind].category,
      importance: told.some((narration) => narration?.importance === 'important') ? 'important' : 'normal',
      seq: first.seq,
      t: first.event.t,
      events,
      evidence: lens === 'aws' && evidence.length === 1 && evidence[0] === sentence ? [] : evidence,
    },
  ];
}

/**
 * The lines for a run of log entries, oldest first. Entries of one instant are grouped by happening; a happening
 * with one event is told as that event alone.
 */
export function narrationLines(entries: readonly NarrationEntry[], lens: Lens, ctx: NarrationContext): NarrationLine[] {
  const lines: NarrationLine[] = [];
  let index = 0;
  while (index < entries.length) {
    const t = entries[index]?.event.t;
    let end = index;
    while (end < entries.length && entries[end]?.event.t === t) end++;
    const instant = entries.slice(index, end);
    const groups = new Map<string, { kind: Kind; entries: NarrationEntry[] }>();
    const order: (string | NarrationEntry)[] = [];
    for (const entry of instant) {
      const found = happening(entry.event, ctx);
      if (!found) {
        order.push(entry);
        continue;
      }
      const known = groups.get(found.key);
      if (known) known.entries.push(entry);
      else {
        groups.set(found.key, { kind: found.kind, entries: [entry] });
        order.push(found.key);
      }
    }
    for (const item of order) {
      if (typeof item !== 'string') {
        const line = single(item, lens, ctx);
        if (line) lines.push(line);
        continue;
      }
      const found = groups.get(item);
      if (!found) continue;
      if (found.entries.length === 1 && found.entries[0]) {
        const line = single(found.entries[0], lens, ctx);
        if (line) lines.push(line);
      } else lines.push(...group(found.kind, found.entries, lens, ctx));
    }
    index = end;
  }
  return lines;
}
