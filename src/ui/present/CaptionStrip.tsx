import { narrationContextFor } from '../../lens/narration';
import { useSim } from '../../store';
import { formatClock } from '../format';
import { narrationLinesCached } from '../panels/narration/narrationCache';

/** How far back the strip looks for the latest important line (one instant's lines are a handful). */
const RECENT_ENTRIES = 60;

/**
 * Presenter mode's caption strip under the stage: the simulated clock and the latest important happening in plain
 * words, large enough for the back row. Hidden from assistive technology: the narration's live region has
 * announced the same line already.
 */
export function CaptionStrip() {
  const seconds = useSim((state) => Math.floor(state.now / 1000));
  const playing = useSim((state) => state.playing);
  const line = useSim((state) => {
    const lines = narrationLinesCached(state.log.slice(-RECENT_ENTRIES), state.lens, narrationContextFor(state.world));
    for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.importance === 'important') return lines[i]!.text;
    return null;
  });
  return (
    <div className="caption-strip" aria-hidden="true" data-testid="caption-strip">
      <span className="caption-strip-clock">
        <span className="caption-strip-state">{playing ? '▶' : '❚❚'}</span> {formatClock(seconds * 1000)}
      </span>
      <span className="caption-strip-line">{line ?? 'Nothing has happened yet.'}</span>
    </div>
  );
}
