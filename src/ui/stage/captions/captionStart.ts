/**
 * Where the stage's captions begin (captionTracker.ts): after the log's last entry when the stage mounted, and after
 * a new world's first entries once one is loaded, reset or restored. The stage keeps it from its first frame, so the
 * caption layer, loaded right after that frame, still captions what happened in between, as if it had been there.
 */
import type { WorldSnapshot } from '../../../engine';
import type { SimState, SimStore } from '../../../store';
import { logPlaceOf, type LogPlace } from '../../logPlace';

/** Captions begin after the log entry `seq` of world `generation`. */
export interface CaptionStart extends LogPlace {
  /** The world at that moment: which tasks were healthy then (the captions' arithmetic starts from it). */
  readonly snapshot: WorldSnapshot;
}

export interface CaptionStartWatch {
  readonly get: () => CaptionStart;
  /** Follows new worlds from now on; returns how to stop. */
  readonly watch: () => () => void;
}

const startOf = (state: SimState): CaptionStart => ({ ...logPlaceOf(state), snapshot: state.snapshot });

export function createCaptionStart(store: SimStore): CaptionStartWatch {
  let start = startOf(store.getState());
  const follow = (state: SimState) => {
    if (state.generation !== start.generation) start = startOf(state);
  };
  return {
    get: () => start,
    watch: () => {
      follow(store.getState());
      return store.subscribe(follow);
    },
  };
}
