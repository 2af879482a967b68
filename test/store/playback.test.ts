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
