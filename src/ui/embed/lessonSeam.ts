/**
 * Where an embed opens a lesson (`lesson=`/`step=`, the `loadLesson` message). The lesson tab's start-up reading
 * of `?lesson=&step=` is being built beside this; until it is connected here (`connectLessons`), an embed says
 * that it cannot open the lesson and keeps its world.
 */
import type { SimStore } from '../../store';

export interface LessonStepSaid {
  readonly lesson: string;
  /** 1-based. */
  readonly step: number;
  readonly title: string;
}

/** Opens `lesson` at `step` in the store's world; resolves to why it could not, or null. Calls `onStep` as steps change. */
export type LessonOpener = (store: SimStore, lesson: string, step: number | null, onStep: (said: LessonStepSaid) => void) => Promise<string | null>;

let opener: LessonOpener | null = null;

export function connectLessons(open: LessonOpener | null): void {
  opener = open;
}

export function openLesson(store: SimStore, lesson: string, step: number | null, onStep: (said: LessonStepSaid) => void): Promise<string | null> {
  if (opener) return opener(store, lesson, step, onStep);
  return Promise.resolve(`The lesson "${lesson}" cannot be opened in an embed yet, so the scenario plays without it.`);
}
