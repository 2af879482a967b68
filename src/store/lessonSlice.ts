/**
 * The store's part of a lesson: its state (what the lesson publishes, null while none is open) and its actions. What
 * plays a lesson (the lessons' player, src/lessons/run/lessonPlayer.ts: the run, its held clock, its permissions,
 * what it publishes) comes with the lesson (src/lessons/runtime.ts), so it is created with the first lesson opened
 * and is not on the first frame of a page that plays none. createSimStore wires the director below into its
 * advances, its commits and its world changes; until a lesson is opened it answers as with no lesson.
 */
import { lessonRuntime, type LessonActions, type LessonDirector, type LessonHost, type LessonPlayer, type LessonPublished } from '../lessons';

export type { LessonDirector, LessonPlay, LessonToResume } from '../lessons';

export interface LessonState extends LessonPublished, LessonActions {
  readonly setLessonToResume: (lesson: LessonPublished['lessonToResume']) => void;
}

export type LessonSliceContext = LessonHost;

/** What no lesson publishes. */
const NONE = { lessonPlay: null, clockHeld: false, stageSpotlight: null, lessonPresenter: null } as const;

export function createLessonSlice(ctx: LessonSliceContext): { readonly state: LessonState; readonly director: LessonDirector } {
  let player: LessonPlayer | null = null;
  // Only a loaded lesson reaches here, and loading it provided the runtime with its player.
  const play = (): LessonPlayer => (player ??= lessonRuntime().createLessonPlayer(ctx));

  const director: LessonDirector = {
    stopAt: (now, hold) => player?.director.stopAt(now, hold) ?? Infinity,
    giveDue: () => player?.director.giveDue() ?? false,
    patch: () => player?.director.patch() ?? {},
    refusal: (command, lens) => player?.director.refusal(command, lens) ?? null,
    worldReplaced: (kind) => player?.director.worldReplaced(kind),
    republish: () => player?.director.republish() ?? NONE,
  };

  const state: LessonState = {
    ...NONE,
    lessonToResume: null,
    openLesson: (lesson, options) => play().actions.openLesson(lesson, options),
    resumeLesson: (lesson, step) => play().actions.resumeLesson(lesson, step),
    closeLesson: () => player?.actions.closeLesson(),
    setLessonToResume: (next) => ctx.set({ lessonToResume: next }),
    answerPrediction: (option) => player?.actions.answerPrediction(option),
    requestHint: () => player?.actions.requestHint(),
    showMe: () => player?.actions.showMe(),
    nextStep: () => player?.actions.nextStep(),
    previousStep: () => player?.actions.previousStep(),
  };

  return { state, director };
}
