/**
 * What a store holds and offers (SimState) and how one is made (SimStoreOptions): the shape createSimStore.ts
 * builds, kept apart from how it builds it.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Command, CommandCheck, CommandName, RequestCompletedEvent, RequestCounters, ScenarioSpec, Simulation, SimulationOptions, WorldSnapshot } from '../engine';
import type { ScenarioIssue } from '../scenario';
import type { EditHistoryView, EditResult } from './editHistory';
import type { LogEntry } from './eventLog';
import type { MetricsView } from './metrics';
import type { ViewOptions, ViewState } from './view';
import type { LessonState } from './lessonSlice';
import type { PresenterState } from './presenter';
import type { FrameBudget } from './budget';
import type { SeekOptions, SeekOutcome, SeekPlan, SeekProgress } from './seek';
import type { Bookmark, TimedCommand, TimelineView } from './timeline';

export type SimulationFactory = (spec: ScenarioSpec, options?: SimulationOptions) => Simulation;


export interface NotSimulatedResource {
  readonly logicalId: string;
  readonly type: string;
}

/** What the header shows about the loaded scenario. */
export interface ScenarioMeta {
  readonly title: string;
  readonly summary: string;
  readonly warnings: readonly ScenarioIssue[];
  readonly notSimulated: readonly NotSimulatedResource[];
  /** The bundled file it came from (e.g. "default.json"), or null when built in code. */
  readonly source: string | null;
  /** The template gave no traffic settings, so the traffic is the loader's default (the stage says so). */
  readonly defaultTraffic: boolean;
}

export interface LoadError {
  /** What was being loaded: a file name or "scenario". */
  readonly source: string;
  readonly messages: readonly string[];
}

export interface SimStoreOptions {
  readonly spec: ScenarioSpec;
  readonly meta?: Partial<ScenarioMeta>;
  /** Overrides the scenario's seed (kept across reset). */
  readonly seed?: number;
  readonly playing?: boolean;
  readonly speed?: number;
  /** How many non-request events the log keeps (default 500). */
  readonly logLimit?: number;
  /** Tests may pass a different engine; the app uses the real one. */
  readonly createSimulation?: SimulationFactory;
  /** Initial lens, theme and motion. */
  readonly view?: ViewOptions;
  /** Wall clock (ms) that spaces checkpoints by their cost (timeline.ts); performance.now by default. */
  readonly clock?: () => number;
}

export interface SimState extends ViewState, LessonState, PresenterState {
  readonly sim: Simulation;
  /**
   * The world as configured now (sim.world()): the scenario with every edit applied. The scenario as it started
   * is `sim.initialWorld`; reset and replays start from that.
   */
  readonly world: ScenarioSpec;
  /** Labels of the edits Undo and Redo would apply, most recent last. */
  readonly history: EditHistoryView;
  readonly scenario: ScenarioMeta;
  /** Simulated milliseconds; changes every playing frame, so select coarse views of it. */
  readonly now: number;
  readonly playing: boolean;
  readonly speed: number;
  /**
   * While playing, the speed the run actually keeps when it falls short of `speed` (a frame's engine work does not
   * fit in the frame); null while it keeps up, and while paused. The playback loop measures it.
   */
  readonly achievedSpeed: number | null;
  /** Replaced only when the engine's snapshot version changes. */
  readonly snapshot: WorldSnapshot;
  /** Replaced only when a figure changes. */
  readonly counters: RequestCounters;
  /** The last `logLimit` non-request events, oldest first. */
  readonly log: readonly LogEntry[];
  /** Non-request events seen since the world was (re)created, including ones dropped from the log. */
  readonly eventsSeen: number;
  /** Bumped by load and reset, so views can drop per-world state. */
  readonly generation: number;
  /** The last failed load; the world on screen is still the previous one. */
  readonly loadError: LoadError | null;
  /** CloudWatch-style figures per target group; a new object only when a figure changed. */
  readonly metrics: MetricsView;
  /**
   * Every completed request of the current world, as it happens (for animation; outside React's render cycle).
   * The subscription survives loads and resets.
   */
  readonly subscribeRequests: (listener: (event: RequestCompletedEvent) => void) => () => void;
  /**
   * The whole event log so far as JSON lines, replayed from the scenario, seed and commands (requests included),
   * handed to `write` in pieces of at most EVENT_LOG_PIECE_LINES lines: an hour of a busy world is gigabytes, more
   * than one string can hold, so it is never joined here.
   */
  readonly writeEventLog: (write: (piece: string) => void) => void;
  /** The same as one string, for logs known to be small (tests, short runs). */
  readonly exportEventLog: () => string;

  /** Replaces the world with a fresh Simulation of `spec`; on failure keeps the current world. */
  readonly load: (spec: ScenarioSpec, meta?: Partial<ScenarioMeta>) => boolean;
  /** Runs the CloudFormation loader on a template (text or parsed) and loads the result. */
  readonly loadTemplate: (input: unknown, source: string) => boolean;
  /** Records a failure that happened before the loader could run (e.g. the file could not be fetched). */
  readonly reportLoadError: (source: string, messages: readonly string[]) => void;
  readonly clearLoadError: () => void;
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlaying: () => void;
  /** Pauses and runs through the next instant at which anything is scheduled; the clock ends 1 ms after it. */
  readonly step: () => void;
  /** Same spec and seed, fresh Simulation: replays identically. */
  readonly reset: () => void;
  readonly setSpeed: (speed: number) => void;
  readonly dispatch: (command: Command) => void;
  /**
   * The engine's answer to "may this command run now?" (Simulation.check): every control that can be disabled
   * shows this, never a rule of its own. Read it while rendering from the snapshot it depends on.
   */
  readonly check: (command: Command) => CommandCheck;
  /**
   * Why the lesson's step does not let the learner give this command, in the lens; null when it may (or no lesson is
   * open). Replaced, like `check`, whenever the answer can change (another step, the other lens), so a control that
   * reads either re-renders then. `check`, `dispatch`, `edit`, `undo` and `redo` all ask it first.
   */
  readonly lessonLock: (name: CommandName) => string | null;
  /** The commands Undo or Redo would give next (none when there is nothing to undo or redo). */
  readonly nextHistoryCommands: (which: 'undo' | 'redo') => readonly Command[];
  /**
   * A sandbox edit: one or more commands validated together with the loader's validators against the world now;
   * dispatched only when all are valid, and undoable when they have an inverse.
   */
  readonly edit: (commands: Command | readonly Command[], label: string) => EditResult;
  /** Applies the inverse of the last edit at the current simulated time; null when there is nothing to undo. */
  readonly undo: () => EditResult | null;
  readonly redo: () => EditResult | null;
  /** Runs the simulation to `tMs` (never backwards), leaving events due exactly at `tMs` for later. The playback loop calls this. */
  readonly advanceTo: (tMs: number) => void;
  readonly advanceBy: (ms: number) => void;
  /**
   * The playback loop's advance: like advanceBy, but publishes request figures at most every ~200 ms of wall time,
   * and with a budget stops where the budget runs out (at an instant's end). Returns whether it got all the way.
   */
  readonly advanceFrame: (ms: number, wallTime: number, budget?: FrameBudget) => boolean;
  /** The playback loop says how fast the run really goes (null: it keeps up). */
  readonly setAchievedSpeed: (speed: number | null) => void;
  /** While a seek runs: what it opens and how far it has got. Playing, stepping and edits wait until it ends. */
  readonly seeking: SeekProgress | null;
  /**
   * Brings the world, paused, to a later moment by replaying commands at their times (a session's replay), in
   * slices with the page free in between (seek.ts). Resolves when done, cancelled (the world stays where it got to),
   * or replaced (the world was loaded or reset meanwhile).
   */
  readonly seek: (plan: SeekPlan, options?: SeekOptions) => Promise<SeekOutcome>;
  /** Stops a running seek where it has got to. */
  readonly cancelSeek: () => void;

  /** The run's timeline: how far it has been, its markers, bookmarks, the commands still to come, a future set aside. */
  readonly timeline: TimelineView;
  /**
   * Brings the world, paused, to `tMs` of this run (anywhere from 0 to the timeline's end): the nearest checkpoint is
   * restored and the run's commands replayed from it, so the world is exactly the one the run had then. Playing on
   * gives the later commands again at their times; a new command branches (the later ones are set aside).
   */
  readonly seekTo: (tMs: number) => void;
  /** Seeks by `ms` from now (back when negative), within 0 and the timeline's end. */
  readonly seekBy: (ms: number) => void;
  /** Brings back the future the last branch set aside (the one recorded since is set aside in turn), at the same moment. */
  readonly restoreAside: () => void;
  /** A named bookmark at this moment (replacing one already here). */
  readonly addBookmark: (name: string) => void;
  readonly removeBookmark: (atMs: number) => void;
  /** The session's bookmarks, as a saved session or link brings them. */
  readonly setBookmarks: (bookmarks: readonly Bookmark[]) => void;
  /** A lesson step began now: marked on the timeline under its title (the lesson slice calls this). */
  readonly markLessonStep: (title: string) => void;
  /** Commands a saved session recorded after its moment, given again as the run plays on (only later than now). */
  readonly keepLater: (commands: readonly TimedCommand[]) => void;
}

export type SimStore = StoreApi<SimState>;

