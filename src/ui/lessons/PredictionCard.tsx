/**
 * A step's prediction: a multiple-choice question asked before the reveal (the clock is held meanwhile), then the
 * learner's answer beside what happened, with the reason. Radio buttons in a named group and an "Answer" button,
 * so the keyboard alone answers it (arrows to choose, Enter to answer); the reveal is announced.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Lens, PredictionStatus } from '../../lessons';
import { lessonWords } from '../../lens/lessonWords';

export interface PredictionCardProps {
  readonly prediction: PredictionStatus;
  readonly lens: Lens;
  readonly onAnswer: (option: number) => void;
}

function Reveal({ prediction, lens }: { readonly prediction: PredictionStatus; readonly lens: Lens }) {
  const words = lessonWords(lens);
  const answer = prediction.answer === null ? null : prediction.options[prediction.answer];
  const revealed = prediction.state === 'revealed';
  const right = revealed && prediction.right !== null && prediction.right === prediction.answer;
  return (
    <div className="lesson-reveal" data-state={prediction.state} data-right={revealed ? String(right) : undefined}>
      <dl className="lesson-reveal-pair">
        <div className="lesson-reveal-side" data-side="answer">
          <dt>{words.yourAnswer}</dt>
          <dd>{answer ? answer.text[lens] : null}</dd>
        </div>
        <div className="lesson-reveal-side" data-side="happened">
          <dt>{words.whatHappened}</dt>
          <dd>{revealed && prediction.observedText ? prediction.observedText[lens] : <span className="muted">{words.waiting}</span>}</dd>
        </div>
      </dl>
      {revealed ? (
        <>
          <p className="lesson-verdict" data-right={String(right)}>
            <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
            {prediction.right === null ? words.noneRight : right ? words.right : `${words.wrong}: ${words.answerWas} “${prediction.options[prediction.right]?.text[lens] ?? ''}”`}
          </p>
          {prediction.reason ? <p className="lesson-reason">{prediction.reason[lens]}</p> : null}
        </>
      ) : null}
    </div>
  );
}

export function PredictionCard({ prediction, lens, onAnswer }: PredictionCardProps) {
  const base = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const words = lessonWords(lens);
  const asking = prediction.state === 'asking';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === null) {
      setMissing(true);
      return;
    }
    onAnswer(chosen);
  };

  const announcement =
    prediction.state === 'revealed'
      ? `Revealed. ${words.whatHappened}: ${prediction.observedText?.[lens] ?? ''}. ${prediction.right !== null && prediction.right === prediction.answer ? words.right : words.wrong}.`
      : prediction.state === 'waiting'
        ? words.waiting
        : '';

  return (
    <section className="lesson-prediction" aria-labelledby={`${base}-q`}>
      <h4 id={`${base}-q`}>Predict</h4>
      {asking ? (
        <form onSubmit={submit} noValidate>
          <fieldset aria-describedby={`${base}-held`}>
            <legend>{prediction.prediction.question[lens]}</legend>
            {prediction.options.map((option, index) => (
              <label key={index} className="lesson-option">
                <input
                  type="radio"
                  name={`${base}-option`}
                  value={index}
                  checked={chosen === index}
                  onChange={() => {
                    setChosen(index);
                    setMissing(false);
                  }}
                />
                <span>{option.text[lens]}</span>
              </label>
            ))}
          </fieldset>
          <p id={`${base}-held`} className="hint">
            {words.held}
          </p>
          {missing ? (
            <p className="form-error" role="alert">
              Choose an answer first.
            </p>
          ) : null}
          <button type="submit" className="primary">
            Answer
          </button>
        </form>
      ) : (
        <>
          <p className="lesson-question">{prediction.prediction.question[lens]}</p>
          <Reveal prediction={prediction} lens={lens} />
        </>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
