/** A number that changes outside React (a ring's length following the clock): whoever drew it listens and redraws. */
export interface MotionValue {
  get(): number;
  set(value: number): void;
  /** Called with each new value; returns the unsubscribe. */
  onChange(listener: (value: number) => void): () => void;
}

export function createMotionValue(initial: number): MotionValue {
  let value = initial;
  const listeners = new Set<(value: number) => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of listeners) listener(value);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
