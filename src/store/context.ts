import { createContext } from 'react';
import type { SimStore } from './createSimStore';

/** Null outside a provider, so the hooks can say so instead of reading someone else's store. */
export const SimStoreContext = createContext<SimStore | null>(null);
