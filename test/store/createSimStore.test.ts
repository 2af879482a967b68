import { describe, expect, it } from 'vitest';
import type { Simulation, SimulationOptions } from '../../src/engine/api';
import { createSimulation } from '../../src/engine';
import type { ScenarioSpec } from '../../src/engine/spec';
import { createPlayback, createSimStore, type SimStore } from '../../src/store';
import { manualFrames, runFrames } from './manualFrames';
import { tinySpec, WEB_TRAFFIC } from './tinySpec';

/** Plays `seconds` of simulated time through the playback loop at 10x with 16 ms frames. */
function play(store: SimStore, seconds: number): void {
  const frames = manualFrames();
  const playback = createPlayback(store, { frames });
  store.getState().setSpeed(10);
  store.getState().play();
  runFrames(frames, 0, (seconds * 1000) / 10 + 16, 16);
  store.getState().pause();
  playback.destroy();
}

function logOf(store: SimStore) {
  return store.getState().log.map((entry) => entry.event);
}

describe('createSimStore', () => {
  it('starts paused at 1x with the scenario title and a snapshot of the world', () => {
    const store = createSimStore({ spec: tinySpec() });
    const state = store.getState();
    expect(state.playing).toBe(false);
    expect(state.speed).toBe(1);
    expect(state.now).toBe(0);
    expect(state.scenario.title).toBe('Tiny stage');
    expect(state.snapshot.services.map((service) => service.id)).toEqual(['WebService']);
  });

  it('gives every store its own simulation', () => {
    const a = createSimStore({ spec: tinySpec() });
    const b = createSimStore({ spec: tinySpec() });
    a.getState().advanceTo(30_000);
    expect(a.getState().now).toBe(30_000);
    expect(b.getState().now).toBe(0);
    expect(a.getState().sim).not.toBe(b.getState().sim);
  });

  it('replays the same event log after reset (same spec and seed)', () => {
    const store = createSimStore({ spec: tinySpec({ traffic: WEB_TRAFFIC }) });
    play(store, 60);
    const first = logOf(store);
    const firstCounters = store.getState().counters;
    expect(first.length).toBeGreaterThan(5);

    store.getState().reset();
    expect(store.getState().now).toBe(0);
    expect(store.getState().log.length).toBeLessThanOrEqual(first.length);
    play(store, 60);
    expect(logOf(store)).toEqual(first);
    expect(store.getState().counters).toEqual(firstCounters);
  });

  it('counts requests but keeps them out of the log', () => {
    const store = createSimStore({ spec: tinySpec({ traffic: WEB_TRAFFIC }) });
    store.getState().advanceTo(60_000);
    const { counters, log } = store.getState();
    expect(counters.total).toBeGreaterThan(0);
    expect(log.some((entry) => entry.event.type === 'request.completed')).toBe(false);
    expect(log.some((entry) => entry.event.type === 'task.status')).toBe(true);
  });

  it('keeps only the newest events when the log is full', () => {
    const store = createSimStore({ spec: tinySpec(), logLimit: 5 });
    store.getState().advanceTo(120_000);
    const { log, eventsSeen } = store.getState();
    expect(eventsSeen).toBeGreaterThan(5);
    expect(log).toHaveLength(5);
    expect(log[4]?.seq).toBe(eventsSeen);
  });

  it('replaces the snapshot only when the engine version changes', () => {
    const store = createSimStore({ spec: tinySpec() });
    store.getState().advanceTo(60_000);
    const next = store.getState().sim.nextEventTime();
    expect(next).not.toBeNull();
    const before = store.getState().snapshot;
    const quietUntil = (next ?? 0) - 1;
    if (quietUntil > store.getState().now) store.getState().advanceTo(quietUntil);
    expect(store.getState().snapshot).toBe(before);
    store.getState().step();
    store.getState().step();
    expect(store.getState().snapshot.version).toBeGreaterThanOrEqual(before.version);
  });

  it('steps to the next scheduled thing and pauses', () => {
    const store = createSimStore({ spec: tinySpec(), playing: true });
    store.getState().advanceTo(1);
    const next = store.getState().sim.nextEventTime();
    const eventsBefore = store.getState().eventsSeen;
    store.getState().step();
    expect(store.getState().playing).toBe(false);
    // Through the next instant: what was due then has happened, and the clock stands 1 ms after it.
    expect(store.getState().now).toBe(next! + 1);
    expect(store.getState().eventsSeen).toBeGreaterThan(eventsBefore);
  });

  it('clamps speed to 0.25x..60x', () => {
    const store = createSimStore({ spec: tinySpec() });
    store.getState().setSpeed(1000);
    expect(store.getState().speed).toBe(60);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(0.25);
  });

  it('applies commands and logs them', () => {
    const store = createSimStore({ spec: tinySpec() });
    store.getState().dispatch({ do: 'setDesiredCount', service: 'WebService', count: 4 });
    expect(store.getState().log.some((entry) => entry.event.type === 'command.applied')).toBe(true);
    expect(store.getState().snapshot.services[0]?.desiredCount).toBe(4);
  });

  it('loads a new world, and keeps the old one when the engine refuses the spec', () => {
    const refuse = (spec: ScenarioSpec, options?: SimulationOptions): Simulation => {
      if (spec.title === 'Broken') throw new Error('no such task definition');
      return createSimulation(spec, options);
    };
    const store = createSimStore({ spec: tinySpec(), createSimulation: refuse });
    store.getState().advanceTo(20_000);
    const sim = store.getState().sim;

    expect(store.getState().load(tinySpec({ title: 'Broken' }))).toBe(false);
    expect(store.getState().sim).toBe(sim);
    expect(store.getState().now).toBe(20_000);
    expect(store.getState().scenario.title).toBe('Tiny stage');
    expect(store.getState().loadError?.messages).toEqual(['no such task definition']);

    expect(store.getState().load(tinySpec({ title: 'Bigger stage', desiredCount: 3 }), { source: 'big.json' })).toBe(true);
    expect(store.getState().now).toBe(0);
    expect(store.getState().scenario).toMatchObject({ title: 'Bigger stage', source: 'big.json' });
    expect(store.getState().loadError).toBeNull();
    expect(store.getState().generation).toBe(1);
  });

  it('reports a template the loader rejects without touching the world', () => {
    const store = createSimStore({ spec: tinySpec() });
    store.getState().advanceTo(5_000);
    const sim = store.getState().sim;
    expect(store.getState().loadTemplate('{ "Resources": ', 'broken.json')).toBe(false);
    expect(store.getState().sim).toBe(sim);
    expect(store.getState().loadError?.source).toBe('broken.json');
    expect(store.getState().loadError?.messages.length).toBeGreaterThan(0);
  });
});
