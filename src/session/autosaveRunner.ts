/**
 * Keeps the autosave current: written after every command or edit and every world change, at most every few seconds
 * of wall time while playing, when playback pauses, and when the page is hidden (pagehide: the last chance on
 * mobile). A plain factory returning `destroy`, so a hook can own it and tests can drive it without React.
 *
 * Never while a seek replays a session (its commands are the session's own, and the world is not at its moment
 * yet), nor the moment it ends. A seek cancelled short of its moment leaves a world behind the save it came from:
 * that save is set aside first (keptWorlds.ts), so the next save cannot write over the rest of it.
 */
import type { SimState, SimStore } from '../store';
import { exportTemplate } from '../scenario';
import { sessionDocOf } from './storeSession';
import type { Simulation } from '../engine';
import { readSaveText, writeSave, type AutosaveOptions } from './autosave';
import { setAsideSave } from './keptWorlds';

export const AUTOSAVE_INTERVAL_MS = 3000;

export interface AutosaveRunnerOptions extends AutosaveOptions {
  readonly intervalMs?: number;
  /** Wall clock in ms (injected for tests). */
  readonly clock?: () => number;
  /** Where pagehide is heard; the window by default (none in Node). */
  readonly target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** Told when saving starts failing (with why) and when it works again (null), so the page can say so. */
  readonly onFailure?: (reason: string | null) => void;
}

export interface AutosaveRunner {
  /** Writes now; false when storage refused. */
  save(): boolean;
  destroy(): void;
}

export function createAutosaveRunner(store: SimStore, options: AutosaveRunnerOptions): AutosaveRunner {
  const interval = options.intervalMs ?? AUTOSAVE_INTERVAL_MS;
  const clock = options.clock ?? (() => Date.now());
  const target = options.target === undefined ? (typeof window === 'undefined' ? null : window) : options.target;
  // The scenario as it started never changes for one simulation: export it once per world, not once per save.
  let templateOf: { sim: Simulation; template: Record<string, unknown> } | null = null;
  // Play starts the interval from now: the world as it starts needs no save (the scenario file has it).
  let lastSaveAt = clock();
  let failing: string | null = null;
  const report = (reason: string | null): void => {
    if (reason === failing) return;
    failing = reason;
    options.onFailure?.(reason);
  };

  const save = (): boolean => {
    const state = store.getState();
    lastSaveAt = clock();
    try {
      if (templateOf?.sim !== state.sim) templateOf = { sim: state.sim, template: exportTemplate(state.sim.initialWorld, { seed: state.sim.seed }) };
      const outcome = writeSave(options, sessionDocOf(state, new Date(clock()).toISOString(), templateOf.template));
      report(outcome.ok ? null : outcome.reason);
      return outcome.ok;
    } catch (error) {
      // An export that fails must not stop the app; the previous save stays.
      report(error instanceof Error ? error.message : String(error));
      return false;
    }
  };

  let commandsSeen = store.getState().sim.commandLog().length;
  const onChange = (state: SimState, previous: SimState): void => {
    const commands = state.sim.commandLog().length;
    const worldChanged = state.sim !== previous.sim;
    const commanded = commands !== commandsSeen;
    commandsSeen = commands;
    if (state.seeking !== null) return;
    if (previous.seeking !== null) {
      if (!worldChanged && state.sim.now() < previous.seeking.to && saveIsAhead(state.sim.now())) setAsideSave(options, new Date(clock()));
      lastSaveAt = clock();
      return;
    }
    const paused = previous.playing && !state.playing;
    const viewChanged = state.lens !== previous.lens || state.speed !== previous.speed;
    // A lesson's save is its step's start: another step (or none) is another save.
    const stepChanged = state.lessonPlay?.lesson !== previous.lessonPlay?.lesson || state.lessonPlay?.stepIndex !== previous.lessonPlay?.stepIndex;
    const bookmarked = state.timeline.bookmarks !== previous.timeline.bookmarks;
    if (worldChanged || commanded || paused || viewChanged || stepChanged || bookmarked) save();
    else if (state.now !== previous.now && clock() - lastSaveAt >= interval) save();
  };
  /** Whether the save holds a later moment than `now` (a seek stopped short of it). */
  const saveIsAhead = (now: number): boolean => {
    try {
      const doc = JSON.parse(readSaveText(options) ?? 'null') as { atMs?: unknown } | null;
      return typeof doc?.atMs === 'number' && doc.atMs > now;
    } catch {
      return false;
    }
  };
  const unsubscribe = store.subscribe(onChange);
  const onPageHide = (): void => {
    if (store.getState().seeking === null) save();
  };
  target?.addEventListener('pagehide', onPageHide);

  return {
    save,
    destroy() {
      unsubscribe();
      target?.removeEventListener('pagehide', onPageHide);
    },
  };
}
