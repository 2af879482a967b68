/**
 * Whether a goal can ever be met within its step's time limit, as far as time alone decides. A step is done when its
 * goal is met, so the steps after one whose goal never can be are unreachable. What the world does is unknown here;
 * only the clock is: `elapsed` is false before its time and true after; an event's window cannot count anything
 * before it opens; a requests window cannot be judged before it has filled. Three-valued logic over those facts
 * (false, true, unknown) is evaluated at every moment where one of them changes.
 */
import type { Goal } from '../format/goal';

type Tri = 'false' | 'true' | 'unknown';

function at(goal: Goal, t: number): Tri {
  switch (goal.kind) {
    case 'elapsed':
      return t >= goal.seconds ? 'true' : 'false';
    case 'event':
      return t >= goal.window[0] ? 'unknown' : 'false';
    case 'requests':
      return t >= goal.over ? 'unknown' : 'false';
    case 'serviceSteady':
    case 'targets':
    case 'property':
      return 'unknown';
    case 'not': {
      const inner = at(goal.goal, t);
      return inner === 'unknown' ? inner : inner === 'true' ? 'false' : 'true';
    }
    case 'all': {
      const values = goal.goals.map((g) => at(g, t));
      if (values.includes('false')) return 'false';
      return values.every((v) => v === 'true') ? 'true' : 'unknown';
    }
    case 'any': {
      const values = goal.goals.map((g) => at(g, t));
      if (values.includes('true')) return 'true';
      return values.every((v) => v === 'false') ? 'false' : 'unknown';
    }
  }
}

/** The moments (seconds since the step started) where a time fact changes. */
function moments(goal: Goal): number[] {
  switch (goal.kind) {
    case 'elapsed':
      return [goal.seconds];
    case 'event':
      return [goal.window[0]];
    case 'requests':
      return [goal.over];
    case 'not':
      return moments(goal.goal);
    case 'all':
    case 'any':
      return goal.goals.flatMap(moments);
    default:
      return [];
  }
}

/** The first moment within `within` seconds at which the goal might be met, or null when it never can be. */
export function earliestPossible(goal: Goal, within: number): number | null {
  const points = [0, ...moments(goal)].filter((t) => t <= within).sort((a, b) => a - b);
  return points.find((t) => at(goal, t) !== 'false') ?? null;
}
