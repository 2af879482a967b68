/**
 * What the full-page app tells its session controls: where to autosave, the session to bring on screen at startup
 * and the notice about it. Null in embeds and component tests, which then neither read nor write storage.
 */
import { createContext, useContext } from 'react';
import type { OpenSessionOk } from './storeSession';
import type { AutosaveOptions } from './autosave';
import type { SessionNotice } from './startSession';

export interface SessionContextValue {
  readonly autosave: AutosaveOptions;
  readonly restore: OpenSessionOk | null;
  readonly notice: SessionNotice | null;
  /** The default scenario's template text, for "Start over". */
  readonly readDefault: () => Promise<{ readonly text: string; readonly file: string }>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSessionContext(): SessionContextValue | null {
  return useContext(SessionContext);
}
