/**
 * Brings the startup session on screen (before the first paint, so the learner never sees t = 0 flash by) and keeps
 * the autosave running while the app is mounted. Returns why saving fails, while it does (null otherwise).
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import type { SimStore } from '../store';
import { replayInStore } from './storeSession';
import { createAutosaveRunner } from './autosaveRunner';
import type { SessionContextValue } from './SessionContext';

// StrictMode runs effects twice on mount; a store is brought to its session once.
const restored = new WeakSet<SimStore>();

export function useSessionLifecycle(store: SimStore, context: SessionContextValue | null): string | null {
  const restore = context?.restore ?? null;
  useLayoutEffect(() => {
    if (restore === null || restored.has(store)) return;
    restored.add(store);
    replayInStore(store, restore);
  }, [store, restore]);

  const [failure, setFailure] = useState<string | null>(null);
  const autosave = context?.autosave ?? null;
  useEffect(() => {
    if (autosave === null) return;
    const runner = createAutosaveRunner(store, { ...autosave, onFailure: setFailure });
    return () => runner.destroy();
  }, [store, autosave]);
  return failure;
}
