/**
 * Brings the startup session on screen and keeps the autosave running while the app is mounted. The replay starts
 * before the first paint (a short session is done by then, so the learner never sees t = 0 flash by); a long one
 * goes on in slices behind its progress (the store's seek). Returns why saving fails, while it does, and how the
 * startup replay ended once it has.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import type { SeekOutcome, SimStore } from '../store';
import { replayInStore } from './replaySession';
import type { AutosaveRunner } from './autosaveRunner';
import type { SessionContextValue } from './SessionContext';

// StrictMode runs effects twice on mount; a store is brought to its session once.
const restored = new WeakMap<SimStore, Promise<SeekOutcome>>();

export interface SessionLifecycle {
  /** Why saving fails, or null. */
  readonly failure: string | null;
  /** How the startup replay ended: null while it runs or when there was none. */
  readonly restore: SeekOutcome | null;
}

export function useSessionLifecycle(store: SimStore, context: SessionContextValue | null): SessionLifecycle {
  const restore = context?.restore ?? null;
  const what = context?.notice?.kind === 'shared' ? 'the shared world' : 'your saved world';
  const [outcome, setOutcome] = useState<SeekOutcome | null>(null);
  useLayoutEffect(() => {
    if (restore === null) return;
    let replay = restored.get(store);
    if (!replay) {
      replay = replayInStore(store, restore, what);
      restored.set(store, replay);
    }
    let live = true;
    void replay.then((ended) => {
      if (live) setOutcome(ended);
    });
    return () => {
      live = false;
    };
  }, [store, restore, what]);

  const [failure, setFailure] = useState<string | null>(null);
  const autosave = context?.autosave ?? null;
  useEffect(() => {
    if (autosave === null) return;
    // The runner writes session documents (the session format and the loader's export): fetched after mount, so they
    // are not on the first frame; nothing can be edited before the loader is in anyway.
    let runner: AutosaveRunner | null = null;
    let live = true;
    void import('./autosaveRunner').then(({ createAutosaveRunner }) => {
      if (live) runner = createAutosaveRunner(store, { ...autosave, onFailure: setFailure });
    });
    return () => {
      live = false;
      runner?.destroy();
    };
  }, [store, autosave]);
  return { failure, restore: outcome };
}
