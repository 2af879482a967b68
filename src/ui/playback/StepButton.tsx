import { useId } from 'react';
import { useSim } from '../../store';

export function StepButton() {
  const step = useSim((state) => state.step);
  const hintId = useId();
  return (
    <>
      <button type="button" onClick={step} aria-describedby={hintId}>
        <span className="icon" aria-hidden="true">
          ▶❙
        </span>
        <span className="visually-hidden-narrow">Step</span>
      </button>
      <span id={hintId} hidden>
        Pause and run to the next scheduled event
      </span>
    </>
  );
}
