import type { FrameSource } from '../../src/store';

/** A frame source driven by hand: `frame(t)` delivers one animation frame at wall time t. */
export interface ManualFrames extends FrameSource {
  frame(timeMs: number): void;
  /** Callbacks waiting for the next frame. */
  readonly waiting: number;
  readonly requests: number;
}

export function manualFrames(): ManualFrames {
  let next = 1;
  let requests = 0;
  const callbacks = new Map<number, (timeMs: number) => void>();
  return {
    request(callback) {
      requests++;
      const handle = next++;
      callbacks.set(handle, callback);
      return handle;
    },
    cancel(handle) {
      callbacks.delete(handle);
    },
    frame(timeMs) {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback(timeMs);
    },
    get waiting() {
      return callbacks.size;
    },
    get requests() {
      return requests;
    },
  };
}

/** Delivers frames every `stepMs` from `fromMs` to `toMs` inclusive. */
export function runFrames(frames: ManualFrames, fromMs: number, toMs: number, stepMs = 16): void {
  for (let t = fromMs; t <= toMs; t += stepMs) frames.frame(t);
}
