/**
 * The stage's motion, on the browser's Web Animations: poses for a div (a task's state), a ring drawn to a share
 * that follows the clock, and the system's reduced-motion setting. Small on purpose: it is on the first frame.
 */
import { useState } from 'react';
import { useMediaQuery } from '../useMediaQuery';
import { createMotionValue, type MotionValue } from './motionValue';
import { MotionCircle } from './MotionCircle';
import { MotionDiv } from './MotionDiv';

export type { Ease, Pose, Transition, Variants } from './poses';
export type { MotionValue } from './motionValue';

export const motion = { div: MotionDiv, circle: MotionCircle } as const;

/** A value that lives as long as the component, for motion.circle's pathLength. */
export function useMotionValue(initial: number): MotionValue {
  const [value] = useState(() => createMotionValue(initial));
  return value;
}

/** Whether the system asks for reduced motion. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
