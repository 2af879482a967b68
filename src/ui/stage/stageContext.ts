/** What every node on the stage shares without reading it from the simulation store: motion and the counters. */
import { createContext, useCallback, useContext } from 'react';
import type { CounterKey, CounterTicker } from './counterTicker';

/** True when motion is reduced (the OS setting or the app's own switch): no travel, no shake, instant changes. */
export const ReducedMotionContext = createContext(false);

export const CounterTickerContext = createContext<CounterTicker | null>(null);

export function useStageReducedMotion(): boolean {
  return useContext(ReducedMotionContext);
}

/**
 * A ref callback for the <span> a counter is written into. `id` is the task or target group ID, or the listener ID
 * of a rule (with its `priority`).
 */
export function useCounterRef(
  kind: CounterKey['kind'],
  id: string,
  priority: number | 'default' = 'default',
): (element: HTMLElement | null) => (() => void) | undefined {
  const ticker = useContext(CounterTickerContext);
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || !ticker) return undefined;
      const key: CounterKey = kind === 'rule' ? { kind, listenerId: id, priority } : { kind, id };
      return ticker.register(key, element);
    },
    [ticker, kind, id, priority],
  );
}
