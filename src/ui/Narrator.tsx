import { useEffect, useState } from 'react';
import { targetGroupNames, useSimStore } from '../store';
import { isImportant, narrate } from './narrate';

/** At fast playback many things happen per second; announce at most this often, summarising the rest. */
export const NARRATION_INTERVAL_MS = 2500;
const MAX_SENTENCES = 3;

/**
 * The polite live region: important events only (service events, task stops, rejected commands), throttled,
 * so a screen reader hears the story without hearing every health check.
 */
export function Narrator() {
  const store = useSimStore();
  const [message, setMessage] = useState('');

  useEffect(() => {
    let queue: string[] = [];
    let dropped = 0;
    let lastFlush = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const flush = () => {
      timer = null;
      if (queue.length === 0) return;
      const prefix = dropped > 0 ? `${dropped} earlier ${dropped === 1 ? 'update' : 'updates'} in the log. ` : '';
      setMessage(prefix + queue.map((sentence) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`)).join(' '));
      queue = [];
      dropped = 0;
      lastFlush = performance.now();
    };

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.generation !== previous.generation) {
        queue = [];
        dropped = 0;
        return;
      }
      if (state.log === previous.log) return;
      const lastSeen = previous.log[previous.log.length - 1]?.seq ?? 0;
      const names = { targetGroups: targetGroupNames(state.spec) };
      const fresh: string[] = [];
      for (let index = state.log.length - 1; index >= 0; index--) {
        const entry = state.log[index];
        if (!entry || entry.seq <= lastSeen) break;
        if (isImportant(entry.event)) fresh.push(narrate(entry.event, names));
      }
      queue.push(...fresh.reverse());
      if (queue.length > MAX_SENTENCES) {
        dropped += queue.length - MAX_SENTENCES;
        queue = queue.slice(-MAX_SENTENCES);
      }
      if (queue.length === 0 || timer !== null) return;
      const wait = Math.max(0, lastFlush + NARRATION_INTERVAL_MS - performance.now());
      timer = setTimeout(flush, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="narration">
      {message}
    </div>
  );
}
