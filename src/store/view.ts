/**
 * How the stage is looked at, as opposed to what it shows: the lens, the color scheme, motion, and what is
 * selected. Kept in the same per-app store so two widgets on a page can each have their own.
 */
import type { Lens } from '../lens/vocabulary';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type MotionChoice = 'system' | 'reduced';

export type SelectionKind =
  | 'audience'
  | 'loadBalancer'
  | 'listener'
  | 'rule'
  | 'targetGroup'
  | 'cluster'
  | 'service'
  | 'task'
  | 'instance'
  | 'conductor';

/**
 * What the inspector shows: a kind and the logical ID (task ID for tasks, EC2 instance ID for container
 * instances, "listenerId/default" for a default rule).
 */
export interface Selection {
  readonly kind: SelectionKind;
  readonly id: string;
}

/** One request the stage should make stand out (the rule tester's "Send it"): its request.completed `id` and a label. */
export interface Spotlight {
  readonly requestId: number;
  readonly label: string;
}

export interface ViewState {
  readonly lens: Lens;
  readonly theme: ThemeChoice;
  readonly motion: MotionChoice;
  readonly selection: Selection | null;
  readonly spotlight: Spotlight | null;
  readonly setLens: (lens: Lens) => void;
  readonly toggleLens: () => void;
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly setMotion: (motion: MotionChoice) => void;
  readonly select: (selection: Selection | null) => void;
  readonly setSpotlight: (spotlight: Spotlight | null) => void;
}

export interface ViewOptions {
  readonly lens?: Lens;
  readonly theme?: ThemeChoice;
  readonly motion?: MotionChoice;
}

type Setter = (partial: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>)) => void;

export function createViewSlice(set: Setter, options: ViewOptions): ViewState {
  return {
    lens: options.lens ?? 'aws',
    theme: options.theme ?? 'system',
    motion: options.motion ?? 'system',
    selection: null,
    spotlight: null,
    setLens: (lens) => set({ lens }),
    toggleLens: () => set((state) => ({ lens: state.lens === 'aws' ? 'orchestra' : 'aws' })),
    setTheme: (theme) => set({ theme }),
    setMotion: (motion) => set({ motion }),
    select: (selection) => set({ selection }),
    setSpotlight: (spotlight) => set({ spotlight }),
  };
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
