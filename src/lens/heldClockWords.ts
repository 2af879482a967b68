/**
 * Why a lesson holds the clock, in both lenses: the lesson tab says it, and so does the speed control while the
 * clock waits (SpeedSelect), which is on every first frame; the rest of the lesson tab's words (lessonWords.ts) come
 * with the tab.
 */
import type { LensWords } from './vocabulary';

export interface HeldClockWords {
  /** Under an open question: why nothing moves. */
  readonly held: string;
  /** The step's goal is met: the clock waits for Next, as a lesson played headless moves on at that moment. */
  readonly heldForNext: string;
}

const WORDS: LensWords<HeldClockWords> = {
  aws: {
    held: 'The clock is held until you answer.',
    heldForNext: 'Step done: the clock waits for Next.',
  },
  orchestra: {
    held: 'The orchestra waits for your answer.',
    heldForNext: 'Well played: the orchestra waits for you to turn the page (Next).',
  },
};

export function heldClockWords(lens: keyof typeof WORDS): HeldClockWords {
  return WORDS[lens];
}
