import { useEffect, useRef } from 'react';
import { useSim, useSimStore } from '../../store';
import { formatClock, isoDuration } from '../format';

/**
 * Re-renders once per simulated second; the exact millisecond goes into attributes through a store
 * subscription, so playing at 60 fps does not re-render React for it.
 */
export function SimClock() {
  const store = useSimStore();
  const seconds = useSim((state) => Math.floor(state.now / 1000));
  const timeRef = useRef<HTMLTimeElement>(null);

  useEffect(() => {
    const write = (now: number) => {
      const element = timeRef.current;
      if (!element) return;
      element.dateTime = isoDuration(now);
      element.dataset.ms = String(now);
    };
    write(store.getState().now);
    return store.subscribe((state, previous) => {
      if (state.now !== previous.now) write(state.now);
    });
  }, [store]);

  return (
    <p className="clock">
      <span className="clock-label visually-hidden-narrow">Simulated time</span>{' '}
      <time ref={timeRef} data-testid="sim-clock">
        {formatClock(seconds * 1000)}
      </time>
    </p>
  );
}
