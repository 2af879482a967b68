import { useState } from 'react';
import { useSim } from '../../store';

/**
 * Whether the world on screen is still the one the app opened with: a notice about where that world came from (a
 * save, a link, the address) goes away once another world is loaded. Reset keeps the world (and the notice).
 */
export function useFirstWorld(): boolean {
  const scenario = useSim((state) => state.scenario);
  const [first] = useState(scenario);
  return scenario === first;
}
