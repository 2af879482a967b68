import { useId } from 'react';
import { useSim } from '../../store';

export function ResetButton() {
  const reset = useSim((state) => state.reset);
  const hintId = useId();
  return (
    <>
      <button type="button" onClick={reset} aria-describedby={hintId}>
        <span className="icon" aria-hidden="true">
          ↺
        </span>
        <span className="visually-hidden-narrow">Reset</span>
      </button>
      <span id={hintId} hidden>
        Start this scenario again from zero with the same seed
      </span>
    </>
  );
}
