/**
 * Watches the run for a prediction's answer: the first matching event, the first matching request, or a count of
 * tasks at a moment. Fed every event from the step's start; asked with the clock, it says what was observed, or
 * that it never happened once the step's time limit has passed.
 */
import type { ScenarioSpec, SimEvent, TaskLastStatus, WorldSnapshot } from '../../engine';
import type { AnswerValue, Observation, Observed } from '../format/prediction';
import { pathKeys, valueAt } from '../format/resourcePaths';
import { matchesEvent } from './eventMatch';

/** The rule's logical ID a request.completed event's listener and priority name, in the world now. */
function ruleId(world: ScenarioSpec, listener: string, priority: number | 'default'): string {
  if (priority === 'default') return 'default';
  return world.rules.find((r) => r.listenerId === listener && r.priority === priority)?.id ?? String(priority);
}

export class Observer {
  private found: Observed | null = null;
  /** `since`: when its event happened (ms), or null until it has. */
  private reference: number | null;
  /** taskCount: each of the service's tasks and its lastStatus, kept up to date until the moment comes. */
  private readonly statuses = new Map<string, TaskLastStatus>();

  constructor(
    readonly observation: Observation,
    private readonly startMs: number,
    snapshot: WorldSnapshot,
    private readonly world: () => ScenarioSpec,
  ) {
    this.reference = observation.kind === 'event' && observation.since !== null ? null : startMs;
    if (observation.kind === 'taskCount') {
      for (const task of snapshot.tasks) if (task.serviceId === observation.service) this.statuses.set(task.id, task.lastStatus);
    }
  }

  /** The moment a taskCount is read (ms), else null. */
  get readAt(): number | null {
    return this.observation.kind === 'taskCount' ? this.startMs + this.observation.at * 1000 : null;
  }

  private settle(value: AnswerValue, t: number): void {
    this.found = { happened: true, value, t };
  }

  private countNow(t: number): void {
    const o = this.observation;
    if (o.kind !== 'taskCount') return;
    let n = 0;
    for (const status of this.statuses.values()) if (status === o.lastStatus) n++;
    this.settle(n, t);
  }

  observe(event: SimEvent): void {
    if (this.found !== null || event.t < this.startMs) return;
    const o = this.observation;
    switch (o.kind) {
      case 'event': {
        if (this.reference === null) {
          if (o.since && matchesEvent(event, o.since.type, o.since.where)) this.reference = event.t;
          return;
        }
        if (!matchesEvent(event, o.type, o.where)) return;
        this.settle(o.read === 'time' ? (event.t - this.reference) / 1000 : (valueAt(event, pathKeys(o.read)) as AnswerValue), event.t);
        return;
      }
      case 'request': {
        if (event.type !== 'request.completed' || event.t - event.latencyMs < this.startMs || event.path !== o.path) return;
        if ((o.method !== null && event.method !== o.method) || (o.host !== null && event.host !== o.host)) return;
        if (o.listenerPort !== null && event.listenerPort !== o.listenerPort) return;
        const value = o.read === 'rule' ? ruleId(this.world(), event.listener, event.rule) : o.read === 'targetGroup' ? event.targetGroup : o.read === 'status' ? event.status : event.target;
        this.settle(value, event.t);
        return;
      }
      case 'taskCount': {
        const at = this.startMs + o.at * 1000;
        // The count "at" a moment includes what happened at it.
        if (event.t > at) {
          this.countNow(at);
          return;
        }
        if (event.type === 'task.status' && event.service === o.service) this.statuses.set(event.task, event.to);
        return;
      }
    }
  }

  /** What was observed by `now`; at `deadline` (ms) an event that has not happened never will. */
  check(now: number, deadline: number): Observed | null {
    if (this.found !== null) return this.found;
    const at = this.readAt;
    if (at !== null && now >= at) this.countNow(at);
    else if (at === null && now >= deadline) this.found = { happened: false, t: deadline };
    return this.found;
  }

  /** The next moment (ms) at which `check` may answer with no event, or null. */
  nextChange(now: number, deadline: number): number | null {
    if (this.found !== null) return null;
    const at = this.readAt ?? deadline;
    return now < at ? at : null;
  }
}
