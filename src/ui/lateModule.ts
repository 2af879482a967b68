import { useSyncExternalStore } from 'react';

/**
 * A module fetched only when it is first needed, not on the first frame (the stage's EC2 node kinds and the
 * orchestra's instruments, the key table). `get` answers synchronously once it is in, so a node can draw it in the same render;
 * a failed fetch is forgotten, so the next need tries again.
 */
export interface LateModule<T> {
  /** The module, or null until it has arrived. */
  readonly get: () => T | null;
  /** Fetches it (once); resolves when it is in. */
  readonly load: () => Promise<T>;
  /** Calls `listener` when it arrives. */
  readonly subscribe: (listener: () => void) => () => void;
}

export function lateModule<T>(fetch: () => Promise<T>): LateModule<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    load: () => {
      loading ??= fetch().then(
        (module) => {
          value = module;
          for (const listener of [...listeners]) listener();
          return module;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The module once it has arrived (null until then); the component re-renders when it does. Fetches nothing itself. */
export function useLateModule<T>(late: LateModule<T>): T | null {
  return useSyncExternalStore(late.subscribe, late.get, late.get);
}
