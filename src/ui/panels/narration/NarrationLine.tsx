import { memo } from 'react';
import type { SimEvent } from '../../../engine';
import type { Narration } from '../../../lens/narration';
import { lensLook, type Lens } from '../../../lens/vocabulary';
import { formatClock, isoDuration } from '../../format';

export interface NarrationLineProps {
  readonly event: SimEvent;
  readonly narration: Narration;
  readonly lens: Lens;
}

/**
 * One sentence with its simulated time. In the orchestra lens a service event also shows ECS's own words, because
 * those are the evidence a learner will meet in the console (teaching.md §2).
 */
export const NarrationLine = memo(function NarrationLine({ event, narration, lens }: NarrationLineProps) {
  return (
    <li data-category={narration.category} data-importance={narration.importance} data-event-type={event.type}>
      <time dateTime={isoDuration(event.t)}>{formatClock(event.t)}</time>
      <span className="narration-text">
        {narration.importance === 'important' ? <span className="visually-hidden">Important: </span> : null}
        {narration.text}
        {lensLook(lens).quotesServiceEvents && event.type === 'service.event' ? <span className="narration-aws mono">{event.message}</span> : null}
      </span>
    </li>
  );
});
