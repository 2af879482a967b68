/**
 * The store's timeline: a seek to a moment gives exactly the world and the later event log of a run played straight
 * there; playing on after a seek gives the run's later commands again at their times; a new command after a seek
 * branches and the old future can be restored; bookmarks stay with the scenario across a reset.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Command, type ScenarioSpec, type Simulation } from '../../src/engine';
import { loadScenario } from '../../src/scenario';
import { createSimStore, type SimStore } from '../../src/store';
import { CHECKPOINT_EVERY_MS } from '../../src/store/timeline';

function defaultSpec(): ScenarioSpec {
  const loaded = loadScenario(readFileSync('public/scenarios/default.json', 'utf8'), { fileName: 'default.json' });
  if (!loaded.ok) throw new Error('default.json does not load');
  return loaded.spec;
}

const CRASH: Command = { do: 'crashTask', task: 'UsersService-1' };
const STOP: Command = { do: 'stopTask', task: 'AuthService-2' };

/** As the playback loop goes: frames of 250 simulated ms. */
function playTo(store: SimStore, tMs: number): void {
  while (store.getState().now < tMs) store.getState().advanceFrame(Math.min(250, tMs - store.getState().now), store.getState().now);
}

/** A straight run: the commands at their times, then on to `untilMs`; its lines from `fromMs` on. */
function straight(spec: ScenarioSpec, steps: readonly (readonly [number, Command])[], untilMs: number): { sim: Simulation; lines: string[] } {
  const sim = createSimulation(spec);
  const lines: string[] = [];
  sim.subscribe((e) => lines.push(JSON.stringify(e)), { requests: true });
  for (const [at, command] of steps) {
    sim.advanceTo(at);
    sim.dispatch(command);
  }
  sim.advanceTo(untilMs);
  return { sim, lines };
}

function listen(store: SimStore): string[] {
  const lines: string[] = [];
  store.getState().sim.subscribe((e) => lines.push(JSON.stringify(e)), { requests: true });
  return lines;
}

const snapshotOf = (sim: Simulation): string => JSON.stringify(sim.snapshot());

describe('the timeline', () => {
  it('a seek back gives the snapshot and the later event log of a run played straight to that moment', () => {
    const spec = defaultSpec();
    const store = createSimStore({ spec });
    playTo(store, 40_000);
    store.getState().dispatch(CRASH);
    playTo(store, 95_000);
    expect(store.getState().timeline.end).toBe(95_000);

    store.getState().seekTo(47_123);
    const state = store.getState();
    expect(state.now).toBe(47_123);
    expect(state.playing).toBe(false);
    const there = straight(spec, [[40_000, CRASH]], 47_123);
    expect(snapshotOf(state.sim)).toBe(snapshotOf(there.sim));
    expect(JSON.stringify(state.snapshot)).toBe(snapshotOf(there.sim));
    expect(state.counters).toEqual(there.sim.counters());

    const seen = there.lines.length;
    const after = listen(store);
    playTo(store, 95_000);
    there.sim.advanceTo(95_000);
    expect(after).toEqual(there.lines.slice(seen));
    expect(snapshotOf(store.getState().sim)).toBe(snapshotOf(there.sim));
  });

  it('playing on after a seek back gives the run’s later commands again at their times (the crash replays)', () => {
    const spec = defaultSpec();
    const store = createSimStore({ spec });
    playTo(store, 40_000);
    store.getState().dispatch(CRASH);
    playTo(store, 50_000);
    store.getState().seekBy(-10_000);
    expect(store.getState().now).toBe(40_000);
    expect(store.getState().timeline.later).toEqual([]);
    store.getState().seekTo(30_000);
    // Before the crash: the task is alive again, and the crash is still to come.
    expect(store.getState().snapshot.tasks.find((t) => t.id === 'UsersService-1')?.lastStatus).toBe('RUNNING');
    expect(store.getState().timeline.later).toEqual([{ atMs: 40_000, command: CRASH }]);
    playTo(store, 50_000);
    expect(store.getState().sim.commandLog()).toEqual([{ atMs: 40_000, command: CRASH }]);
    expect(store.getState().timeline.later).toEqual([]);
    expect(snapshotOf(store.getState().sim)).toBe(snapshotOf(straight(spec, [[40_000, CRASH]], 50_000).sim));
  });

  it('a step after a seek back gives the next recorded command when it comes before the next event', () => {
    const store = createSimStore({ spec: defaultSpec() });
    playTo(store, 40_000);
    store.getState().dispatch(CRASH);
    playTo(store, 41_000);
    store.getState().seekTo(40_000 - 1);
    // Nothing else is due in that last millisecond? Either way the step ends at or before the crash's moment + 1.
    for (let i = 0; i < 50 && store.getState().sim.commandLog().length === 0; i++) store.getState().step();
    expect(store.getState().sim.commandLog()).toEqual([{ atMs: 40_000, command: CRASH }]);
    expect(store.getState().now).toBe(40_001);
  });

  it('a new command after a seek back branches: the later commands are set aside and can be restored', () => {
    const spec = defaultSpec();
    const store = createSimStore({ spec });
    playTo(store, 40_000);
    store.getState().dispatch(CRASH);
    playTo(store, 60_000);
    store.getState().seekTo(30_000);
    store.getState().dispatch(STOP);
    const branched = store.getState().timeline;
    expect(branched.aside).toEqual({ atMs: 30_000, commands: 1 });
    expect(branched.later).toEqual([]);
    expect(branched.end).toBe(30_000);
    expect(branched.markers.every((m) => m.t <= 30_000)).toBe(true);
    playTo(store, 60_000);
    // The new branch: the stop, and no crash.
    expect(store.getState().sim.commandLog()).toEqual([{ atMs: 30_000, command: STOP }]);
    expect(snapshotOf(store.getState().sim)).toBe(snapshotOf(straight(spec, [[30_000, STOP]], 60_000).sim));

    store.getState().restoreAside();
    // The old future at the same moment, and the new branch set aside in its place.
    expect(store.getState().now).toBe(60_000);
    expect(store.getState().sim.commandLog()).toEqual([{ atMs: 40_000, command: CRASH }]);
    expect(snapshotOf(store.getState().sim)).toBe(snapshotOf(straight(spec, [[40_000, CRASH]], 60_000).sim));
    expect(store.getState().timeline.aside).toEqual({ atMs: 30_000, commands: 1 });
    expect(store.getState().timeline.end).toBe(60_000);

    // And back again.
    store.getState().restoreAside();
    expect(store.getState().sim.commandLog()).toEqual([{ atMs: 30_000, command: STOP }]);
    expect(snapshotOf(store.getState().sim)).toBe(snapshotOf(straight(spec, [[30_000, STOP]], 60_000).sim));
  });

  it('keeps a checkpoint every 30 simulated seconds and marks the run’s commands and failures', () => {
    const store = createSimStore({ spec: defaultSpec() });
    playTo(store, 40_000);
    store.getState().dispatch(CRASH);
    playTo(store, 5 * CHECKPOINT_EVERY_MS + 1_000);
    const markers = store.getState().timeline.markers;
    expect(markers.filter((m) => m.kind === 'command')).toEqual([{ t: 40_000, kind: 'command', label: 'crashTask UsersService-1' }]);
    expect(markers.filter((m) => m.kind === 'failure').map((m) => m.label)).toEqual(['UsersService-1 stopped: EssentialContainerExited']);
    // Going back and playing the same stretch again adds no marker twice.
    const count = markers.length;
    store.getState().seekTo(10_000);
    playTo(store, 5 * CHECKPOINT_EVERY_MS + 1_000);
    expect(store.getState().timeline.markers.length).toBe(count);
  });

  it('marks a lesson step where the lesson says it began, once', () => {
    const store = createSimStore({ spec: defaultSpec() });
    playTo(store, 5_000);
    store.getState().markLessonStep('Crash a violin');
    store.getState().markLessonStep('Crash a violin');
    expect(store.getState().timeline.markers.filter((m) => m.kind === 'lesson')).toEqual([{ t: 5_000, kind: 'lesson', label: 'Crash a violin' }]);
    // Marked after a seek back, among markers kept already: they stay in time order.
    store.getState().dispatch(CRASH);
    playTo(store, 60_000);
    store.getState().seekTo(2_000);
    store.getState().markLessonStep('Predict');
    const times = store.getState().timeline.markers.map((m) => m.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBe(2_000);
  });

  it('keeps named bookmarks at moments, across a reset, and not across a load', () => {
    const store = createSimStore({ spec: defaultSpec() });
    playTo(store, 12_000);
    store.getState().addBookmark('  The crash  ');
    playTo(store, 13_000);
    store.getState().addBookmark('');
    expect(store.getState().timeline.bookmarks).toEqual([{ atMs: 12_000, name: 'The crash' }, { atMs: 13_000, name: 'Bookmark' }]);
    store.getState().removeBookmark(13_000);
    store.getState().reset();
    expect(store.getState().timeline.bookmarks).toEqual([{ atMs: 12_000, name: 'The crash' }]);
    store.getState().load(defaultSpec());
    expect(store.getState().timeline.bookmarks).toEqual([]);
  });
});
