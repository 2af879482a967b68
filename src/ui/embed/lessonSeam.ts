/**
 * Where an embed opens a lesson of the library (`lesson=`/`step=`, the `loadLesson` message): fetched and loaded
 * on demand (the lesson loader is not on an embed's first frame), opened in the embed's own store, and each step
 * said to the host as it starts. What cannot be done is returned as a sentence; the world stays.
 */
import type { SimStore } from '../../store';
import type { ScenarioSource } from '../scenarioSource';

export interface LessonStepSaid {
  readonly lesson: string;
  /** 1-based. */
  readonly step: number;
  readonly title: string;
}

export interface LessonPlace {
  readonly scenarios: ScenarioSource;
  /** The library's folder (its index.json and lesson files). */
  readonly lessonsFolder: string;
}

/** One follower per store: opening another lesson replaces it. */
const followers = new WeakMap<SimStore, () => void>();

function followSteps(store: SimStore, onStep: (said: LessonStepSaid) => void): void {
  followers.get(store)?.();
  let last: string | null = null;
  const say = () => {
    const { lessonPlay: play, lens } = store.getState();
    const step = play?.status ? play.lesson.steps[play.stepIndex] : undefined;
    if (!play || !step) return;
    const key = `${play.lesson.id}:${play.stepIndex}:${lens}`;
    if (key === last) return;
    last = key;
    onStep({ lesson: play.lesson.id, step: play.stepIndex + 1, title: step.title[lens] });
  };
  say();
  followers.set(store, store.subscribe(say));
}

/** Opens `lesson` at `step` (1-based; the first when null); resolves to why it could not (or what it did instead), or null. */
export async function openLesson(store: SimStore, place: LessonPlace, lesson: string, step: number | null, onStep: (said: LessonStepSaid) => void): Promise<string | null> {
  const { fetchLessonSource, loadLibraryLesson } = await import('../lessons/lessonSource');
  const loaded = await loadLibraryLesson(lesson, fetchLessonSource(place.lessonsFolder), place.scenarios);
  if (!loaded.ok) return `Could not open the lesson "${lesson}" (${loaded.messages.slice(0, 2).join(' ')}), so the scenario plays without it.`;
  const count = loaded.lesson.steps.length;
  const at = Math.min(Math.max(step ?? 1, 1), count);
  if (!store.getState().openLesson(loaded.lesson, { step: at - 1 })) return `The world of the lesson "${lesson}" could not be started, so the scenario plays without it.`;
  followSteps(store, onStep);
  return step !== null && step > count ? `The lesson "${lesson}" has ${count} steps, so it opens at step ${count}.` : null;
}
