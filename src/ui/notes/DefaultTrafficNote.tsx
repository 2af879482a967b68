import { useState } from 'react';
import { trafficNoteWords } from '../../lens/trafficNoteWords';
import { DEFAULT_RATE_PER_LISTENER } from '../../engine';
import { useSim, type ScenarioMeta } from '../../store';
import './notes.css';

/**
 * A small note in the stage's corner when the template gave no traffic settings and the loader sent its default
 * (src/scenario/defaultTraffic.ts): what is being sent and where to change it. Dismissed, it stays away until
 * another world is loaded.
 */
export function DefaultTrafficNote() {
  const meta = useSim((state) => state.scenario);
  const lens = useSim((state) => state.lens);
  const select = useSim((state) => state.select);
  const [dismissedFor, setDismissedFor] = useState<ScenarioMeta | null>(null);
  if (!meta.defaultTraffic || dismissedFor === meta) return null;
  const words = trafficNoteWords(lens, DEFAULT_RATE_PER_LISTENER);
  return (
    <aside className="traffic-note" aria-label={words.heading}>
      <p>
        <strong>{words.heading}.</strong> {words.body} {words.where}
      </p>
      <div className="traffic-note-actions">
        <button
          type="button"
          className="button-secondary"
          // Any selection opens the dock's Inspector tab (the shell's doing).
          onClick={() => select({ kind: 'audience', id: 'audience' })}
        >
          {words.open}
        </button>
        <button type="button" className="button-secondary" onClick={() => setDismissedFor(meta)}>
          {words.dismiss}
        </button>
      </div>
    </aside>
  );
}
