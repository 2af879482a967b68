/**
 * A lesson being played on a simulation, UI-free: which step is current, its goal's live status, its prediction
 * (options, the learner's answer, what the run answered, the reveal), which hints are due, what the learner may
 * change, and the step's commands as they come due. The app's lesson tab and the command line both drive it:
 *
 *   const run = new LessonRun(lesson, sim);      // subscribes to the simulation's events; run.dispose() stops
 *   each frame: for (const c of run.dueCommands()) dispatch(c);  then render run.status()
 *   run.answer(i), run.requestHint(), run.showMe(), run.permission(command), run.next(), run.goTo(i)
 *
 * Steps start at the simulation's clock when they are entered; every time in the step (scripted commands, windows,
 * hints, `within`) counts from there in simulated time, so pausing pauses it all. While a prediction is asking
 * (`status().prediction.state === 'asking'`) the app holds the clock: the question comes before what it asks about.
 */
import type { Command, CommandName, SimEvent, Simulation } from '../../engine';
import type { LessonStep, Lesson } from '../format/lesson';
import type { LensText } from '../format/lensText';
import type { Observed, Prediction } from '../format/prediction';
import { fillObserved, lockedReason, observedText } from '../words';
import { GoalTracker, type GoalStatus } from './goalTracker';
import { lookahead } from './lookahead';
import { Observer } from './observer';
import { resolveOptions, rightOption, type ResolvedOption } from './options';

export type Permission = { readonly allowed: true } | { readonly allowed: false; readonly reason: LensText };

export interface PredictionStatus {
  readonly prediction: Prediction;
  readonly options: readonly ResolvedOption[];
  /** asking: waiting for the learner's answer; waiting: answered, the run has not shown it yet; revealed. */
  readonly state: 'asking' | 'waiting' | 'revealed';
  /** The learner's option, or null. */
  readonly answer: number | null;
  /** What the run answered; null until revealed. */
  readonly observed: Observed | null;
  /** The right option, or null until revealed or when the run's answer is none of them. */
  readonly right: number | null;
  readonly observedText: LensText | null;
  /** The reason, with `{observed}` filled in; null until revealed. */
  readonly reason: LensText | null;
}

export interface StepStatus {
  readonly index: number;
  readonly step: LessonStep;
  readonly startedAt: number;
  readonly now: number;
  /** The goal now (null for a step without one); it may go back to unmet. */
  readonly goal: GoalStatus | null;
  /** When the goal was first met (ms), or null: once met, the step stays done. */
  readonly goalMetAt: number | null;
  readonly prediction: PredictionStatus | null;
  /** The step is done: its goal was met, its prediction revealed and its scripted commands given. */
  readonly complete: boolean;
  /** `within` has passed and it is not done (the app may offer "show me"). */
  readonly overdue: boolean;
  /** Hints showing: those due by time and those asked for, in the file's order. */
  readonly hints: readonly LensText[];
  readonly moreHints: boolean;
  readonly showingSolution: boolean;
}

interface Pending {
  readonly atMs: number;
  readonly command: Command;
  readonly solution: boolean;
}

class StepRun {
  readonly goal: GoalTracker | null;
  readonly observer: Observer | null;
  readonly options: readonly ResolvedOption[];
  pending: Pending[];
  answer: number | null = null;
  goalMetAt: number | null = null;
  hintsAsked = 0;
  showingSolution = false;

  constructor(readonly step: LessonStep, readonly startMs: number, lessonId: string, sim: Simulation) {
    this.goal = step.goal ? new GoalTracker(step.goal, startMs) : null;
    const prediction = step.prediction;
    this.observer = prediction ? new Observer(prediction.observe, startMs, sim.snapshot(), () => sim.world()) : null;
    this.options = prediction
      ? resolveOptions(prediction, {
          world: sim.world(),
          key: `${lessonId}/${step.id}`,
          lookahead: () => lookahead(sim, prediction.observe, step.commands, step.within),
        })
      : [];
    this.pending = step.commands.map((c) => ({ atMs: startMs + Math.round(c.at * 1000), command: c.command, solution: false }));
  }

  get deadline(): number {
    return this.startMs + this.step.within * 1000;
  }

  observe(event: SimEvent): void {
    this.goal?.observe(event);
    this.observer?.observe(event);
  }
}

export class LessonRun {
  private current: StepRun | null = null;
  private index = 0;
  private readonly unsubscribe: () => void;

  constructor(readonly lesson: Lesson, private readonly sim: Simulation, options: { readonly step?: number } = {}) {
    this.unsubscribe = sim.subscribe((event) => this.observe(event), { requests: true });
    this.goTo(options.step ?? 0);
  }

  dispose(): void {
    this.unsubscribe();
  }

  /** Every event of the run, requests included (the constructor subscribes this). */
  observe(event: SimEvent): void {
    this.current?.observe(event);
  }

  get stepIndex(): number {
    return this.index;
  }

  /** Past the last step. */
  get finished(): boolean {
    return this.current === null;
  }

  get step(): LessonStep | null {
    return this.current?.step ?? null;
  }

  /** Start step `index` now (the world is not rewound); past the last one, the lesson is finished. */
  goTo(index: number): void {
    this.index = Math.max(0, Math.min(index, this.lesson.steps.length));
    const step = this.lesson.steps[this.index];
    this.current = step ? new StepRun(step, this.sim.now(), this.lesson.id, this.sim) : null;
  }

  next(): void {
    this.goTo(this.index + 1);
  }

  back(): void {
    this.goTo(this.index - 1);
  }

  /** The step's commands due now, each given once, in time order: dispatch them. */
  dueCommands(): Command[] {
    const run = this.current;
    if (!run) return [];
    const now = this.sim.now();
    const due: Command[] = [];
    while (run.pending.length > 0 && run.pending[0]!.atMs <= now) due.push(run.pending.shift()!.command);
    return due;
  }

  /** When the next of the step's commands comes due (ms), or null. */
  nextCommandAt(): number | null {
    return this.current?.pending[0]?.atMs ?? null;
  }

  /** The next moment (ms) at which the status may change with no event (a window, a count's moment, the time limit). */
  nextChangeAt(): number | null {
    const run = this.current;
    if (!run) return null;
    const now = this.sim.now();
    const times = [run.goal?.nextChange(now) ?? null, run.observer?.nextChange(now, run.deadline) ?? null, now < run.deadline ? run.deadline : null];
    const future = times.filter((t): t is number => t !== null);
    return future.length === 0 ? null : Math.min(...future);
  }

  /** "Show me": the step's solution, its times counted from now, joins the commands due. */
  showMe(): void {
    const run = this.current;
    if (!run || run.showingSolution) return;
    run.showingSolution = true;
    const now = this.sim.now();
    const added = run.step.solution.map((c) => ({ atMs: now + Math.round(c.at * 1000), command: c.command, solution: true }));
    run.pending = [...run.pending, ...added].sort((a, b) => a.atMs - b.atMs);
  }

  answer(option: number): void {
    const run = this.current;
    if (!run || !run.step.prediction || run.answer !== null) return;
    if (option >= 0 && option < run.options.length) run.answer = option;
  }

  /**
   * The command line's answer, the reference one: once the run has shown what happens, choose the right option (the
   * first, when none is). Returns whether the question is answered.
   */
  answerFromRun(): boolean {
    const run = this.current;
    if (!run?.observer) return false;
    if (run.answer !== null) return true;
    const observed = run.observer.check(this.sim.now(), run.deadline);
    if (observed === null) return false;
    run.answer = rightOption(run.options, observed) ?? 0;
    return true;
  }

  /** Shows the next hint not yet showing; returns it, or null when none is left. */
  requestHint(): LensText | null {
    const run = this.current;
    if (!run) return null;
    const visible = this.visibleHints(run);
    const hidden = run.step.hints.findIndex((_, i) => !visible.has(i));
    if (hidden < 0) return null;
    run.hintsAsked++;
    return run.step.hints[hidden]!.text;
  }

  private visibleHints(run: StepRun): Set<number> {
    const elapsed = this.sim.now() - run.startMs;
    const shown = new Set<number>();
    run.step.hints.forEach((hint, i) => {
      if (hint.after !== null && elapsed >= hint.after * 1000) shown.add(i);
    });
    let asked = run.hintsAsked;
    for (let i = 0; i < run.step.hints.length && asked > 0; i++) {
      if (!shown.has(i)) {
        shown.add(i);
        asked--;
      }
    }
    return shown;
  }

  /** Whether the learner may give this command during the step, and why not. */
  permission(command: Command | CommandName): Permission {
    const step = this.current?.step;
    const name = typeof command === 'string' ? command : command.do;
    if (!step || step.allowed === null || step.allowed.includes(name)) return { allowed: true };
    return { allowed: false, reason: step.locked ?? lockedReason(step, name) };
  }

  private predictionStatus(run: StepRun, now: number): PredictionStatus | null {
    const prediction = run.step.prediction;
    if (!prediction || !run.observer) return null;
    const observed = run.observer.check(now, run.deadline);
    const state = run.answer === null ? 'asking' : observed === null ? 'waiting' : 'revealed';
    const revealed = state === 'revealed' && observed !== null;
    const text = revealed ? observedText(observed, prediction.observe, this.sim.world()) : null;
    return {
      prediction,
      options: run.options,
      state,
      answer: run.answer,
      observed: revealed ? observed : null,
      right: revealed ? rightOption(run.options, observed) : null,
      observedText: text,
      reason: text === null ? null : fillObserved(prediction.reason, text),
    };
  }

  /** The current step now; null once the lesson is finished. Cheap enough to ask every frame. */
  status(): StepStatus | null {
    const run = this.current;
    if (!run) return null;
    const now = this.sim.now();
    const goal = run.goal?.evaluate({ now, snapshot: this.sim.snapshot(), world: this.sim.world() }) ?? null;
    if (goal?.met && run.goalMetAt === null) run.goalMetAt = now;
    const prediction = this.predictionStatus(run, now);
    const scriptedLeft = run.pending.some((p) => !p.solution);
    const complete = (run.goal === null || run.goalMetAt !== null) && (prediction === null || prediction.state === 'revealed') && !scriptedLeft;
    const visible = this.visibleHints(run);
    return {
      index: this.index,
      step: run.step,
      startedAt: run.startMs,
      now,
      goal,
      goalMetAt: run.goalMetAt,
      prediction,
      complete,
      overdue: !complete && now >= run.deadline,
      hints: run.step.hints.filter((_, i) => visible.has(i)).map((h) => h.text),
      moreHints: visible.size < run.step.hints.length,
      showingSolution: run.showingSolution,
    };
  }
}
