import { useEffect, useState } from 'react';
import { narrationContextFor } from '../../../lens/narration';
import { useSimStore } from '../../../store';
import { AnnouncementQueue, ANNOUNCE_INTERVAL_MS } from './announcements';
import { narrationLinesCached } from './narrationCache';

export interface NarrationAnnouncerProps {
  /** Wall-clock milliseconds between announcements. */
  readonly intervalMs?: number;
}

const browserTimers = {
  now: () => Date.now(),
  setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number),
};

/**
 * The polite live region. It reads the store outside React's render cycle, so a frame full of health checks costs
 * nothing here unless something important happened.
 */
export function NarrationAnnouncer({ intervalMs = ANNOUNCE_INTERVAL_MS }: NarrationAnnouncerProps) {
  const store = useSimStore();
  const [message, setMessage] = useState('');

  useEffect(() => {
    const queue = new AnnouncementQueue(setMessage, browserTimers, intervalMs);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.generation !== previous.generation) {
        queue.clear();
        return;
      }
      if (state.log === previous.log) return;
      const lastSeen = previous.log[previous.log.length - 1]?.seq ?? 0;
      const ctx = narrationContextFor(state.world);
      let from = state.log.length;
      while (from > 0 && (state.log[from - 1]?.seq ?? 0) > lastSeen) from--;
      // One announcement per happening, as the Narration tab tells it (never the three reports of one failure).
      const fresh = narrationLinesCached(state.log.slice(from), state.lens, ctx)
        .filter((line) => line.importance === 'important')
        .map((line) => line.text);
      queue.push(fresh);
    });
    return () => {
      unsubscribe();
      queue.dispose();
    };
  }, [store, intervalMs]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="narration-announcer">
      {message}
    </div>
  );
}
