import { useContext } from 'react';
import { useStore } from 'zustand';
import type { SimState, SimStore } from './createSimStore';
import { SimStoreContext } from './context';

export const MISSING_PROVIDER =
  'ECS Orchestra: useSim() was called outside <SimProvider>. Wrap the component in <SimProvider> so it reads its own simulation.';

export function useSimStore(): SimStore {
  const store = useContext(SimStoreContext);
  if (store === null) throw new Error(MISSING_PROVIDER);
  return store;
}

/** Reads one slice of the simulation; the component re-renders only when that slice changes (Object.is). */
export function useSim<T>(selector: (state: SimState) => T): T {
  return useStore(useSimStore(), selector);
}
