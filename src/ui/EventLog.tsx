import { useId, useMemo } from 'react';
import { narrationContextFor } from '../lens/narrationContext';
import { useSim } from '../store';
import { plural } from './format';
import { LogLine } from './LogLine';

/**
 * Not role="log": that is a live region and would read every event aloud. The narration panel announces the
 * important ones instead.
 */
export function EventLog() {
  const headingId = useId();
  const log = useSim((state) => state.log);
  const seen = useSim((state) => state.eventsSeen);
  const spec = useSim((state) => state.world);
  const lens = useSim((state) => state.lens);
  const context = useMemo(() => narrationContextFor(spec), [spec]);
  const newestFirst = useMemo(() => log.slice().reverse(), [log]);
  return (
    <section className="panel panel-log" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>Event log</h2>
        <p className="muted">
          {seen > log.length ? `newest ${log.length} of ${plural(seen, 'event')}` : plural(seen, 'event')}, newest first
        </p>
      </div>
      {newestFirst.length === 0 ? (
        <p className="empty">Nothing has happened yet. Press Play or Step.</p>
      ) : (
        <ol className="log" data-testid="event-log" tabIndex={0} aria-labelledby={headingId}>
          {newestFirst.map((entry) => (
            <LogLine key={entry.seq} entry={entry} lens={lens} context={context} />
          ))}
        </ol>
      )}
    </section>
  );
}
