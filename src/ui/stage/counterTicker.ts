/**
 * Request counters on the stage, written straight into their elements a few times a second. Counters change with
 * every request; sending them through React state would re-render nodes hundreds of times a second, so React only
 * renders an empty <span> and this fills it in. It listens to the store only while some counter is on screen.
 */
import type { RequestCounters } from '../../engine';
import type { SimStore } from '../../store';

export interface CounterTicker {
  /** Starts writing `key`'s figure into `element`; returns the function that stops it. */
  register(key: CounterKey, element: HTMLElement): () => void;
}

export type CounterKey =
  | { readonly kind: 'task'; readonly id: string }
  | { readonly kind: 'targetGroup'; readonly id: string }
  | { readonly kind: 'rule'; readonly listenerId: string; readonly priority: number | 'default' };

/** About four updates a second: readable, and cheap at any request rate. */
export const COUNTER_INTERVAL_MS = 250;

const exact = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** "1,234", then "12.3K": a counter keeps its width at any rate. */
export function compactCount(value: number): string {
  return value < 10_000 ? exact.format(value) : compact.format(value);
}

export function counterValue(counters: RequestCounters, key: CounterKey): number {
  switch (key.kind) {
    case 'task':
      return counters.byTask[key.id] ?? 0;
    case 'targetGroup':
      return counters.byTargetGroup[key.id] ?? 0;
    case 'rule':
      return counters.byListenerRule[key.listenerId]?.[String(key.priority)] ?? 0;
  }
}

export function createCounterTicker(store: SimStore, intervalMs = COUNTER_INTERVAL_MS): CounterTicker {
  const entries = new Map<HTMLElement, { key: CounterKey; shown: number }>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = -Infinity;
  let unsubscribe: (() => void) | null = null;

  const write = (): void => {
    timer = null;
    lastWrite = performance.now();
    const { counters } = store.getState();
    for (const [element, entry] of entries) {
      const value = counterValue(counters, entry.key);
      if (value === entry.shown) continue;
      entry.shown = value;
      element.textContent = compactCount(value);
    }
  };

  // The store changes every frame while playing; at most one write per interval, and the last change is never lost.
  const listen = () =>
    store.subscribe((state, previous) => {
      if (state.counters === previous.counters || timer !== null) return;
      timer = setTimeout(write, Math.max(0, intervalMs - (performance.now() - lastWrite)));
    });

  return {
    register(key, element) {
      const value = counterValue(store.getState().counters, key);
      element.textContent = compactCount(value);
      entries.set(element, { key, shown: value });
      unsubscribe ??= listen();
      return () => {
        entries.delete(element);
        if (entries.size > 0 || unsubscribe === null) return;
        unsubscribe();
        unsubscribe = null;
        if (timer !== null) clearTimeout(timer);
        timer = null;
      };
    },
  };
}
