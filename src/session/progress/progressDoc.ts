/**
 * A learner's progress through the lessons, as plain JSON (kept in localStorage, exported and imported as a file):
 *
 *   { format: 'ecs-orchestra-lesson-progress', version: 1, lessons: { <lesson id>: { steps: { <step id>:
 *     { doneAt, prediction: { answer, right } | null } }, lastStep, finishedAt } }, savedAt? }
 *
 * Versioned like session documents: a document of another format or version is not guessed at, it is reported and
 * set aside (progressStore.ts). Updates are pure: each returns a new document, the old one untouched.
 */
import { z } from '../../zod';
import { reportZodError, IssueSink, formatIssue } from '../../scenario';

export const PROGRESS_FORMAT = 'ecs-orchestra-lesson-progress';
export const PROGRESS_VERSION = 1;

const isoTime = z.string().min(1);

const stepSchema = z.object({
  /** When the step was first done (its goal met, its prediction revealed); null while it is not. */
  doneAt: isoTime.nullable(),
  /** The learner's option for the step's prediction and the option the run made right (null: none of them). */
  prediction: z.object({ answer: z.number().int().min(0), right: z.number().int().min(0).nullable() }).nullable(),
});

const lessonSchema = z.object({
  steps: z.record(z.string(), stepSchema),
  /** The step the learner was last on (0-based): "Continue" opens there. */
  lastStep: z.number().int().min(0),
  /** When every step was first done; null until then. */
  finishedAt: isoTime.nullable(),
});

const progressSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(z.string(), lessonSchema),
  savedAt: isoTime.optional(),
});

export type ProgressDoc = z.infer<typeof progressSchema>;
export type LessonProgress = z.infer<typeof lessonSchema>;
export type StepProgress = z.infer<typeof stepSchema>;

export const EMPTY_PROGRESS: ProgressDoc = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, lessons: {} };

const EMPTY_LESSON: LessonProgress = { steps: {}, lastStep: 0, finishedAt: null };

export type ProgressReading = { readonly ok: true; readonly progress: ProgressDoc } | { readonly ok: false; readonly reason: string };

/** Reads a progress document (anything: parsed JSON from storage or a file); what is wrong, in a sentence, otherwise. */
export function readProgressDoc(input: unknown): ProgressReading {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reason: 'It is not a progress file (expected a JSON object).' };
  const { format, version } = input as Record<string, unknown>;
  if (format !== PROGRESS_FORMAT) return { ok: false, reason: `It is not ECS Orchestra lesson progress ("format" must be "${PROGRESS_FORMAT}").` };
  if (version !== PROGRESS_VERSION) return { ok: false, reason: `It has version ${JSON.stringify(version)}; this app reads version ${PROGRESS_VERSION}.` };
  const parsed = progressSchema.safeParse(input);
  if (parsed.success) return { ok: true, progress: parsed.data };
  const sink = new IssueSink();
  reportZodError(parsed.error, input, { sink, resource: 'Progress', path: '' });
  const first = sink.errors[0];
  const more = sink.errors.length > 1 ? ` (and ${sink.errors.length - 1} more)` : '';
  return { ok: false, reason: `It did not pass validation: ${first ? formatIssue(first).replace(/^error: /, '') : 'unknown problem'}${more}.` };
}

/** Reads progress from text (a file, a storage value). */
export function parseProgressText(text: string): ProgressReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `It is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  return readProgressDoc(parsed);
}

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
