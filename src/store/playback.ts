/**
 * The app's only requestAnimationFrame loop: wall time x speed becomes `advanceBy` on the store. While paused
 * no frames are requested at all, so the engine is never called. The frame source is injectable so tests drive
 * frames by hand instead of waiting on real time.
 */
import type { SimStore } from './createSimStore';

export interface FrameSource {
  request(callback: (timeMs: number) => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameSource = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface PlaybackOptions {
  readonly frames?: FrameSource;
  /**
   * The most wall time one frame may account for. A hidden tab delivers its next frame minutes later; without a
   * cap, 60x would try to simulate hours in one frame and freeze the page.
   */
  readonly maxFrameGapMs?: number;
}

export interface Playback {
  destroy(): void;
}

export const DEFAULT_MAX_FRAME_GAP_MS = 250;

export function createPlayback(store: SimStore, options: PlaybackOptions = {}): Playback {
  const frames = options.frames ?? animationFrames;
  const maxGap = options.maxFrameGapMs ?? DEFAULT_MAX_FRAME_GAP_MS;
  let handle: number | null = null;
  let lastFrame: number | null = null;
  // Fractions of a simulated millisecond carried between frames, so the engine only sees whole milliseconds
  // (fewer float surprises in event times) and slow speeds still add up exactly.
  let carry = 0;
  let destroyed = false;

  const tick = (time: number): void => {
    handle = null;
    const state = store.getState();
    if (destroyed || !state.playing) return;
    if (lastFrame !== null) {
      const wall = Math.min(Math.max(0, time - lastFrame), maxGap);
      carry += wall * state.speed;
      const whole = Math.floor(carry);
      carry -= whole;
      if (whole > 0) state.advanceFrame(whole, time);
    }
    lastFrame = time;
    // advanceBy may have paused or replaced the world through a subscriber; check before asking again.
    if (!destroyed && store.getState().playing && handle === null) handle = frames.request(tick);
  };

  const sync = (): void => {
    const { playing } = store.getState();
    if (playing && handle === null && !destroyed) {
      // The first frame after (re)starting only sets the baseline: the time spent paused is not simulated.
      lastFrame = null;
      carry = 0;
      handle = frames.request(tick);
    } else if (!playing && handle !== null) {
      frames.cancel(handle);
      handle = null;
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.playing !== previous.playing) sync();
    if (state.sim !== previous.sim) carry = 0;
  });
  sync();

  return {
    destroy() {
      destroyed = true;
      unsubscribe();
      if (handle !== null) frames.cancel(handle);
      handle = null;
    },
  };
}
