import { narrationContextFor, type NarrationContext } from '../../lens/narration';
import { useSim } from '../../store';

/** Names for the current scenario; the same object until another scenario is loaded. */
export function useNarrationContext(): NarrationContext {
  return narrationContextFor(useSim((state) => state.world));
}
