import { useCallback, useId, useMemo, useState } from 'react';
import type { NarrationCategory } from '../../lens/narration';
import { useSim } from '../../store';
import { formatCount } from '../format';
import { NarrationAnnouncer } from './narration/NarrationAnnouncer';
import { FILTERABLE, NarrationFilter } from './narration/NarrationFilter';
import { NarrationLine } from './narration/NarrationLine';
import { narrationLinesCached } from './narration/narrationCache';
import { useNarrationContext } from './useNarrationContext';
import './panels.css';
import './narration/narration.css';

/** More lines than this make the side column slow to scroll and to read; the full log is in the export. */
export const MAX_RENDERED = 200;

export interface NarrationPanelProps {
  /** Wall-clock milliseconds between screen-reader announcements (tests shorten it). */
  readonly announceIntervalMs?: number;
  /** Speak important events through the panel's own live region (the app shell keeps one mounted instead). */
  readonly announce?: boolean;
}

/**
 * What happens, newest first, in the current lens: one line per happening, with ECS's own words under it. Not role="log": that is a live region and would read every
 * health check aloud; the announcer beside it speaks only the important events, throttled.
 */
export function NarrationPanel({ announceIntervalMs, announce = true }: NarrationPanelProps) {
  const headingId = useId();
  const log = useSim((state) => state.log);
  const lens = useSim((state) => state.lens);
  const ctx = useNarrationContext();
  const [shown, setShown] = useState<ReadonlySet<NarrationCategory>>(() => new Set(FILTERABLE));

  const toggle = useCallback((category: NarrationCategory) => {
    setShown((current) => {
      const next = new Set(current);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  }, []);

  const { lines, matching } = useMemo(() => {
    const all = narrationLinesCached(log, lens, ctx);
    const out = [];
    let count = 0;
    for (let index = all.length - 1; index >= 0; index--) {
      const line = all[index];
      if (!line || !shown.has(line.category)) continue;
      count++;
      if (out.length < MAX_RENDERED) out.push(line);
    }
    return { lines: out, matching: count };
  }, [log, lens, ctx, shown]);

  let empty: string | null = null;
  if (log.length === 0) empty = 'Nothing has happened yet. Press Play or Step.';
  else if (shown.size === 0) empty = 'Every category is hidden: turn one on under Show.';
  else if (lines.length === 0) empty = 'Nothing in the chosen categories yet.';

  return (
    <section className="side-panel narration-panel" aria-labelledby={headingId}>
      <div className="side-panel-head">
        <h2 id={headingId}>Narration</h2>
        <p className="muted">
          {matching > lines.length ? `newest ${formatCount(lines.length)} of ${formatCount(matching)}` : `${formatCount(matching)} shown`}, newest first
        </p>
      </div>
      <NarrationFilter shown={shown} onToggle={toggle} />
      {empty !== null ? (
        <p className="empty">{empty}</p>
      ) : (
        <ol className="narration-list" tabIndex={0} aria-labelledby={headingId} data-testid="narration-list">
          {lines.map((line) => (
            <NarrationLine key={line.seq} line={line} />
          ))}
        </ol>
      )}
      {announce ? <NarrationAnnouncer {...(announceIntervalMs === undefined ? {} : { intervalMs: announceIntervalMs })} /> : null}
    </section>
  );
}
