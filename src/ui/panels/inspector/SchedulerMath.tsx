import { inspectorWords } from '../../../lens/inspectorWords';
import type { Lens } from '../../../lens/vocabulary';
import { schedulerBounds } from './selectors';

export interface SchedulerMathProps {
  readonly desired: number;
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly lens: Lens;
}

/** The two numbers that decide how a rolling deployment may proceed, with the arithmetic shown (fact 36-38). */
export function SchedulerMath({ desired, minimumHealthyPercent, maximumPercent, lens }: SchedulerMathProps) {
  const { lower, upper } = schedulerBounds(desired, minimumHealthyPercent, maximumPercent);
  return (
    <div className="scheduler-math">
      <dl className="math">
        <div>
          <dt>Desired N</dt>
          <dd>{desired}</dd>
        </div>
        <div>
          <dt>Minimum healthy L</dt>
          <dd>
            ⌈{desired} × {minimumHealthyPercent} / 100⌉ = <strong>{lower}</strong>
          </dd>
        </div>
        <div>
          <dt>Maximum U</dt>
          <dd>
            ⌊{desired} × {maximumPercent} / 100⌋ = <strong>{upper}</strong>
          </dd>
        </div>
      </dl>
      <p className="hint">
        {inspectorWords(lens).schedulerBounds(lower, upper)}
      </p>
    </div>
  );
}
