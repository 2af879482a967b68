/**
 * A goal evaluated as the run goes: each leaf keeps what it needs from the events it has been shown (a count, a
 * sliding window of requests), so asking every frame costs a few lookups, never a pass over the log. Pure apart from
 * those accumulators: the same events and views give the same answers.
 */
import type { SimEvent } from '../../engine';
import type { Goal, StatusMatch } from '../format/goal';
import { findResource, pathKeys, valueAt } from '../format/resourcePaths';
import { matchesEvent } from './eventMatch';
import type { LessonView } from './view';

/** What a leaf sees now, for the live status ("1 of 2 healthy"). */
export type GoalProgress =
  | { readonly kind: 'count'; readonly have: number; readonly want: number }
  | { readonly kind: 'share'; readonly share: number | null; readonly requests: number }
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'seconds'; readonly have: number; readonly want: number };

export interface GoalStatus {
  readonly goal: Goal;
  readonly met: boolean;
  /** Leaves only. */
  readonly progress: GoalProgress | null;
  /** all / any / not: their goals' statuses. */
  readonly children: readonly GoalStatus[];
}

interface Node {
  observe(event: SimEvent): void;
  evaluate(view: LessonView): GoalStatus;
  /** The next moment (ms) at which the answer may change with no event, or null. */
  nextChange(now: number): number | null;
}

export function statusMatches(status: number, match: StatusMatch): boolean {
  return typeof match === 'number' ? status === match : Math.floor(status / 100) === Number(match[0]);
}

function leafStatus(goal: Goal, met: boolean, progress: GoalProgress | null): GoalStatus {
  return { goal, met, progress, children: [] };
}

const NO_EVENTS = (): void => {};
const NEVER = (): null => null;

function serviceSteady(goal: Extract<Goal, { kind: 'serviceSteady' }>): Node {
  return {
    observe: NO_EVENTS,
    nextChange: NEVER,
    evaluate(view) {
      const service = view.snapshot.services.find((s) => s.id === goal.service);
      const running = service?.runningCount ?? 0;
      const met = service !== undefined && service.steady && service.desiredCount === goal.count && running === goal.count;
      return leafStatus(goal, met, { kind: 'count', have: running, want: goal.count });
    },
  };
}

function targets(goal: Extract<Goal, { kind: 'targets' }>): Node {
  return {
    observe: NO_EVENTS,
    nextChange: NEVER,
    evaluate(view) {
      const list = view.snapshot.targetGroups.find((g) => g.id === goal.targetGroup)?.targets ?? [];
      const inState = list.filter((t) => t.state === goal.state);
      if (goal.task !== null) {
        const met = inState.some((t) => t.taskId === goal.task);
        return leafStatus(goal, met, { kind: 'count', have: met ? 1 : 0, want: 1 });
      }
      if (goal.count !== null) return leafStatus(goal, inState.length === goal.count, { kind: 'count', have: inState.length, want: goal.count });
      if (goal.atLeast !== null) return leafStatus(goal, inState.length >= goal.atLeast, { kind: 'count', have: inState.length, want: goal.atLeast });
      // Every target that is not on its way out (asked about draining itself: every target).
      const considered = goal.state === 'draining' ? list : list.filter((t) => t.state !== 'draining' && t.state !== 'unused');
      const met = inState.length > 0 && considered.every((t) => t.state === goal.state);
      return leafStatus(goal, met, { kind: 'count', have: inState.length, want: considered.length });
    },
  };
}

function event(goal: Extract<Goal, { kind: 'event' }>, startMs: number): Node {
  const from = startMs + goal.window[0] * 1000;
  const to = goal.window[1] === null ? Infinity : startMs + goal.window[1] * 1000;
  let seen = 0;
  return {
    observe(e) {
      if (e.t >= from && e.t <= to && matchesEvent(e, goal.type, goal.where)) seen++;
    },
    nextChange: NEVER,
    evaluate: () => leafStatus(goal, seen >= goal.atLeast, { kind: 'count', have: seen, want: goal.atLeast }),
  };
}

function requests(goal: Extract<Goal, { kind: 'requests' }>, startMs: number): Node {
  const overMs = goal.over * 1000;
  // The window's requests, oldest first: completion times and whether each answered with the status.
  const times: number[] = [];
  const hits: boolean[] = [];
  let head = 0;
  let hitCount = 0;
  function trim(now: number): void {
    while (head < times.length && times[head]! <= now - overMs) {
      if (hits[head]) hitCount--;
      head++;
    }
    if (head > 1024 && head * 2 > times.length) {
      times.splice(0, head);
      hits.splice(0, head);
      head = 0;
    }
  }
  return {
    observe(e) {
      if (e.type !== 'request.completed' || e.t < startMs) return;
      if (goal.path !== null && e.path !== goal.path) return;
      if (goal.listenerPort !== null && e.listenerPort !== goal.listenerPort) return;
      const hit = statusMatches(e.status, goal.status);
      times.push(e.t);
      hits.push(hit);
      if (hit) hitCount++;
    },
    nextChange(now) {
      trim(now);
      const filled = startMs + overMs;
      if (now < filled) return filled;
      return head < times.length ? times[head]! + overMs : null;
    },
    evaluate(view) {
      trim(view.now);
      const total = times.length - head;
      const share = total === 0 ? null : hitCount / total;
      const judged = view.now - startMs >= overMs && total >= goal.minRequests && share !== null;
      const met = judged && (goal.atLeast !== null ? share >= goal.atLeast : share <= (goal.atMost ?? 1));
      return leafStatus(goal, met, { kind: 'share', share, requests: total });
    },
  };
}

function property(goal: Extract<Goal, { kind: 'property' }>): Node {
  const keys = pathKeys(goal.path);
  const wanted = JSON.stringify(goal.equals);
  return {
    observe: NO_EVENTS,
    nextChange: NEVER,
    evaluate(view) {
      const found = findResource(view.world, goal.resource);
      const value = found === null ? undefined : valueAt(found.resource, keys);
      return leafStatus(goal, value !== undefined && JSON.stringify(value) === wanted, { kind: 'value', value: value ?? null });
    },
  };
}

function elapsed(goal: Extract<Goal, { kind: 'elapsed' }>, startMs: number): Node {
  const at = startMs + goal.seconds * 1000;
  return {
    observe: NO_EVENTS,
    nextChange: (now) => (now < at ? at : null),
    evaluate: (view) => leafStatus(goal, view.now >= at, { kind: 'seconds', have: Math.max(0, view.now - startMs) / 1000, want: goal.seconds }),
  };
}

function combined(goal: Extract<Goal, { kind: 'all' | 'any' | 'not' }>, children: Node[]): Node {
  return {
    observe: (e) => children.forEach((c) => c.observe(e)),
    nextChange(now) {
      const times = children.map((c) => c.nextChange(now)).filter((t): t is number => t !== null);
      return times.length === 0 ? null : Math.min(...times);
    },
    evaluate(view) {
      const statuses = children.map((c) => c.evaluate(view));
      const met = goal.kind === 'all' ? statuses.every((s) => s.met) : goal.kind === 'any' ? statuses.some((s) => s.met) : !statuses[0]!.met;
      return { goal, met, progress: null, children: statuses };
    },
  };
}

function build(goal: Goal, startMs: number): Node {
  switch (goal.kind) {
    case 'serviceSteady':
      return serviceSteady(goal);
    case 'targets':
      return targets(goal);
    case 'event':
      return event(goal, startMs);
    case 'requests':
      return requests(goal, startMs);
    case 'property':
      return property(goal);
    case 'elapsed':
      return elapsed(goal, startMs);
    case 'all':
    case 'any':
      return combined(goal, goal.goals.map((g) => build(g, startMs)));
    case 'not':
      return combined(goal, [build(goal.goal, startMs)]);
  }
}

/** A goal of a step that started at `startMs`: show it every event from then on, and ask it whenever. */
export class GoalTracker {
  private readonly root: Node;

  constructor(readonly goal: Goal, readonly startMs: number) {
    this.root = build(goal, startMs);
  }

  observe(event: SimEvent): void {
    this.root.observe(event);
  }

  evaluate(view: LessonView): GoalStatus {
    return this.root.evaluate(view);
  }

  /** The next moment (ms, after `now`) at which the answer may change without an event, or null. */
  nextChange(now: number): number | null {
    return this.root.nextChange(now);
  }
}
