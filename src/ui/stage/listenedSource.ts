/**
 * The lifecycle an external store for useSyncExternalStore needs when it is fed by the sim store: it starts
 * listening with its first subscriber and stops (and forgets) with its last, so a stage that is not mounted costs
 * nothing per commit. `start` begins listening and returns how to stop.
 */
export interface ListenedSource {
  readonly subscribe: (listener: () => void) => () => void;
  /** Tells every subscriber that the value changed. */
  readonly emit: () => void;
}

export function createListenedSource(start: () => () => void): ListenedSource {
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    emit,
    subscribe: (listener) => {
      listeners.add(listener);
      if (stop === null) stop = start();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || stop === null) return;
        stop();
        stop = null;
      };
    },
  };
}
