/**
 * The step being played: its heading (where focus goes when the step changes), its narration, what is locked and
 * why, its prediction, its goal's live status, hints, "Show me", and Back and Next. Everything the lesson says is in
 * the current lens.
 */
import { useEffect, useId, useRef } from 'react';
import type { Lens, LessonStep as Step, StepStatus } from '../../lessons';
import { lessonWords } from '../../lens/lessonWords';
import { useSim } from '../../store';
import { GoalStatusList } from './GoalStatusList';
import { PredictionCard } from './PredictionCard';

export interface LessonStepProps {
  readonly status: StepStatus;
  readonly count: number;
  readonly lens: Lens;
  /**
   * Whether a new step may take focus from the page itself (nothing focused): yes in the app; not in an embed, where
   * the page is the host's and focus would jump (and scroll) into the widget.
   */
  readonly focusFromPage?: boolean;
}

/** What the learner may use in this step, in a sentence; null when everything is open. */
function lockText(step: Step, lens: Lens): string | null {
  if (step.allowed === null) return null;
  if (step.allowed.length === 0) return step.locked?.[lens] ?? lessonWords(lens).watchOnly;
  return step.locked?.[lens] ?? null;
}

/** Moves focus to `target` when `key` changes while the learner is in the lesson (or focus was dropped with a control). */
export function useFocusOnChange(key: string, target: React.RefObject<HTMLElement | null>, within: React.RefObject<HTMLElement | null>, fromPage = true): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    const active = document.activeElement;
    const inLesson = (fromPage && (active === null || active === document.body)) || (within.current?.contains(active) ?? false);
    if (inLesson) target.current?.focus();
  }, [key, target, within, fromPage]);
}

export function LessonStepView({ status, count, lens, focusFromPage = true }: LessonStepProps) {
  const base = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const article = useRef<HTMLElement>(null);
  const words = lessonWords(lens);
  const answer = useSim((state) => state.answerPrediction);
  const requestHint = useSim((state) => state.requestHint);
  const showMe = useSim((state) => state.showMe);
  const next = useSim((state) => state.nextStep);
  const back = useSim((state) => state.previousStep);
  const { step, index } = status;
  const last = index === count - 1;
  const locked = lockText(step, lens);
  useFocusOnChange(`step-${index}`, heading, article, focusFromPage);

  return (
    <article ref={article} className="lesson-step" aria-labelledby={`${base}-title`} data-step={step.id} data-complete={status.complete ? 'true' : 'false'}>
      <h3 id={`${base}-title`} ref={heading} tabIndex={-1} className="lesson-step-title">
        <span className="lesson-step-count">
          Step {index + 1} of {count}:
        </span>{' '}
        {step.title[lens]}
      </h3>
      <p className="lesson-narration">{step.narration[lens]}</p>
      {locked ? (
        <p className="lesson-locked">
              {locked}
        </p>
      ) : null}
      {status.prediction ? <PredictionCard key={`p-${index}`} prediction={status.prediction} lens={lens} onAnswer={answer} /> : null}
      {status.goal ? (
        <section className="lesson-goal-section" aria-labelledby={`${base}-goal`}>
          <h4 id={`${base}-goal`}>{words.goalHeading}</h4>
          <GoalStatusList status={status.goal} lens={lens} headingId={`${base}-goal`} />
        </section>
      ) : null}
      <p className="lesson-progress-line" role="status">
        {status.complete ? words.stepDone : status.overdue ? words.overdue : ''}
      </p>
      {step.hints.length > 0 ? (
        <section className="lesson-hints" aria-labelledby={`${base}-hints`}>
          <h4 id={`${base}-hints`}>Hints</h4>
          {status.hints.length > 0 ? (
            <ol>
              {status.hints.map((hint, i) => (
                <li key={i}>{hint[lens]}</li>
              ))}
            </ol>
          ) : null}
          <button type="button" onClick={requestHint} disabled={!status.moreHints}>
            {status.hints.length === 0 ? 'Hint' : 'Another hint'}
          </button>
        </section>
      ) : null}
      {step.solution.length > 0 ? (
        <div className="lesson-show-me">
          <button type="button" onClick={showMe} disabled={status.showingSolution || status.complete} aria-describedby={status.showingSolution ? `${base}-showing` : undefined}>
            Show me
          </button>
          {status.showingSolution ? (
            <p id={`${base}-showing`} className="hint">
              {words.showing}
            </p>
          ) : null}
        </div>
      ) : null}
      <nav className="lesson-nav" aria-label="Lesson steps">
        <button type="button" onClick={back} disabled={index === 0}>
          Back
        </button>
        <button type="button" className={status.complete ? 'primary' : undefined} onClick={next}>
          {last ? 'Finish' : 'Next'}
        </button>
      </nav>
    </article>
  );
}
