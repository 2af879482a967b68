/**
 * The runtime that plays a lesson (LessonRun, playLessonThrough, and the app's player of them, createLessonPlayer), handed over by the lesson's loading: a Lesson is
 * only ever made by loadLesson, which provides it here, so whoever holds a lesson can play it. The app's store keeps
 * a lesson's run but reaches the runtime through this module, so the runtime travels with the lesson loader (fetched
 * when a lesson is first opened) instead of riding on every first frame.
 */
import type { LessonRun } from './run/lessonRun';
import type { createLessonPlayer } from './run/lessonPlayer';
import type { playLessonThrough } from './run/playLesson';

export interface LessonRuntime {
  readonly LessonRun: typeof LessonRun;
  readonly playLessonThrough: typeof playLessonThrough;
  /** How the app's store plays a lesson (its lesson slice creates one with the first lesson it opens). */
  readonly createLessonPlayer: typeof createLessonPlayer;
}

let provided: LessonRuntime | null = null;

export function provideLessonRuntime(runtime: LessonRuntime): void {
  provided = runtime;
}

/** The runtime; a lesson reaches here only after loadLesson made it, which provided the runtime first. */
export function lessonRuntime(): LessonRuntime {
  if (provided === null) throw new Error('A lesson is played once loadLesson has loaded it; the lessons runtime is not loaded yet.');
  return provided;
}
