import { memo } from 'react';
import type { Lens } from '../lens/vocabulary';
import { narrate } from '../lens/narration';
import type { NarrationContext } from '../lens/narrationContext';
import type { LogEntry } from '../store';
import { formatClock, isoDuration } from './format';

export interface LogLineProps {
  readonly entry: LogEntry;
  readonly lens: Lens;
  readonly context: NarrationContext;
}

/** One event in the tables view's log, in the same words as the narration panel. */
export const LogLine = memo(function LogLine({ entry, lens, context }: LogLineProps) {
  const { event } = entry;
  const narration = narrate(event, lens, context);
  if (narration === null) return null;
  return (
    <li data-event-type={event.type}>
      <time dateTime={isoDuration(event.t)}>{formatClock(event.t)}</time>
      <span>{narration.text}</span>
    </li>
  );
});
