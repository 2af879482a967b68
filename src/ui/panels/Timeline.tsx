import type { ReactNode } from 'react';
import { formatClock, isoDuration } from '../format';

export interface TimelineEntry {
  readonly at: number;
  readonly what: ReactNode;
}

export interface TimelineProps {
  readonly label: string;
  readonly entries: readonly TimelineEntry[];
}

/** A short history with simulated times, oldest first (the order it happened in). */
export function Timeline({ label, entries }: TimelineProps) {
  if (entries.length === 0) return null;
  return (
    <ol className="timeline" aria-label={label}>
      {entries.map((entry, index) => (
        <li key={index}>
          <time dateTime={isoDuration(entry.at)}>{formatClock(entry.at)}</time>
          <span>{entry.what}</span>
        </li>
      ))}
    </ol>
  );
}
