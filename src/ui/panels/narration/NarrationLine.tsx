import { memo } from 'react';
import type { NarrationLine as Line } from '../../../lens/narrationLines';
import { formatClock, isoDuration } from '../../format';

export interface NarrationLineProps {
  readonly line: Line;
}

/**
 * One happening with its simulated time: the sentence in the lens, and under it ECS's own words for it (short
 * IDs), because those are the evidence a learner will meet in the console (teaching.md §2).
 */
export const NarrationLine = memo(function NarrationLine({ line }: NarrationLineProps) {
  return (
    <li data-category={line.category} data-importance={line.importance} data-event-type={line.events[0]?.type}>
      <time dateTime={isoDuration(line.t)}>{formatClock(line.t)}</time>
      <span className="narration-text">
        {line.importance === 'important' ? <span className="visually-hidden">Important: </span> : null}
        {line.text}
        {line.evidence.map((words, index) => (
          <span key={index} className="narration-aws mono">
            {words}
          </span>
        ))}
      </span>
    </li>
  );
});
