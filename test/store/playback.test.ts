import { describe, expect, it } from 'vitest';
import { createPlayback, createSimStore, DEFAULT_MAX_FRAME_GAP_MS } from '../../src/store';
import { countingFactory } from './countingFactory';
import { manualFrames, runFrames } from './manualFrames';
import { tinySpec } from './tinySpec';

function setup(options: { playing?: boolean; speed?: number } = {}) {
  const { factory, calls } = countingFactory();
  const store = createSimStore({ spec: tinySpec(), createSimulation: factory, ...options });
  const frames = manualFrames();
  const playback = createPlayback(store, { frames });
  return { store, frames, playback, calls };
}

describe('playback loop', () => {
  it('does not move the clock or call the engine while paused', () => {
    const { store, frames, calls } = setup({ playing: false });
    expect(frames.waiting).toBe(0);
    runFrames(frames, 0, 2000);
    expect(store.getState().now).toBe(0);
    expect(calls.advance).toBe(0);
  });

  it('turns wall time into simulated time at 1x', () => {
    const { store, frames } = setup({ playing: true });
    runFrames(frames, 1000, 2000, 10);
    // The first frame only sets the baseline.
    expect(store.getState().now).toBe(1000);
  });

  it('moves ten times as far at 10x', () => {
    const slow = setup({ playing: true, speed: 1 });
    const fast = setup({ playing: true, speed: 10 });
    runFrames(slow.frames, 0, 3000, 16);
    runFrames(fast.frames, 0, 3000, 16);
    expect(slow.store.getState().now).toBeGreaterThan(0);
    expect(fast.store.getState().now).toBe(slow.store.getState().now * 10);
  });

  it('keeps slow speeds exact by carrying fractions of a millisecond', () => {
    const { store, frames } = setup({ playing: true, speed: 0.25 });
    runFrames(frames, 0, 1000, 10);
    expect(store.getState().now).toBe(250);
  });

  it('clamps a huge frame gap (a hidden tab) instead of simulating hours at once', () => {
    const { store, frames } = setup({ playing: true, speed: 60 });
    frames.frame(0);
    frames.frame(16);
    frames.frame(16 + 3_600_000);
    expect(store.getState().now).toBe((16 + DEFAULT_MAX_FRAME_GAP_MS) * 60);
  });

  it('stops asking for frames when paused and does not count paused time after resuming', () => {
    const { store, frames, calls } = setup({ playing: true });
    runFrames(frames, 0, 500, 10);
    const before = store.getState().now;
    store.getState().pause();
    expect(frames.waiting).toBe(0);
    const callsWhilePaused = calls.advance;
    frames.frame(10_000);
    expect(calls.advance).toBe(callsWhilePaused);
    store.getState().play();
    frames.frame(60_000);
    frames.frame(60_100);
    expect(store.getState().now).toBe(before + 100);
  });

  it('reads the speed on every frame', () => {
    const { store, frames } = setup({ playing: true });
    frames.frame(0);
    frames.frame(100);
    store.getState().setSpeed(5);
    frames.frame(200);
    expect(store.getState().now).toBe(100 + 500);
  });

  it('stops requesting frames once destroyed', () => {
    const { frames, playback } = setup({ playing: true });
    expect(frames.waiting).toBe(1);
    playback.destroy();
    expect(frames.waiting).toBe(0);
    const requests = frames.requests;
    frames.frame(100);
    expect(frames.requests).toBe(requests);
  });
});

describe('the frame budget', () => {
  /** A busy world: 1,000 requests a second, which no frame of a 60x run can do in 150 entries. */
  function busy(costPerCall: { ms: number }) {
    const store = createSimStore({ spec: tinySpec({ traffic: { rate: 1000, mix: [{ path: '/' }] } }), playing: true, speed: 60 });
    const frames = manualFrames();
    let clock = 0;
    // Each look at the clock costs `ms`: how long a slice of engine work "took".
    const playback = createPlayback(store, { frames, budget: { maxEvents: 150, sliceEvents: 50, wallMs: 10, clock: () => (clock += costPerCall.ms) } });
    const work: number[] = [];
    const frame = (t: number) => {
      const before = store.getState().sim.work();
      frames.frame(t);
      work.push(store.getState().sim.work() - before);
    };
    return { store, playback, frame, work };
  }

  it('does at most its entries in a frame, drops what it could not do and says how fast the run really goes', () => {
    const { store, frame, work } = busy({ ms: 0 });
    for (let t = 0; t <= 2000; t += 16) frame(t);
    // 150 entries, give or take the rest of an instant (a few arrivals and completions share a millisecond).
    expect(Math.max(...work)).toBeLessThanOrEqual(160);
    // 2 s at 60x would be 120 s of this world; 150 entries a frame cover a fraction of that, and what is left is
    // dropped, not owed.
    const now = store.getState().now;
    expect(now).toBeLessThan(40_000);
    const achieved = store.getState().achievedSpeed!;
    expect(achieved).toBeGreaterThan(1);
    expect(Math.abs(achieved - now / 2000)).toBeLessThan(3);
    store.getState().pause();
    expect(store.getState().achievedSpeed).toBeNull();
  });

  it('stops a frame when the wall clock says its time is up, and takes the message back once the run keeps up', () => {
    const cost = { ms: 6 };
    const { store, frame, work } = busy(cost);
    for (let t = 0; t <= 1000; t += 16) frame(t);
    // Two slices of 50 entries use up 12 ms of the 10 ms: never more.
    expect(Math.max(...work)).toBeLessThanOrEqual(110);
    expect(store.getState().achievedSpeed).toBeLessThan(30);
    store.getState().setSpeed(1);
    expect(store.getState().achievedSpeed).toBeNull();
    cost.ms = 0;
    for (let t = 1016; t <= 3000; t += 16) frame(t);
    expect(store.getState().achievedSpeed).toBeNull();
  });

  it('says nothing about slow frames the engine did not cut short (drawing, a busy machine)', () => {
    const store = createSimStore({ spec: tinySpec(), playing: true, speed: 60 });
    const frames = manualFrames();
    createPlayback(store, { frames, budget: { clock: () => 0 } });
    // Frames 400 ms apart: each accounts for 250 ms (the gap cap), so the run keeps 37.5x of 60x.
    for (let t = 0; t <= 4000; t += 400) frames.frame(t);
    expect(store.getState().now).toBe(10 * 250 * 60);
    expect(store.getState().achievedSpeed).toBeNull();
  });

  it('says nothing while the run keeps up', () => {
    const store = createSimStore({ spec: tinySpec(), playing: true, speed: 60 });
    const frames = manualFrames();
    createPlayback(store, { frames, budget: { clock: () => 0 } });
    runFrames(frames, 0, 3000, 16);
    expect(store.getState().achievedSpeed).toBeNull();
    // Frames from 0 to 2992 ms; the first only sets the baseline.
    expect(store.getState().now).toBe(2992 * 60);
  });
});
