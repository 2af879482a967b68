/**
 * How the app is being presented, as opposed to what it shows: presenter mode (the stage alone, projector type), its
 * high-contrast option, the black screen, the laser pointer, the spotlight on the focused node, the dock shown on
 * demand, and the keys overlay. Per app, like the view; the speaker view mirrors and sets it through its channel.
 */

export interface PresenterFlags {
  /** The stage alone with a caption strip, type and strokes scaled for a projector. */
  readonly presenting: boolean;
  /** Near-black on white, thicker outlines (with presenter mode or alone). */
  readonly highContrast: boolean;
  /** The whole window black (a clicker's B): pulls the room's attention back. */
  readonly blackout: boolean;
  /** A fading trail follows the pointer over the stage. */
  readonly laser: boolean;
  /** Everything but the focused (else selected) node dims. */
  readonly spotlight: boolean;
  /** In presenter mode, the dock shows beside the stage. */
  readonly dock: boolean;
  /** The `?` overlay listing every key. */
  readonly keys: boolean;
}

export const PRESENTER_OFF: PresenterFlags = {
  presenting: false,
  highContrast: false,
  blackout: false,
  laser: false,
  spotlight: false,
  dock: false,
  keys: false,
};

export interface PresenterState {
  readonly presenter: PresenterFlags;
  readonly setPresenter: (patch: Partial<PresenterFlags>) => void;
  /** Flips one flag. */
  readonly togglePresenter: (flag: keyof PresenterFlags) => void;
}

type Setter = (partial: (state: PresenterState) => Partial<PresenterState>) => void;

export function createPresenterSlice(set: Setter): PresenterState {
  return {
    presenter: PRESENTER_OFF,
    setPresenter: (patch) =>
      set((state) => {
        const next = { ...state.presenter, ...patch };
        return (Object.keys(next) as (keyof PresenterFlags)[]).every((k) => next[k] === state.presenter[k]) ? {} : { presenter: next };
      }),
    togglePresenter: (flag) => set((state) => ({ presenter: { ...state.presenter, [flag]: !state.presenter[flag] } })),
  };
}

// What presenting needs of a lesson (its step's title and notes, next and back) comes with the lesson's player.
export type { LessonPresenter } from '../lessons';
