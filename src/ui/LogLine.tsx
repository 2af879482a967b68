import { memo } from 'react';
import type { LogEntry } from '../store';
import { formatClock, isoDuration } from './format';
import { narrate, type NarrationNames } from './narrate';

export interface LogLineProps {
  readonly entry: LogEntry;
  readonly names: NarrationNames;
}

export const LogLine = memo(function LogLine({ entry, names }: LogLineProps) {
  const { event } = entry;
  return (
    <li data-event-type={event.type}>
      <time dateTime={isoDuration(event.t)}>{formatClock(event.t)}</time>
      <span>{narrate(event, names)}</span>
    </li>
  );
});
