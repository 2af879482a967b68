import type { SimEvent } from '../../../engine';
import { narrate, type Narration, type NarrationContext } from '../../../lens/narration';
import type { Lens } from '../../../lens/vocabulary';

type PerLens = Partial<Record<Lens, Narration | null>>;

// Log entries are immutable and a new world brings new event objects, so a sentence can be kept per event and lens:
// the panel re-renders every frame while playing, and most of the 500 logged events have not changed.
const cache = new WeakMap<SimEvent, PerLens>();

export function narrateCached(event: SimEvent, lens: Lens, ctx: NarrationContext): Narration | null {
  let entry = cache.get(event);
  if (!entry) {
    entry = {};
    cache.set(event, entry);
  }
  let told = entry[lens];
  if (told === undefined) {
    told = narrate(event, lens, ctx);
    entry[lens] = told;
  }
  return told;
}
