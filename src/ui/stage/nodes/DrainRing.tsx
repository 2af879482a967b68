import { motion, useMotionValue } from '../../motion';
import { useEffect } from 'react';
import { useSimStore } from '../../../store';

export interface DrainRingProps {
  /** Simulated time at which draining ends. */
  readonly endsAt: number;
  /** The whole deregistration delay, for the ring's full length. */
  readonly totalMs: number;
}

function remaining(now: number, endsAt: number, totalMs: number): number {
  if (totalMs <= 0) return 0;
  return Math.min(1, Math.max(0, (endsAt - now) / totalMs));
}

/**
 * The deregistration delay as a ring that empties. It follows the simulated clock through a MotionValue set from a
 * store subscription, so it re-renders nothing per frame, stops when paused and runs faster at higher speeds.
 */
export function DrainRing({ endsAt, totalMs }: DrainRingProps) {
  const store = useSimStore();
  const length = useMotionValue(remaining(store.getState().now, endsAt, totalMs));
  useEffect(() => {
    length.set(remaining(store.getState().now, endsAt, totalMs));
    return store.subscribe((state, previous) => {
      if (state.now !== previous.now) length.set(remaining(state.now, endsAt, totalMs));
    });
  }, [store, length, endsAt, totalMs]);
  return (
    <motion.circle
      className="stage-drain-ring"
      cx="14"
      cy="14"
      r="12.5"
      transform="rotate(-90 14 14)"
      style={{ pathLength: length }}
    />
  );
}
