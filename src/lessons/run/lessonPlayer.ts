/**
 * A lesson being played in the app: the store keeps one LessonRun on its simulation and drives it the way the
 * runtime asks. Each advance stops at the moment the step's next command is due and gives it there (the live app's
 * commands replay byte for byte, as playLesson's do); while a prediction is asking, the learner's clock is held;
 * every command or edit of the learner's passes the step's `permission` first (`refusal` says why not, in the lens);
 * and what the tab and the stage read (the step's status, the spotlight) is published only when it changes. The
 * store's lesson slice (src/store/lessonSlice.ts) creates the player with the first lesson it opens: the player comes
 * with the lesson (runtime.ts), so it is not on the first frame of a page that plays none.
 */
import type { Command, CommandName, Simulation } from '../../engine';
import type { Lens } from '../format/lensText';
import type { Lesson, SpotlightTarget } from '../format/lesson';
import { LessonRun, type StepStatus } from './lessonRun';
import { playLessonThrough } from './playLesson';

export interface LessonPlay {
  readonly lesson: Lesson;
  /** 0-based; `lesson.steps.length` once finished. */
  readonly stepIndex: number;
  /** The current step now; null once the lesson is finished. */
  readonly status: StepStatus | null;
  /**
   * When the current step started and how many commands the log held then: a saved session (autosave, share link,
   * file) keeps the world as the step started, so it reopens at the start of the step.
   */
  readonly stepStart: { readonly atMs: number; readonly commands: number } | null;
}

/** A lesson a restored session names: the app fetches it and resumes it at `step` (0-based) on the world as it is. */
export interface LessonToResume {
  readonly id: string;
  readonly step: number;
}

/**
 * What presenting needs of a lesson, read from the store when a lesson slice provides it (`lessonPresenter` on the
 * store's state): the current step's title and presenter notes, the next step's title, and moving between steps.
 * Null when no lesson is open; the keys and the speaker view then say so.
 */
export interface LessonPresenter {
  readonly step: { readonly index: number; readonly count: number; readonly title: string; readonly notes: string | null } | null;
  readonly nextTitle: string | null;
  readonly next: () => void;
  readonly back: () => void;
}

/** What the lesson publishes on the store's state. */
export interface LessonPublished {
  readonly lessonPlay: LessonPlay | null;
  /**
   * The learner's clock waits: a prediction is asking (the question comes before what it asks about), or the step is
   * done and waits for Next (the next step starts at that moment, as `playLesson` plays it, so its timed goals and
   * answers are the ones the headless run gives).
   */
  readonly clockHeld: boolean;
  /** What the stage lights up while a step shows (the rest dims); null when nothing is. */
  readonly stageSpotlight: readonly SpotlightTarget[] | null;
  readonly lessonToResume: LessonToResume | null;
  /** The step for the presenter's keys and the speaker view (presenter.ts): title and notes in the lens, next and back. */
  readonly lessonPresenter: LessonPresenter | null;
}

/** What a learner does with a lesson (the store's actions of the same names). */
export interface LessonActions {
  /**
   * Loads the lesson's world and starts it; with `step`, plays the steps before it headless first (their solutions
   * given, their predictions answered), so a deep link opens at that step's start. False when the world would not load.
   */
  readonly openLesson: (lesson: Lesson, options?: { readonly step?: number }) => boolean;
  /** Starts step `step` (0-based) of `lesson` on the world as it is now (a restored session saved at that step's start). */
  readonly resumeLesson: (lesson: Lesson, step: number) => void;
  readonly closeLesson: () => void;
  readonly answerPrediction: (option: number) => void;
  readonly requestHint: () => void;
  readonly showMe: () => void;
  readonly nextStep: () => void;
  readonly previousStep: () => void;
}

/** What the store asks of the lesson as its clock moves and its world changes. */
export interface LessonDirector {
  /** The latest moment the clock may reach now: the step's next command, or now while `hold` and a prediction asks. */
  stopAt(now: number, hold: boolean): number;
  /** Gives the step's commands due now; true when it gave any. */
  giveDue(): boolean;
  /** The lesson's part of a commit: what changed for the tab and the stage. */
  patch(): Partial<LessonPublished>;
  /** Why the learner may not give this command now (in the lens), or null. */
  refusal(command: Command | CommandName, lens: Lens): string | null;
  /** The world was replaced: a reset restarts the lesson, another world ends it (unless the lesson itself loaded it). */
  worldReplaced(kind: 'reset' | 'load'): void;
  /** Everything the lesson publishes, afresh (the lens changed: its words for the presenter change too). */
  republish(): Partial<LessonPublished>;
}

/** What the player needs of the store. */
export interface LessonHost {
  readonly set: (patch: Partial<LessonPublished>) => void;
  readonly get: () => { readonly clockHeld: boolean; readonly sim: Simulation; readonly lens: Lens };
  /** Marks a step's start on the timeline. */
  readonly markStep: (title: string) => void;
  /** Publishes the engine's changes (and the lesson's, through `patch`). */
  readonly commit: () => void;
  /** Replaces the world with a fresh simulation of the spec; false when it would not start. */
  readonly load: (lesson: Lesson) => boolean;
  /** Tells the store that what `check` answers has changed. */
  readonly checkChanged: () => void;
}

export interface LessonPlayer {
  readonly actions: LessonActions;
  readonly director: LessonDirector;
}

/** What the tab shows, without the clock: the lesson is republished only when one of these changes. */
function statusKey(status: StepStatus | null, stepIndex: number): string {
  if (status === null) return `done:${stepIndex}`;
  const goal = (g: StepStatus['goal']): unknown =>
    g === null ? null : [g.met, g.progress?.kind === 'seconds' ? Math.floor(g.progress.have) : g.progress, g.children.map(goal)];
  const p = status.prediction;
  return JSON.stringify([
    status.index,
    goal(status.goal),
    status.goalMetAt,
    p === null ? null : [p.state, p.answer, p.right],
    status.hints.length,
    status.moreHints,
    status.complete,
    status.overdue,
    status.showingSolution,
  ]);
}

function spotlightOf(status: StepStatus | null): readonly SpotlightTarget[] | null {
  const spotlight = status?.step.spotlight ?? [];
  return spotlight.length === 0 ? null : spotlight;
}

export function createLessonPlayer(ctx: LessonHost): LessonPlayer {
  let run: LessonRun | null = null;
  let lesson: Lesson | null = null;
  let key = '';
  let stepStart: LessonPlay['stepStart'] = null;
  // The lesson is loading its own world: the store's "world replaced" is not an end to it.
  let loading = false;

  function presenterOf(current: Lesson, stepIndex: number, lens: Lens): LessonPresenter {
    const step = current.steps[stepIndex];
    return {
      step: step ? { index: stepIndex, count: current.steps.length, title: step.title[lens], notes: step.narration[lens] } : null,
      nextTitle: current.steps[stepIndex + 1]?.title[lens] ?? null,
      next: () => actions.nextStep(),
      back: () => actions.previousStep(),
    };
  }

  function view(status: StepStatus | null = run?.status() ?? null): Pick<LessonPublished, 'lessonPlay' | 'clockHeld' | 'stageSpotlight' | 'lessonPresenter'> {
    if (!run || !lesson) return { lessonPlay: null, clockHeld: false, stageSpotlight: null, lessonPresenter: null };
    key = statusKey(status, run.stepIndex);
    return {
      lessonPlay: { lesson, stepIndex: run.stepIndex, status, stepStart: status === null ? null : stepStart },
      clockHeld: status !== null && (status.prediction?.state === 'asking' || status.complete),
      stageSpotlight: spotlightOf(status),
      lessonPresenter: presenterOf(lesson, run.stepIndex, ctx.get().lens),
    };
  }

  /** A step has just started (or the lesson ended): its commands due now go at once, then everything is republished. */
  function stepChanged(): void {
    const sim = ctx.get().sim;
    stepStart = run && !run.finished ? { atMs: sim.now(), commands: sim.commandLog().length } : null;
    director.giveDue();
    ctx.set(view());
    const step = run && lesson && !run.finished ? lesson.steps[run.stepIndex] : undefined;
    if (step) ctx.markStep(step.title[ctx.get().lens]);
    ctx.checkChanged();
    ctx.commit();
  }

  function attach(next: Lesson, created: LessonRun): void {
    run?.dispose();
    lesson = next;
    run = created;
    stepChanged();
  }

  function end(): void {
    run?.dispose();
    run = null;
    lesson = null;
    stepStart = null;
    key = '';
    ctx.set(view());
    ctx.checkChanged();
  }

  /** Acts on the run, then publishes (a learner's action changes the status at once, not at the next frame). */
  function act(action: (current: LessonRun) => void, changesStep = false): void {
    if (!run) return;
    action(run);
    if (changesStep) {
      stepChanged();
      return;
    }
    director.giveDue();
    ctx.set(view());
    ctx.commit();
  }

  const director: LessonDirector = {
    stopAt(now, hold) {
      if (!run) return Infinity;
      if (hold && ctx.get().clockHeld) return now;
      return run.nextCommandAt() ?? Infinity;
    },
    giveDue() {
      if (!run) return false;
      const due = run.dueCommands();
      const sim = ctx.get().sim;
      // The lesson's own commands: not the learner's, so no permission is asked (the runtime's rule).
      for (const command of due) sim.dispatch(command);
      return due.length > 0;
    },
    patch() {
      if (!run) return {};
      const status = run.status();
      return statusKey(status, run.stepIndex) === key ? {} : view(status);
    },
    refusal(command, lens) {
      if (!run) return null;
      const permission = run.permission(command);
      return permission.allowed ? null : permission.reason[lens];
    },
    republish: () => view(),
    worldReplaced(kind) {
      if (loading || !run || !lesson) return;
      if (kind === 'reset') attach(lesson, new LessonRun(lesson, ctx.get().sim));
      else end();
    },
  };

  const actions: LessonActions = {
    openLesson: (next, options = {}) => {
      loading = true;
      let loaded: boolean;
      try {
        loaded = ctx.load(next);
      } finally {
        loading = false;
      }
      if (!loaded) return false;
      ctx.set({ lessonToResume: null });
      const step = Math.max(0, Math.min(options.step ?? 0, next.steps.length - 1));
      const sim = ctx.get().sim;
      // Steps before a deep link's: played headless as the command line plays them, and handed over at the step's start.
      const created = step === 0 ? new LessonRun(next, sim) : playLessonThrough(next, sim, { solve: true, untilStep: step }).run;
      attach(next, created);
      return true;
    },

    resumeLesson: (next, step) => {
      ctx.set({ lessonToResume: null });
      attach(next, new LessonRun(next, ctx.get().sim, { step: Math.max(0, Math.min(step, next.steps.length - 1)) }));
    },

    closeLesson: () => {
      if (run) end();
    },

    answerPrediction: (option) => act((r) => r.answer(option)),
    requestHint: () => act((r) => void r.requestHint()),
    showMe: () => act((r) => r.showMe()),
    nextStep: () => act((r) => r.next(), true),
    previousStep: () => act((r) => r.back(), true),
  };

  return { actions, director };
}
