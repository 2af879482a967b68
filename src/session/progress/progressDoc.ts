/**
 * A learner's progress through the lessons, as plain JSON (kept in localStorage, exported and imported as a file):
 *
 *   { format: 'ecs-orchestra-lesson-progress', version: 1, lessons: { <lesson id>: { steps: { <step id>:
 *     { doneAt, prediction: { answer, right } | null } }, lastStep, finishedAt } }, savedAt? }
 *
 * Versioned like session documents: a document of another format or version is not guessed at, it is reported and
 * set aside (progressStore.ts). Updates are pure: each returns a new document, the old one untouched. The schema
 * a document is read with is progressReading.ts, fetched only when there is one to read.
 */
import type { z } from 'zod';
import type { lessonSchema, progressSchema, stepSchema } from './progressReading';

export const PROGRESS_FORMAT = 'ecs-orchestra-lesson-progress';
export const PROGRESS_VERSION = 1;

export type ProgressDoc = z.infer<typeof progressSchema>;
export type LessonProgress = z.infer<typeof lessonSchema>;
export type StepProgress = z.infer<typeof stepSchema>;

export const EMPTY_PROGRESS: ProgressDoc = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, lessons: {} };

const EMPTY_LESSON: LessonProgress = { steps: {}, lastStep: 0, finishedAt: null };

export function lessonProgress(doc: ProgressDoc, id: string): LessonProgress {
  return Object.hasOwn(doc.lessons, id) ? doc.lessons[id]! : EMPTY_LESSON;
}

function withLesson(doc: ProgressDoc, id: string, update: (lesson: LessonProgress) => LessonProgress): ProgressDoc {
  const before = lessonProgress(doc, id);
  const after = update(before);
  return after === before ? doc : { ...doc, lessons: { ...doc.lessons, [id]: after } };
}

function finishedWhenAllDone(lesson: LessonProgress, stepIds: readonly string[], at: string): LessonProgress {
  if (lesson.finishedAt !== null) return lesson;
  const all = stepIds.every((step) => Object.hasOwn(lesson.steps, step) && lesson.steps[step]!.doneAt !== null);
  return all ? { ...lesson, finishedAt: at } : lesson;
}

/** What happened in a lesson just now, as the recorder saw it. */
export interface LessonMoment {
  readonly lesson: string;
  /** Every step's ID, in order: the lesson is finished once all are done. */
  readonly stepIds: readonly string[];
  /** The step the learner is on (0-based; the number of steps once finished). */
  readonly stepIndex: number;
  /** The step's ID and what it reached, while on a step. */
  readonly step: { readonly id: string; readonly done: boolean; readonly prediction: StepProgress['prediction'] } | null;
}

/** Records a moment; the same document back when nothing new was learned. A step done stays done; the first answer stays. */
export function recordMoment(doc: ProgressDoc, moment: LessonMoment, at: string): ProgressDoc {
  return withLesson(doc, moment.lesson, (before) => {
    let lesson = before;
    const lastStep = Math.min(moment.stepIndex, Math.max(0, moment.stepIds.length - 1));
    if (lesson.lastStep !== lastStep) lesson = { ...lesson, lastStep };
    const step = moment.step;
    if (step !== null) {
      const had = Object.hasOwn(lesson.steps, step.id) ? lesson.steps[step.id]! : { doneAt: null, prediction: null };
      const next: StepProgress = {
        doneAt: had.doneAt ?? (step.done ? at : null),
        prediction: had.prediction ?? step.prediction,
      };
      if (next.doneAt !== had.doneAt || next.prediction !== had.prediction || !Object.hasOwn(lesson.steps, step.id)) {
        lesson = { ...lesson, steps: { ...lesson.steps, [step.id]: next } };
      }
    }
    return finishedWhenAllDone(lesson, moment.stepIds, at);
  });
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

/** Two progress documents as one: whatever either has done is done (at the earlier time); nothing is dropped. */
export function mergeProgress(mine: ProgressDoc, theirs: ProgressDoc): ProgressDoc {
  const lessons: Record<string, LessonProgress> = { ...mine.lessons };
  for (const [id, other] of Object.entries(theirs.lessons)) {
    const own = Object.hasOwn(lessons, id) ? lessons[id]! : null;
    if (own === null) {
      lessons[id] = other;
      continue;
    }
    const steps: Record<string, StepProgress> = { ...own.steps };
    for (const [stepId, step] of Object.entries(other.steps)) {
      const had = Object.hasOwn(steps, stepId) ? steps[stepId]! : null;
      steps[stepId] = had === null ? step : { doneAt: earlier(had.doneAt, step.doneAt), prediction: had.prediction ?? step.prediction };
    }
    lessons[id] = { steps, lastStep: Math.max(own.lastStep, other.lastStep), finishedAt: earlier(own.finishedAt, other.finishedAt) };
  }
  return { ...mine, lessons };
}
