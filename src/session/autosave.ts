/**
 * The world saved in localStorage, so a reload (or a closed tab) does not lose it. Storage is never trusted: a save
 * that cannot be read is reported and kept aside under `<key>:kept:<ISO time>`, never silently dropped, and nothing
 * here throws (a full quota or a privacy mode only means there is no save, and the caller is told why). Reading a
 * save back is readSave.ts, which needs the session format and the loader; what is here needs neither.
 */
import type { OpenedSession, SessionDoc } from './sessionDoc';

export const AUTOSAVE_KEY = 'ecs-orchestra:session';

/** The parts of Web Storage used here, so tests and embeds can give their own (listing keys is optional). */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

export interface AutosaveOptions {
  readonly storage: SessionStorage | null;
  /** Two apps mounted on one page save under different keys. */
  readonly namespace?: string;
}

export function autosaveKey(namespace?: string): string {
  return namespace ? `ecs-orchestra:${namespace}:session` : AUTOSAVE_KEY;
}

/** window.localStorage, or null where merely touching it throws (some privacy modes, sandboxed iframes). */
export function browserStorage(): SessionStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The reason a storage call failed, in a few words: "storage is full (QuotaExceededError)". */
export function storageFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return `this browser's storage for the page is full (${name})`;
  return error instanceof Error ? error.message : String(error);
}

export type SaveOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Writes the document; a failure (never a throw) says why, so the page can tell the learner. */
export function writeSave(options: AutosaveOptions, doc: SessionDoc): SaveOutcome {
  if (!options.storage) return { ok: false, reason: 'there is no storage for this page' };
  try {
    options.storage.setItem(autosaveKey(options.namespace), JSON.stringify(doc));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
}

export function clearSave(options: AutosaveOptions): void {
  try {
    options.storage?.removeItem(autosaveKey(options.namespace));
  } catch {
    // Nothing to do: a storage that cannot remove cannot have been written either.
  }
}

export type SaveReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'restored'; readonly session: Extract<OpenedSession, { ok: true }>; readonly savedAt: string | null }
  | {
      readonly kind: 'unreadable';
      /** What was wrong, in a sentence. */
      readonly reason: string;
      /**
       * Where the unreadable save now is; null when storage could not move it (then it is left in place, and
       * autosave must stay off so as not to overwrite it).
       */
      readonly keptAs: string | null;
    };

/**
 * Moves `text`, the value under `key`, to `keptAs`. A copy first; when storage is too full for a second copy (a 4 MB
 * save in a 5 MB quota), the original is removed to make room and written again in its new place, and if even that
 * fails it is put back where it was. Null when it could not move: it is then still under `key`.
 */
export function moveStored(storage: SessionStorage | null, key: string, text: string, keptAs: string): string | null {
  if (!storage) return null;
  try {
    storage.setItem(keptAs, text);
  } catch {
    return moveToMakeRoom(storage, key, text, keptAs);
  }
  try {
    storage.removeItem(key);
  } catch {
    // A storage that took the copy but will not remove: the value is kept twice, never lost.
  }
  return keptAs;
}

/** Not room for two copies: make room with the original, which `text` holds, and put it back if even that fails. */
function moveToMakeRoom(storage: SessionStorage, key: string, text: string, keptAs: string): string | null {
  try {
    storage.removeItem(key);
    storage.setItem(keptAs, text);
    return keptAs;
  } catch {
    try {
      storage.setItem(key, text);
    } catch {
      // It fitted a moment ago in this very place; nothing more can be done here.
    }
    return null;
  }
}

/** Moves `text`, the save under the autosave key, to `keptAs` (moveStored). */
export function moveSave(options: AutosaveOptions, text: string, keptAs: string): string | null {
  return moveStored(options.storage, autosaveKey(options.namespace), text, keptAs);
}

/** The save's text as stored, or null (none, or storage unreadable). */
export function readSaveText(options: AutosaveOptions): string | null {
  try {
    return options.storage?.getItem(autosaveKey(options.namespace)) ?? null;
  } catch {
    return null;
  }
}
