/**
 * Every bundled lesson plays: its reference solution meets each step's goal and every prediction's answer is one
 * of its options; doing nothing in a step that asks for action leaves its goal unmet (no goal is trivially true);
 * and the index says what each file says.
 */
import { describe, expect, it } from 'vitest';
import { playLessonThrough, type Goal, type Lesson } from '../../src/lessons';
import { BUNDLED_LESSONS, bundledLessonText, lessonOf, simulationOf } from './helpers';

const lessons: [string, Lesson][] = BUNDLED_LESSONS.map((entry) => [entry.id, lessonOf(bundledLessonText(entry.file), entry.file)]);

describe.each(lessons)('%s', (_id, lesson) => {
  it('is listed in the index with its own ID and title', () => {
    const entry = BUNDLED_LESSONS.find((e) => e.file === lesson.file)!;
    expect(entry.id).toBe(lesson.id);
    expect(entry.title).toEqual(lesson.title);
  });

  it('its reference solution meets every step\'s goal, and the run answers every prediction with one of its options', () => {
    const played = playLessonThrough(lesson, simulationOf(lesson), { solve: true });
    expect(played.steps.map((s) => [s.step.id, s.met])).toEqual(lesson.steps.map((s) => [s.id, true]));
    expect(played.predictions.map((p) => [p.step.id, p.right === null ? 'none of the options' : 'an option'])).toEqual(
      lesson.steps.filter((s) => s.prediction).map((s) => [s.id, 'an option']),
    );
    played.run.dispose();
  });

  it.each(lesson.steps.filter((s) => s.action).map((s) => [s.id, s.index] as const))('doing nothing in "%s" leaves its goal unmet', (_step, index) => {
    const played = playLessonThrough(lesson, simulationOf(lesson), { solve: (s) => s.index !== index, untilStep: index + 1 });
    expect(played.steps.map((s) => s.met)).toEqual(lesson.steps.slice(0, index + 1).map((s) => s.index !== index));
    played.run.dispose();
  });
});

function kinds(goal: Goal | null): string[] {
  if (!goal) return [];
  if (goal.kind === 'all' || goal.kind === 'any') return [goal.kind, ...goal.goals.flatMap(kinds)];
  if (goal.kind === 'not') return ['not', ...kinds(goal.goal)];
  return [goal.kind];
}

describe('the bundled lessons together', () => {
  const steps = lessons.flatMap(([, lesson]) => lesson.steps);

  it('are at least four, and use every goal kind', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    expect(new Set(steps.flatMap((s) => kinds(s.goal)))).toEqual(new Set(['serviceSteady', 'targets', 'event', 'requests', 'property', 'elapsed', 'all', 'any', 'not']));
  });

  it('observe every way a prediction can, and make options every way', () => {
    const predictions = steps.flatMap((s) => (s.prediction ? [s.prediction] : []));
    const observed = new Set(predictions.map(({ observe: o }) => (o.kind === 'event' ? `event ${o.read === 'time' ? 'time' : 'field'}${o.since ? ' since' : ''}` : o.kind === 'request' ? `request ${o.read}` : o.kind)));
    expect([...observed].sort()).toEqual(['event field', 'event field since', 'event time', 'event time since', 'request rule', 'request status', 'request targetGroup', 'request task', 'taskCount']);
    const options = new Set(predictions.flatMap(({ options: o }) => (o.kind === 'written' ? o.options.map((w) => w.match.kind) : o.kind === 'each' ? [`each ${o.of}`] : ['around'])));
    expect([...options].sort()).toEqual(['around', 'contains', 'each rule', 'each targetGroup', 'in', 'never', 'range', 'value']);
  });
});
