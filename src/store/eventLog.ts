import type { SimEvent } from '../engine';

/** One line of the store's event log; `seq` counts the events since the world was (re)created. */
export interface LogEntry {
  readonly seq: number;
  readonly event: SimEvent;
}

export const DEFAULT_LOG_LIMIT = 500;

/**
 * Appends events to a bounded log (oldest first), dropping the oldest. Returns the same array when nothing
 * was added so selectors on the log do not re-render for quiet frames.
 */
export function appendToLog(
  log: readonly LogEntry[],
  added: readonly LogEntry[],
  limit: number,
): readonly LogEntry[] {
  if (added.length === 0) return log;
  if (added.length >= limit) return added.slice(added.length - limit);
  const keep = Math.max(0, limit - added.length);
  const head = log.length > keep ? log.slice(log.length - keep) : log;
  return head.concat(added);
}

/** Requests are the hot path: they are counted by the engine, never written to the log. */
export function isLoggable(event: SimEvent): boolean {
  return event.type !== 'request.completed';
}
