/**
 * The words a lesson's runtime makes itself, in both lenses: goal labels for the live status, the text of computed
 * options and of observed answers, and why a control is locked. The author's own words (narration, questions,
 * hints) come from the file. The orchestra nouns are the Legend's (src/lens/vocabulary.ts); this layer cannot
 * import that one, so the few it needs are repeated here.
 */
import type { CommandName, ScenarioSpec } from '../engine';
import { AREA_NAMES, EDITOR_AREAS } from './format/areas';
import type { Goal } from './format/goal';
import type { LessonStep } from './format/lesson';
import type { Lens, LensText } from './format/lensText';
import type { AnswerValue, Observation, Observed, OptionMatch } from './format/prediction';

function both(aws: string, orchestra: string): LensText {
  return { aws, orchestra };
}

/** Tenths of a second: a learner reads 20 s, not 19.999 s. */
function seconds(value: number): string {
  return `${Number(value.toFixed(1))} s`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function filterText(where: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(where).map(([k, v]) => `${k} ${typeof v === 'object' && v !== null ? `contains ${JSON.stringify((v as { contains: string }).contains)}` : `= ${JSON.stringify(v)}`}`);
  return parts.length === 0 ? '' : ` with ${parts.join(', ')}`;
}

function windowText(window: readonly [number, number | null]): string {
  const [from, to] = window;
  if (from === 0 && to === null) return '';
  if (to === null) return ` from ${seconds(from)} into the step`;
  return ` between ${seconds(from)} and ${seconds(to)} into the step`;
}

/** One line for a goal node (its children are listed apart in the live status). */
export function goalLabel(goal: Goal): LensText {
  switch (goal.kind) {
    case 'serviceSteady':
      return both(`Service ${goal.service} steady at ${plural(goal.count, 'task', 'tasks')}`, `Section ${goal.service} steady with ${plural(goal.count, 'musician', 'musicians')}`);
    case 'targets': {
      const g = goal.targetGroup;
      const s = goal.state;
      if (goal.task !== null) return both(`${goal.task}'s target in ${g} ${s}`, `${goal.task} ${s} on call sheet ${g}`);
      if (goal.count !== null) return both(`Exactly ${plural(goal.count, 'target', 'targets')} of ${g} ${s}`, `Exactly ${plural(goal.count, 'player', 'players')} on call sheet ${g} ${s}`);
      if (goal.atLeast !== null) return both(`At least ${plural(goal.atLeast, 'target', 'targets')} of ${g} ${s}`, `At least ${plural(goal.atLeast, 'player', 'players')} on call sheet ${g} ${s}`);
      return both(`Every target of ${g} that is not draining ${s}`, `Every player on call sheet ${g} who is not leaving ${s}`);
    }
    case 'event': {
      const times = goal.atLeast === 1 ? 'A' : `${goal.atLeast}`;
      const text = `${times} ${goal.type} event${goal.atLeast === 1 ? '' : 's'}${filterText(goal.where)}${windowText(goal.window)}`;
      return both(text, text);
    }
    case 'requests': {
      const share = goal.atLeast !== null ? `At least ${Math.round(goal.atLeast * 100)} %` : `At most ${Math.round((goal.atMost ?? 0) * 100)} %`;
      const to = goal.path === null ? '' : ` to ${goal.path}`;
      const port = goal.listenerPort === null ? '' : ` on port ${goal.listenerPort}`;
      return both(
        `${share} of requests${to}${port} answered ${goal.status} over the last ${seconds(goal.over)}`,
        `${share} of notes${to}${port} answered ${goal.status} over the last ${seconds(goal.over)}`,
      );
    }
    case 'property': {
      const text = `${goal.resource}.${goal.path} is ${JSON.stringify(goal.equals)}`;
      return both(text, text);
    }
    case 'elapsed':
      return both(`${seconds(goal.seconds)} have passed`, `${seconds(goal.seconds)} have passed`);
    case 'all':
      return both('All of these', 'All of these');
    case 'any':
      return both('Any of these', 'Any of these');
    case 'not':
      return both(`Not: ${goalLabel(goal.goal).aws}`, `Not: ${goalLabel(goal.goal).orchestra}`);
  }
}

/** The goal on one line, its parts in brackets: the command line's `goal`. */
export function describeGoal(goal: Goal, lens: Lens = 'aws'): string {
  if (goal.kind === 'all' || goal.kind === 'any') return `${goal.kind} of (${goal.goals.map((g) => describeGoal(g, lens)).join('; ')})`;
  if (goal.kind === 'not') return `not (${describeGoal(goal.goal, lens)})`;
  return goalLabel(goal)[lens];
}

/** An answer as the learner reads it, for the observation that gave it. */
export function answerText(value: AnswerValue, observation: Observation, world: ScenarioSpec): LensText {
  if (observation.kind === 'event' && observation.read === 'time' && typeof value === 'number') return both(seconds(value), seconds(value));
  if (observation.kind === 'taskCount' && typeof value === 'number') {
    return both(plural(value, 'task', 'tasks'), plural(value, 'musician', 'musicians'));
  }
  if (observation.kind === 'request') {
    if (observation.read === 'rule') {
      if (value === 'default') return both('The default action', 'The usual seating');
      const rule = world.rules.find((r) => r.id === value);
      const paths = rule?.conditions.flatMap((c) => (c.field === 'path-pattern' ? c.values : [])) ?? [];
      const detail = paths.length > 0 ? `: path ${paths.join(' or ')}` : '';
      return rule
        ? both(`Rule ${rule.priority} (${rule.id})${detail}`, `Seating rule ${rule.priority} (${rule.id})${detail}`)
        : both(String(value), String(value));
    }
    if (observation.read === 'targetGroup' && value === null) return both('The load balancer itself', 'Front of house itself');
    if (observation.read === 'targetGroup') return both(`Target group ${String(value)}`, `Call sheet ${String(value)}`);
    if (observation.read === 'task' && value === null) return both('No task', 'No musician');
  }
  return both(String(value), String(value));
}

export function observedText(observed: Observed, observation: Observation, world: ScenarioSpec): LensText {
  if (!observed.happened) return both('It never happened within the step', 'It never happened within the step');
  return answerText(observed.value, observation, world);
}

/** A written option without its own text, as the learner reads it. */
export function optionText(match: OptionMatch, observation: Observation, world: ScenarioSpec): LensText {
  switch (match.kind) {
    case 'value':
      return answerText(match.value, observation, world);
    case 'in': {
      const parts = match.values.map((v) => answerText(v, observation, world));
      return both(parts.map((p) => p.aws).join(' or '), parts.map((p) => p.orchestra).join(' or '));
    }
    case 'contains':
      return both(`"…${match.text}…"`, `"…${match.text}…"`);
    case 'range': {
      const unit = observation.kind === 'event' && observation.read === 'time' ? ' s' : '';
      const text = match.to === null ? `${match.from}${unit} or more` : `${match.from} to ${match.to}${unit}`;
      return both(text, text);
    }
    case 'never':
      return both('Never', 'Never');
  }
}

/** The reason's text with `{observed}` replaced by what happened. */
export function fillObserved(reason: LensText, observed: LensText): LensText {
  return both(reason.aws.replaceAll('{observed}', observed.aws), reason.orchestra.replaceAll('{observed}', observed.orchestra));
}

const AREA_WORDS: Readonly<Record<(typeof AREA_NAMES)[number], LensText>> = {
  faults: both('faults', 'mishaps'),
  traffic: both('traffic', 'the audience'),
  service: both('services', 'sections'),
  taskDefinition: both('task definitions', 'sheet music'),
  targetGroup: both('target groups', 'call sheets'),
  listener: both('listeners', 'entrance doors'),
  rule: both('listener rules', 'the seating chart'),
  cluster: both('clusters', 'stages'),
  capacity: both('container instances', 'risers'),
  scaling: both('auto scaling', 'the conductor\'s rules for sizing a section'),
};

/** Why a command is locked in this step, when the file does not say. */
export function lockedReason(step: LessonStep, name: CommandName): LensText {
  const allowed = step.allowed ?? [];
  const areas = AREA_NAMES.filter((area) => EDITOR_AREAS[area].some((c) => allowed.includes(c)));
  if (areas.length === 0) return both(`This step is for watching: ${name} is locked until the next step.`, `This step is for listening: ${name} waits until the next step.`);
  const list = (lens: Lens) => areas.map((a) => AREA_WORDS[a][lens]).join(', ');
  return both(`This step is about ${list('aws')}: ${name} is locked until the next step.`, `This step is about ${list('orchestra')}: ${name} waits until the next step.`);
}
