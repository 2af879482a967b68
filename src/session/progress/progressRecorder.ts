/**
 * Writes a lesson's progress as it is played: the step the learner is on, each step once done, each prediction once
 * answered and revealed (the learner's option and the right one). A plain factory returning `destroy`, so a hook owns
 * it and tests drive it without React.
 */
import type { LessonPlay, SimStore } from '../../store';
import { recordMoment, type LessonMoment } from './progressDoc';
import type { ProgressStore } from './progressStore';

export function momentOf(play: LessonPlay): LessonMoment {
  const status = play.status;
  const prediction = status?.prediction;
  return {
    lesson: play.lesson.id,
    stepIds: play.lesson.steps.map((step) => step.id),
    stepIndex: play.stepIndex,
    step:
      status === null
        ? null
        : {
            id: status.step.id,
            done: status.complete,
            prediction: prediction?.state === 'revealed' && prediction.answer !== null ? { answer: prediction.answer, right: prediction.right } : null,
          },
  };
}

export function createProgressRecorder(store: SimStore, progress: ProgressStore, now: () => Date = () => new Date()): { destroy(): void } {
  const record = (play: LessonPlay | null): void => {
    if (play !== null) progress.update((doc) => recordMoment(doc, momentOf(play), now().toISOString()));
  };
  record(store.getState().lessonPlay);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lessonPlay !== previous.lessonPlay) record(state.lessonPlay);
  });
  return { destroy: unsubscribe };
}
