import { useEffect, useState, type ReactNode } from 'react';
import { createSimStore, type SimStore, type SimStoreOptions } from './createSimStore';
import { SimStoreContext } from './context';
import { createPlayback, type FrameSource } from './playback';

type SimProviderProps = {
  readonly children?: ReactNode;
  /** Drives frames by hand in tests; the browser's animation frames otherwise. */
  readonly frames?: FrameSource;
} & (
  | { readonly store: SimStore; readonly options?: never }
  | { readonly options: SimStoreOptions; readonly store?: never }
);

/**
 * Creates (or adopts) one store for its subtree and runs its playback loop while mounted. The store is made
 * once: later changes to `options` do not replace the world (use the store's `load` for that).
 */
export function SimProvider({ children, frames, ...source }: SimProviderProps) {
  const [store] = useState<SimStore>(() => source.store ?? createSimStore(source.options));

  useEffect(() => {
    const playback = createPlayback(store, frames ? { frames } : {});
    return () => playback.destroy();
  }, [store, frames]);

  return <SimStoreContext.Provider value={store}>{children}</SimStoreContext.Provider>;
}
