/**
 * Plays a lesson headless, as the command line does (and as the app can, to bring a deep link's world up to a
 * step). A step ends as soon as it is done (its goal met, its prediction revealed, its scripted commands given) or
 * when its `within` has passed, and the next one starts at once. Predictions are answered with the right option as
 * soon as the run shows it; with `solve`, each step that asks for action gets its solution ("show me") as it starts.
 *
 * Time moves the way the live app moves it, so the commands it gives replay byte for byte from the command log
 * (a saved session, a share link): a command is given only at a moment nothing has yet happened at (advanceTo, then
 * dispatch), and a step that ends after a moment was fully played starts 1 ms later.
 */
import type { Simulation } from '../../engine';
import type { LessonStep, Lesson } from '../format/lesson';
import type { LensText } from '../format/lensText';
import type { Observed } from '../format/prediction';
import { describeGoal } from '../words';
import { LessonRun } from './lessonRun';

export interface StepOutcome {
  readonly step: LessonStep;
  /** The goal on one line (AWS lens), or null for a step without one. */
  readonly goal: string | null;
  /** The goal was met (a step without one: it was done). */
  readonly met: boolean;
  /** When the step ended (ms). */
  readonly t: number;
}

export interface PredictionOutcome {
  readonly step: LessonStep;
  readonly observed: Observed;
  /** The right option, or null when the run's answer was none of them (a lesson to fix). */
  readonly right: number | null;
  readonly options: readonly LensText[];
  readonly t: number;
}

export interface PlayOptions {
  /** Give each action step its solution (or those the function picks). */
  readonly solve?: boolean | ((step: LessonStep) => boolean);
  /** Stop before this step (0-based) and return the run positioned at its start. */
  readonly untilStep?: number;
  /** Yield after each slice of simulated time (default 1 s), so a caller can write out what it has. */
  readonly sliceMs?: number;
  readonly onStep?: (outcome: StepOutcome) => void;
  readonly onPrediction?: (outcome: PredictionOutcome) => void;
}

export interface PlayResult {
  readonly steps: readonly StepOutcome[];
  readonly predictions: readonly PredictionOutcome[];
  /** Positioned after the last step played (finished, or at `untilStep`); dispose it when done. */
  readonly run: LessonRun;
}

export function* playLesson(lesson: Lesson, sim: Simulation, options: PlayOptions = {}): Generator<void, PlayResult, void> {
  const run = new LessonRun(lesson, sim);
  const slice = options.sliceMs ?? 1000;
  const until = Math.min(options.untilStep ?? lesson.steps.length, lesson.steps.length);
  const steps: StepOutcome[] = [];
  const predictions: PredictionOutcome[] = [];
  // Whether everything due at sim.now() has run (after runUntil): no command may be given at that moment then.
  let played = false;
  let nextSlice = sim.now() + slice;
  while (run.stepIndex < until) {
    const step = lesson.steps[run.stepIndex]!;
    const deadline = sim.now() + step.within * 1000;
    const solve = typeof options.solve === 'function' ? options.solve(step) : options.solve === true;
    if (solve && step.action) run.showMe();
    let reported = step.prediction === null;
    for (;;) {
      if (!played) for (const command of run.dueCommands()) sim.dispatch(command);
      if (!reported && run.answerFromRun()) {
        reported = true;
        const p = run.status()?.prediction;
        if (p?.observed) {
          const outcome = { step, observed: p.observed, right: p.right, options: p.options.map((o) => o.text), t: sim.now() };
          predictions.push(outcome);
          options.onPrediction?.(outcome);
        }
      }
      const status = run.status();
      if (!status || status.complete || sim.now() >= deadline) break;
      const due = run.nextCommandAt() ?? Infinity;
      const target = Math.min(sim.nextEventTime() ?? Infinity, run.nextChangeAt() ?? Infinity, nextSlice, deadline);
      if (due <= target) {
        sim.advanceTo(due);
        played = false;
      } else {
        sim.runUntil(target);
        played = true;
      }
      if (sim.now() >= nextSlice) {
        nextSlice = sim.now() + slice;
        yield;
      }
    }
    const status = run.status();
    const outcome: StepOutcome = {
      step,
      goal: step.goal ? describeGoal(step.goal) : null,
      met: step.goal ? status?.goalMetAt != null : status?.complete === true,
      t: sim.now(),
    };
    steps.push(outcome);
    options.onStep?.(outcome);
    if (played) {
      sim.advanceTo(sim.now() + 1);
      played = false;
    }
    run.next();
  }
  return { steps, predictions, run };
}

/** playLesson straight through. */
export function playLessonThrough(lesson: Lesson, sim: Simulation, options: PlayOptions = {}): PlayResult {
  const play = playLesson(lesson, sim, options);
  for (;;) {
    const step = play.next();
    if (step.done) return step.value;
  }
}
