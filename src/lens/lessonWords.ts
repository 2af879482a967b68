/**
 * The lesson tab's own words, in both lenses (what a lesson says itself comes from its file, in both lenses too).
 * Control names ("Show me", "Hint", "Next", "Answer") stay the same in both lenses, as every control's name does.
 */
import { heldClockWords, type HeldClockWords } from './heldClockWords';
import type { LensWords } from './vocabulary';

export interface LessonWords extends HeldClockWords {
  /** Answered, before the run shows it. */
  readonly waiting: string;
  readonly yourAnswer: string;
  readonly whatHappened: string;
  readonly right: string;
  readonly wrong: string;
  /** Before the right option, after `wrong`. */
  readonly answerWas: string;
  /** The run's answer was none of the options (a lesson to fix). */
  readonly noneRight: string;
  readonly goalHeading: string;
  readonly met: string;
  readonly notYet: string;
  readonly stepDone: string;
  readonly overdue: string;
  readonly showing: string;
  readonly finished: string;
  readonly finishedText: string;
  /** The picker's heading and what it says about each lesson. */
  readonly library: string;
  readonly libraryIntro: string;
  readonly requests: string;
  readonly watchOnly: string;
}

const WORDS: LensWords<LessonWords> = {
  aws: {
    ...heldClockWords('aws'),
    waiting: 'Your answer is in. Watch the run show what happens.',
    yourAnswer: 'Your answer',
    whatHappened: 'What happened',
    right: 'Right',
    wrong: 'Not this time',
    answerWas: 'the answer was',
    noneRight: 'What happened is none of the options.',
    goalHeading: 'Goal',
    met: 'met',
    notYet: 'not yet',
    stepDone: 'Step done: go on with Next.',
    overdue: 'This is taking longer than the step expects: ask for a hint, or use Show me.',
    showing: 'Showing the solution on the stage.',
    finished: 'Lesson complete',
    finishedText: 'Every step is behind you. The world stays as it is: keep exploring it, or pick the next lesson.',
    library: 'Lessons',
    libraryIntro: 'Guided walks through ECS: predict, watch, then act. The engine checks each step.',
    requests: 'requests',
    watchOnly: 'This step is for watching: the controls that change the world are locked until the next step.',
  },
  orchestra: {
    ...heldClockWords('orchestra'),
    waiting: 'Your answer is in. Listen for what happens.',
    yourAnswer: 'Your answer',
    whatHappened: 'What the orchestra did',
    right: 'Right',
    wrong: 'Not this time',
    answerWas: 'the answer was',
    noneRight: 'What the orchestra did is none of the options.',
    goalHeading: 'What the conductor listens for',
    met: 'heard',
    notYet: 'not yet',
    stepDone: 'Well played: go on with Next.',
    overdue: 'This is taking longer than the piece expects: ask for a hint, or use Show me.',
    showing: 'The conductor shows how it goes, on the stage.',
    finished: 'Bravo: lesson complete',
    finishedText: 'The piece is over. The stage stays as it is: keep playing with it, or pick the next lesson.',
    library: 'Lessons',
    libraryIntro: 'Guided walks through the orchestra: predict, listen, then play. The conductor checks each step.',
    requests: 'notes',
    watchOnly: 'This step is for listening: the controls that change the stage wait until the next step.',
  },
};

export function lessonWords(lens: keyof typeof WORDS): LessonWords {
  return WORDS[lens];
}
