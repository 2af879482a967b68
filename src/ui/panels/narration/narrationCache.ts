import type { SimEvent } from '../../../engine';
import { narrationLines, type NarrationEntry, type NarrationLine } from '../../../lens/narrationLines';
import type { NarrationContext } from '../../../lens/narration';
import type { Lens } from '../../../lens/vocabulary';

interface Told {
  readonly count: number;
  readonly lines: Partial<Record<Lens, readonly NarrationLine[]>>;
}

// Log entries are immutable and a new world brings new event objects, so the lines of one instant can be kept per
// lens, keyed by the instant's first event: the panel re-renders every frame while playing, and most of the 500
// logged events have not changed. An instant whose entries changed (the log's window cut it) is told again.
const cache = new WeakMap<SimEvent, Told>();

/** The narration lines of a log, oldest first: one per happening (narrationLines.ts), cached per instant. */
export function narrationLinesCached(log: readonly NarrationEntry[], lens: Lens, ctx: NarrationContext): NarrationLine[] {
  const out: NarrationLine[] = [];
  let index = 0;
  while (index < log.length) {
    const first = log[index];
    if (!first) break;
    let end = index + 1;
    while (end < log.length && log[end]?.event.t === first.event.t) end++;
    let told = cache.get(first.event);
    if (!told || told.count !== end - index) {
      told = { count: end - index, lines: {} };
      cache.set(first.event, told);
    }
    let lines = told.lines[lens];
    if (!lines) {
      lines = narrationLines(log.slice(index, end), lens, ctx);
      (told.lines as Record<Lens, readonly NarrationLine[]>)[lens] = lines;
    }
    out.push(...lines);
    index = end;
  }
  return out;
}
