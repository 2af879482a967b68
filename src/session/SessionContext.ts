/**
 * What the full-page app tells its session controls: where to autosave, the session to bring on screen at startup
 * and the notice about it. Null in embeds and component tests, which then neither read nor write storage.
 */
import { createContext, useContext } from 'react';
import type { OpenSessionOk } from './storeSession';
import type { AutosaveOptions } from './autosave';
import type { SessionNotice } from './startSession';

export interface SessionContextValue {
  /** Where autosave writes; its storage is null when this visit must not write (see autosaveOff). */
  readonly autosave: AutosaveOptions;
  /** Why autosave is off for this visit, or null. */
  readonly autosaveOff: string | null;
  /** Where saves and kept worlds are read from, even when autosave is off. */
  readonly storage: AutosaveOptions;
  readonly restore: OpenSessionOk | null;
  readonly notice: SessionNotice | null;
  /** The default scenario's template text, for "Start over". */
  readonly readDefault: () => Promise<{ readonly text: string; readonly file: string }>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSessionContext(): SessionContextValue | null {
  return useContext(SessionContext);
}
