/**
 * One vanilla zustand store around one Simulation. There is no module-level store: every mounted app (or
 * docs-page widget) calls this factory, so two apps on a page never share a clock.
 */
import { createStore } from 'zustand/vanilla';
import { createSimulation as createEngineSimulation, type Command, type CommandName, type RequestCompletedEvent, type RequestCounters, type ScenarioSpec, type SimEvent, type Simulation } from '../engine';
import { EditHistory, EMPTY_HISTORY, type EditResult } from './editHistory';
import { templateToWorld } from './loadTemplate';
import { appendToLog, DEFAULT_LOG_LIMIT, isLoggable, type LogEntry } from './eventLog';
import { writeReplayedLog } from './eventLogExport';
import { clampSpeed, DEFAULT_SPEED } from './speeds';
import { MetricsCollector } from './metrics';
import { createViewSlice } from './view';
import { createLessonSlice, type LessonDirector } from './lessonSlice';
import { createPresenterSlice } from './presenter';
import { startTurn, type BudgetTurn, type FrameBudget } from './budget';
import { seek as runSeek } from './seek';
import { MAX_MARKERS, Timeline, type Bookmark, type TimedCommand } from './timeline';
import { markerOf, type Marker } from './markers';
import { moveTo, runTo } from './timeTravel';
import type { ScenarioMeta, SimState, SimStore, SimStoreOptions } from './simState';

export type { FrameBudget };
export type { LoadError, NotSimulatedResource, ScenarioMeta, SimState, SimStore, SimStoreOptions, SimulationFactory } from './simState';

const FIGURES_INTERVAL_MS = 200;
export { EVENT_LOG_PIECE_LINES } from './eventLogExport';

/**
 * The engine returns fresh counters on every call. Every figure moves only when a request arrives (in flight
 * rises) or finishes (total rises), and arrivals minus completions cannot cancel out in both, so these four
 * numbers tell whether anything changed without walking the nested maps every frame.
 */
function sameCounters(a: RequestCounters, b: RequestCounters): boolean {
  return a.total === b.total && a.inFlight === b.inFlight && a.elb5xx === b.elb5xx && a.target5xx === b.target5xx;
}

function metaFor(spec: ScenarioSpec, meta: Partial<ScenarioMeta> | undefined): ScenarioMeta {
  return {
    title: meta?.title ?? spec.title,
    summary: meta?.summary ?? spec.summary,
    warnings: meta?.warnings ?? [],
    notSimulated: meta?.notSimulated ?? [],
    source: meta?.source ?? null,
    defaultTraffic: meta?.defaultTraffic ?? false,
  };
}

/** Test doubles of the engine may not take checkpoints; the timeline then stays empty and seeks do nothing. */
function canCheckpoint(sim: Simulation): boolean {
  return typeof sim.checkpoint === 'function';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createSimStore(options: SimStoreOptions): SimStore {
  let history: EditHistory | null = null;
  const factory = options.createSimulation ?? createEngineSimulation;
  const logLimit = Math.max(1, options.logLimit ?? DEFAULT_LOG_LIMIT);

  // Events arrive synchronously while the engine runs; they are collected here and committed once per
  // advance, so a frame that processes a thousand events still causes one store update.
  let pending: LogEntry[] = [];
  let pendingMarkers: Marker[] = [];
  let seekCancelled = false;
  let seq = 0;
  let unsubscribe: () => void = () => {};
  // Loggable events dropped from `pending` before a commit (only the last logLimit can be shown): still seen.
  let droppedSeen = 0;
  let metrics = new MetricsCollector([]);
  let lastFiguresAt = -Infinity;
  const requestListeners = new Set<(event: RequestCompletedEvent) => void>();

  function listener(event: SimEvent): void {
    if (event.type === 'request.completed') {
      metrics.onRequest(event);
      for (const listener of requestListeners) listener(event);
    } else if (isLoggable(event)) {
      const marker = markerOf(event);
      if (marker !== null) {
        pendingMarkers.push(marker);
        if (pendingMarkers.length > 2 * MAX_MARKERS) pendingMarkers = pendingMarkers.slice(-MAX_MARKERS);
      }
      pending.push({ seq: ++seq, event });
      // A long advance (a seek) between commits keeps no more than the log can show.
      if (pending.length >= 4 * logLimit) {
        droppedSeen += pending.length - logLimit;
        pending = pending.slice(-logLimit);
      }
    }
  }

  /** Listens to the world's events; `requests` false while seeking, so the engine builds no request events. */
  function listen(sim: Simulation, requests: boolean): void {
    unsubscribe();
    unsubscribe = sim.subscribe(listener, { requests });
  }

  function attach(sim: Simulation): LogEntry[] {
    pending = [];
    pendingMarkers = [];
    droppedSeen = 0;
    seq = 0;
    seekCancelled = false;
    metrics = new MetricsCollector(sim.initialWorld.targetGroups.map((tg) => tg.id));
    lastFiguresAt = -Infinity;
    // Anything the engine did while being created is in its ring already; later events come through subscribe.
    const initial = sim.recentEvents().filter(isLoggable).map((event) => ({ seq: ++seq, event }));
    listen(sim, true);
    return initial;
  }

  function worldState(sim: Simulation, initial: readonly LogEntry[]) {
    return {
      sim,
      now: sim.now(),
      snapshot: sim.snapshot(),
      counters: sim.counters(),
      log: initial.slice(-logLimit),
      eventsSeen: initial.length,
      metrics: metrics.view(),
    };
  }

  const wallClock = options.clock ?? (() => performance.now());
  const firstSim = factory(options.spec, options.seed === undefined ? undefined : { seed: options.seed });

  return createStore<SimState>()((set, get) => {
    const seeking = (): boolean => get().seeking !== null;
    const timeline = new Timeline((view) => set({ timeline: view }));
    /** A new run's timeline: a checkpoint at its start. */
    const startTimeline = (sim: Simulation, bookmarks: readonly Bookmark[] = []): void => {
      if (canCheckpoint(sim)) timeline.start({ checkpoint: sim.checkpoint(), commandCount: sim.commandLog().length }, bookmarks);
    };
    startTimeline(firstSim);
    /** Keeps a checkpoint when one is due, and moves the timeline's end and markers on (after every advance). */
    function recordTime(sim: Simulation): void {
      const now = sim.now();
      const markers = pendingMarkers;
      pendingMarkers = [];
      timeline.recordMarkers(markers, timeline.endMs());
      timeline.reached(now);
      if (!canCheckpoint(sim)) return;
      const started = wallClock();
      if (!timeline.checkpointDue(now, started)) return;
      const kept = { checkpoint: sim.checkpoint(), commandCount: sim.commandLog().length };
      const ended = wallClock();
      timeline.addCheckpoint(kept, ended, ended - started);
    }
    /**
     * A command given now, before the end this run has been to, branches: the later commands are set aside. Called
     * after giving it (an edit may be refused and give none), with the number of commands before.
     */
    function branchIfGiven(before: number): void {
      const { sim } = get();
      if (sim.commandLog().length > before) timeline.branch(sim.now(), before);
    }
    const given0 = (): number => get().sim.commandLog().length;
    const later = (): TimedCommand | undefined => timeline.later()[0];
    const given = (): void => timeline.takeNext();
    /** Every command of this branch: those given so far and those still to come. */
    const allCommands = (sim: Simulation): TimedCommand[] => [...sim.commandLog(), ...timeline.later()];
    /** Puts the world at `atMs` of the branch whose commands are `all`. */
    function moveWorld(all: readonly TimedCommand[], atMs: number, sameBranch = true): void {
      const { sim } = get();
      if (!canCheckpoint(sim)) return;
      listen(sim, false);
      const moved = moveTo(sim, timeline.nearest(atMs), all, atMs, sameBranch);
      timeline.setLater(moved.later);
      edits.clear();
      if (!moved.restored) {
        listen(sim, true);
        commit();
        return;
      }
      const initial = attach(moved.sim);
      set((state) => ({
        ...worldState(moved.sim, initial),
        world: moved.sim.world(),
        generation: state.generation + 1,
        achievedSpeed: null,
      }));
    }
    history = new EditHistory((view) => set({ history: view }));
    const edits = history;
    /** Copies what changed in the engine into the store, in one update. */
    /**
     * Copies what changed in the engine into the store. Request figures and metrics change with every request;
     * from the playback loop they are published a few times a second (`figures` false in between), which is as
     * often as anyone can read them and spares the panels a re-render every frame.
     */
    function commit(figures = true): void {
      const state = get();
      const { sim } = state;
      const snapshot = sim.snapshot();
      const counters = sim.counters();
      const added = pending;
      const dropped = droppedSeen;
      pending = [];
      droppedSeen = 0;
      const patch: { -readonly [K in keyof SimState]?: SimState[K] } = {};
      const now = sim.now();
      if (now !== state.now) patch.now = now;
      const world = sim.world();
      if (world !== state.world) patch.world = world;
      if (snapshot !== state.snapshot && snapshot.version !== state.snapshot.version) patch.snapshot = snapshot;
      metrics.sample(snapshot, now);
      if (figures) {
        if (!sameCounters(counters, state.counters)) patch.counters = counters;
        const metricsView = metrics.view();
        if (metricsView !== state.metrics) patch.metrics = metricsView;
      }
      if (added.length > 0) {
        patch.log = appendToLog(state.log, added, logLimit);
        patch.eventsSeen = state.eventsSeen + added.length + dropped;
      }
      Object.assign(patch, director.patch());
      if (Object.keys(patch).length > 0) set(patch);
      recordTime(sim);
    }

    function replaceWorld(spec: ScenarioSpec, seed: number | undefined, meta: ScenarioMeta | null, kind: 'reset' | 'load'): boolean {
      let sim: Simulation;
      try {
        sim = factory(spec, seed === undefined ? undefined : { seed });
      } catch (error) {
        set({ loadError: { source: meta?.source ?? 'scenario', messages: [errorMessage(error)] } });
        return false;
      }
      const initial = attach(sim);
      history?.clear();
      const keepBookmarks = meta === null ? timeline.bookmarkList() : [];
      set((state) => ({
        ...worldState(sim, initial),
        world: sim.world(),
        scenario: meta ?? state.scenario,
        generation: state.generation + 1,
        selection: null,
        achievedSpeed: null,
        loadError: meta ? null : state.loadError,
      }));
      // A reset is the same scenario: its bookmarks stay.
      startTimeline(sim, keepBookmarks);
      director.worldReplaced(kind);
      return true;
    }

    /** Why a lesson locks one of these commands now, or null; shaped as the engine's refusals and the editors' issues. */
    const lockOf = (commands: readonly Command[]): string | null => {
      for (const command of commands) {
        const why = get().lessonLock(command.do);
        if (why !== null) return why;
      }
      return null;
    };
    const lockedEdit = (reason: string): EditResult => ({ ok: false, errors: [{ severity: 'error', resource: 'Lesson', path: '', message: reason }] });

    /** The two answers that depend on the lesson's step and the lens, made afresh so their readers re-render. */
    function gate(): Pick<SimState, 'check' | 'lessonLock'> {
      const lessonLock = (name: CommandName): string | null => director.refusal(name, get().lens);
      return {
        lessonLock,
        check: (command) => {
          const why = lessonLock(command.do);
          return why === null ? get().sim.check(command) : { allowed: false, reason: why, code: null };
        },
      };
    }

    /**
     * Moves the clock to `target`, stopping wherever an open lesson's next command is due to give it there (as a
     * script would), and, with `hold`, not past now while its prediction waits for an answer. Within `turn`'s budget
     * when given; whether it got to `target` (a clock the lesson holds has got where it may).
     */
    function advance(target: number, hold: boolean, turn: BudgetTurn | null = null): boolean {
      const { sim } = get();
      for (;;) {
        const stop = Math.min(target, director.stopAt(sim.now(), hold));
        // The run's recorded commands still to come (after a seek back) are given on the way, as the run gave them.
        if (stop > sim.now() && !runTo(sim, stop, later, given, turn ?? undefined)) return false;
        const gave = director.giveDue();
        if (stop >= target || !gave) return true;
      }
    }

    const lessons = createLessonSlice({
      set,
      get,
      commit: () => commit(),
      load: (lesson) => replaceWorld(lesson.spec, undefined, metaFor(lesson.spec, { source: lesson.scenarioFile }), 'load'),
      checkChanged: () => set(gate()),
      markStep: (title) => get().markLessonStep(title),
    });
    const director: LessonDirector = lessons.director;
    const view = createViewSlice(set, options.view ?? {});

    return {
      ...worldState(firstSim, attach(firstSim)),
      world: firstSim.world(),
      history: EMPTY_HISTORY,
      scenario: metaFor(options.spec, options.meta),
      playing: options.playing ?? false,
      speed: clampSpeed(options.speed ?? DEFAULT_SPEED),
      achievedSpeed: null,
      seeking: null,
      timeline: timeline.current(),
      generation: 0,
      loadError: null,
      ...view,
      ...lessons.state,
      ...gate(),
      // The lens words why a control is locked: a lesson's reasons are asked afresh in the other lens.
      setLens: (lens) => {
        view.setLens(lens);
        if (get().lessonPlay) set({ ...gate(), ...director.republish() });
      },
      toggleLens: () => {
        view.toggleLens();
        if (get().lessonPlay) set({ ...gate(), ...director.republish() });
      },
      nextHistoryCommands: (which) => edits.next(which),
      ...createPresenterSlice(set),

      subscribeRequests: (listener) => {
        requestListeners.add(listener);
        return () => requestListeners.delete(listener);
      },

      writeEventLog: (write) => writeReplayedLog(factory, get().sim, write),

      exportEventLog: () => {
        const pieces: string[] = [];
        get().writeEventLog((piece) => pieces.push(piece));
        return pieces.join('');
      },


      load: (spec, meta) => replaceWorld(spec, undefined, metaFor(spec, meta), 'load'),

      loadTemplate: (input, source) => {
        const result = templateToWorld(input, source);
        if (!result.ok) {
          set({ loadError: result.error });
          return false;
        }
        return get().load(result.spec, result.meta);
      },


      reportLoadError: (source, messages) => set({ loadError: { source, messages } }),
      clearLoadError: () => set({ loadError: null }),

      play: () => {
        if (!seeking()) set({ playing: true });
      },
      pause: () => {
        set({ playing: false, achievedSpeed: null });
        // Paused, the figures on screen are the exact ones.
        commit();
      },
      togglePlaying: () => {
        if (seeking()) return;
        set((state) => ({ playing: !state.playing, achievedSpeed: null }));
        if (!get().playing) commit();
      },

      step: () => {
        if (seeking()) return;
        const { sim, playing } = get();
        if (playing) set({ playing: false, achievedSpeed: null });
        const command = later();
        const event = sim.nextEventTime();
        if (command !== undefined && (event === null || command.atMs <= event)) {
          // The run's next recorded command comes first: the step gives it, as the run did.
          advance(command.atMs + 1, true);
          commit();
          return;
        }
        if (event === null) return;
        // advanceTo just past the next instant, never runUntil: a command given after the step must still run
        // before anything else due at the clock's millisecond, as in a replay.
        advance(Math.max(event, sim.now()) + 1, true);
        commit();
      },

      reset: () => {
        const { sim } = get();
        replaceWorld(sim.initialWorld, sim.seed, null, 'reset');
      },

      // A new speed is measured afresh: the run may keep up with it.
      setSpeed: (speed) => set((state) => (clampSpeed(speed) === state.speed ? {} : { speed: clampSpeed(speed), achievedSpeed: null })),
      seek: (plan, seekOptions) => {
        if (seeking()) return Promise.reject(new Error('A seek is already running.'));
        set({ playing: false, achievedSpeed: null });
        seekCancelled = false;
        return runSeek(
          {
            sim: () => get().sim,
            hearRequests: (on) => listen(get().sim, on),
            sample: () => metrics.sample(get().sim.snapshot(), get().sim.now()),
            progress: (progress) => set({ seeking: progress }),
            cancelRequested: () => seekCancelled,
            commit: () => commit(),
            slice: () => recordTime(get().sim),
          },
          plan,
          seekOptions,
        );
      },
      cancelSeek: () => {
        seekCancelled = true;
      },
      seekTo: (tMs) => {
        if (seeking()) return;
        const { sim } = get();
        const atMs = Math.round(Math.min(Math.max(0, tMs), Math.max(timeline.endMs(), sim.now())));
        set({ playing: false, achievedSpeed: null });
        moveWorld(allCommands(sim), atMs);
      },
      seekBy: (ms) => get().seekTo(get().sim.now() + ms),
      restoreAside: () => {
        if (seeking()) return;
        const { sim } = get();
        const aside = timeline.asideNow();
        if (aside === null) return;
        set({ playing: false, achievedSpeed: null });
        const log = sim.commandLog();
        // The branches share the commands given before they parted; what this branch gave since goes aside.
        const restored = timeline.restoreAside(log.slice(aside.commandCount));
        if (restored === null) return;
        moveWorld([...log.slice(0, aside.commandCount), ...restored.commands], sim.now(), false);
      },
      addBookmark: (name) => timeline.addBookmark({ atMs: get().sim.now(), name: name.trim() || 'Bookmark' }),
      removeBookmark: (atMs) => timeline.removeBookmark(atMs),
      setBookmarks: (bookmarks) => {
        for (const bookmark of timeline.bookmarkList()) timeline.removeBookmark(bookmark.atMs);
        for (const bookmark of bookmarks) timeline.addBookmark(bookmark);
      },
      markLessonStep: (title) => timeline.recordMarkers([{ t: get().sim.now(), kind: 'lesson', label: title }], -Infinity),
      keepLater: (commands) => {
        const now = get().sim.now();
        const later = commands.filter((c) => c.atMs >= now);
        if (later.length === 0) return;
        timeline.setLater(later);
        timeline.reached(Math.max(now, later[later.length - 1]!.atMs));
      },
      setAchievedSpeed: (speed) => {
        if (get().achievedSpeed !== speed) set({ achievedSpeed: speed });
      },

      dispatch: (command) => {
        if (seeking()) return;
        // A control a lesson locks says so and sends nothing; this is the backstop.
        if (lockOf([command]) !== null) return;
        const before = given0();
        get().sim.dispatch(command);
        branchIfGiven(before);
        commit();
      },

      edit: (commands, label) => {
        if (seeking()) return { ok: false, errors: [{ severity: 'error', resource: label, path: '', message: `The world is still opening (${get().seeking?.what ?? ''}): edit it once it is open.` }] };
        const list: readonly Command[] = Array.isArray(commands) ? commands : [commands as Command];
        const locked = lockOf(list);
        if (locked !== null) return lockedEdit(locked);
        const before = given0();
        const result = edits.edit(get().sim, list, label);
        branchIfGiven(before);
        commit();
        return result;
      },
      undo: () => {
        if (seeking()) return null;
        const locked = lockOf(edits.next('undo'));
        if (locked !== null) return lockedEdit(locked);
        const before = given0();
        const result = edits.undo(get().sim);
        branchIfGiven(before);
        commit();
        return result;
      },
      redo: () => {
        if (seeking()) return null;
        const locked = lockOf(edits.next('redo'));
        if (locked !== null) return lockedEdit(locked);
        const before = given0();
        const result = edits.redo(get().sim);
        branchIfGiven(before);
        commit();
        return result;
      },

      advanceTo: (tMs) => {
        const { sim } = get();
        if (!(tMs > sim.now())) return;
        // Not runUntil: events due exactly at tMs wait for the next frame, so a command dispatched in between
        // runs before them, just as the same command in a scenario script would (the run replays exactly).
        advance(tMs, false);
        commit();
      },

      advanceBy: (ms) => {
        get().advanceTo(get().sim.now() + ms);
      },

      advanceFrame: (ms, wallTime, budget) => {
        const { sim } = get();
        if (!(ms > 0)) return true;
        const target = sim.now() + ms;
        const reached = advance(target, true, budget ? startTurn(budget) : null);
        const due = wallTime - lastFiguresAt >= FIGURES_INTERVAL_MS;
        if (due) lastFiguresAt = wallTime;
        commit(due);
        return reached;
      },
    };
  });
}
