/**
 * Keeps a task on the stage for its exit animation after it reaches STOPPED. The snapshot keeps stopped tasks for
 * a while, but the stage shows only live ones; without this a task would vanish mid-animation. An external store
 * for useSyncExternalStore: it listens to the simulation only while the stage is mounted.
 */
import type { SimStore } from '../../store';
import { createListenedSource } from './listenedSource';
import { structureOf, type StageStructure } from './structure';

export const EXIT_MS = 350;

export interface LeavingTracker {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

function liveIds(structure: StageStructure): Set<string> {
  const ids = new Set<string>();
  for (const service of structure.services) for (const task of service.tasks) if (!task.stopped) ids.add(task.id);
  return ids;
}

export function createLeavingTracker(store: SimStore, reduced: () => boolean, exitMs = EXIT_MS): LeavingTracker {
  let leaving = NONE;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const source = createListenedSource(() => {
    let previous = structureOf(store.getState().snapshot);
    let generation = store.getState().generation;
    const stop = store.subscribe((state) => {
      const next = structureOf(state.snapshot);
      if (state.generation !== generation) {
        generation = state.generation;
        previous = next;
        if (leaving.size > 0) {
          leaving = NONE;
          emit();
        }
        return;
      }
      if (next.key === previous.key) return;
      const wasLive = liveIds(previous);
      previous = next;
      if (reduced()) return;
      const gone: string[] = [];
      for (const service of next.services) for (const task of service.tasks) if (task.stopped && wasLive.has(task.id)) gone.push(task.id);
      if (gone.length === 0) return;
      leaving = new Set([...leaving, ...gone]);
      emit();
      const timer = setTimeout(() => {
        timers.delete(timer);
        const rest = new Set(leaving);
        for (const id of gone) rest.delete(id);
        leaving = rest.size === 0 ? NONE : rest;
        emit();
      }, exitMs);
      timers.add(timer);
    });
    return () => {
      stop();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      leaving = NONE;
    };
  });
  const { emit } = source;

  return { subscribe: source.subscribe, get: () => leaving };
}
