/**
 * The app's only requestAnimationFrame loop: wall time x speed becomes `advanceFrame` on the store. While paused
 * no frames are requested at all, so the engine is never called. The frame source and the clock are injectable so
 * tests drive frames by hand instead of waiting on real time.
 *
 * A frame does at most a fixed budget of engine work (FrameBudget: entries, checked against the wall clock every
 * slice), so no world, however busy, can freeze the page. When a frame runs out of budget the rest of its simulated
 * time is dropped rather than owed, and the loop measures the speed the run really keeps: when frames were cut short
 * and the run falls below the chosen speed, it says so (`achievedSpeed`), and takes it back once the run keeps up
 * again. A slow frame that the engine did not cut (drawing, a busy machine) is not the simulation's shortfall and
 * says nothing.
 */
import type { FrameBudget, SimStore } from './createSimStore';

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
   * cap, 60x would try to simulate hours in one frame.
   */
  readonly maxFrameGapMs?: number;
  /** Engine work per frame (DEFAULT_FRAME_BUDGET); its clock defaults to performance.now. */
  readonly budget?: Partial<FrameBudget>;
}

export interface Playback {
  destroy(): void;
}

export const DEFAULT_MAX_FRAME_GAP_MS = 250;

/**
 * About 10 ms of a 16.7 ms frame for the engine, the rest for drawing; 100,000 entries is a bound that holds
 * whatever the clock says (a typical entry takes well under a microsecond, so the clock is what stops a frame).
 */
export const DEFAULT_FRAME_BUDGET: Omit<FrameBudget, 'clock'> = { maxEvents: 100_000, sliceEvents: 2_000, wallMs: 10 };

/** The achieved speed is judged over this much wall time. */
const PACE_WINDOW_MS = 500;
/** Said to fall short below this share of the chosen speed, and to keep up again from the second. */
const SHORT_OF = 0.9;
const KEEPS_UP = 0.97;
/** A longer gap between frames is a hidden tab or a stall, not the engine's pace: it starts the measure over. */
const GAP_NOT_PACE_MS = 1000;

/** A speed as the page says it: whole numbers from 1x, one decimal below. */
export function roundSpeed(speed: number): number {
  return speed >= 1 ? Math.round(speed) : Math.max(0.1, Math.round(speed * 10) / 10);
}

export function createPlayback(store: SimStore, options: PlaybackOptions = {}): Playback {
  const frames = options.frames ?? animationFrames;
  const maxGap = options.maxFrameGapMs ?? DEFAULT_MAX_FRAME_GAP_MS;
  const budget: FrameBudget = { ...DEFAULT_FRAME_BUDGET, clock: () => performance.now(), ...options.budget };
  let handle: number | null = null;
  let lastFrame: number | null = null;
  // Fractions of a simulated millisecond carried between frames, so the engine only sees whole milliseconds
  // (fewer float surprises in event times) and slow speeds still add up exactly.
  let carry = 0;
  let destroyed = false;
  // The pace over the current window: wall time, simulated time achieved, frames the budget cut short.
  let windowWall = 0;
  let windowSim = 0;
  let windowCut = 0;

  const resetPace = (): void => {
    windowWall = 0;
    windowSim = 0;
    windowCut = 0;
  };

  const measure = (wall: number, simulated: number, cut: boolean): void => {
    if (wall > GAP_NOT_PACE_MS) {
      resetPace();
      return;
    }
    windowWall += wall;
    windowSim += simulated;
    if (cut) windowCut++;
    if (windowWall < PACE_WINDOW_MS) return;
    const state = store.getState();
    const pace = windowSim / windowWall;
    const short = windowCut > 0 && pace < state.speed * (state.achievedSpeed === null ? SHORT_OF : KEEPS_UP);
    resetPace();
    state.setAchievedSpeed(short ? Math.min(roundSpeed(pace), state.speed) : null);
  };

  const tick = (time: number): void => {
    handle = null;
    const state = store.getState();
    if (destroyed || !state.playing) return;
    if (lastFrame !== null) {
      const elapsed = Math.max(0, time - lastFrame);
      carry += Math.min(elapsed, maxGap) * state.speed;
      const whole = Math.floor(carry);
      carry -= whole;
      const before = state.now;
      const cut = whole > 0 && !state.advanceFrame(whole, time, budget);
      // What the budget left undone is not owed: the run goes on from where it got, at the pace it can keep.
      if (cut) carry = 0;
      if (store.getState().sim === state.sim) measure(elapsed, store.getState().now - before, cut);
    }
    lastFrame = time;
    // advanceFrame may have paused or replaced the world through a subscriber; check before asking again.
    if (!destroyed && store.getState().playing && handle === null) handle = frames.request(tick);
  };

  const sync = (): void => {
    const { playing } = store.getState();
    if (playing && handle === null && !destroyed) {
      // The first frame after (re)starting only sets the baseline: the time spent paused is not simulated.
      lastFrame = null;
      carry = 0;
      resetPace();
      handle = frames.request(tick);
    } else if (!playing && handle !== null) {
      frames.cancel(handle);
      handle = null;
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.playing !== previous.playing) sync();
    if (state.sim !== previous.sim || state.speed !== previous.speed) {
      carry = 0;
      resetPace();
    }
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
