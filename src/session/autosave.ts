/**
 * The world saved in localStorage, so a reload (or a closed tab) does not lose it. Storage is never trusted: a save
 * that cannot be read is reported and kept aside under `<key>:kept:<ISO time>`, never silently dropped, and nothing
 * here throws (a full quota or a privacy mode only means there is no save).
 */
import { formatIssue } from '../scenario';
import { isVersionProblem, openSession, type OpenedSession, type SessionDoc } from './sessionDoc';

export const AUTOSAVE_KEY = 'ecs-orchestra:session';

/** The parts of Web Storage used here, so tests and embeds can give their own. */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

/** Writes the document; false (never a throw) when storage refuses it. */
export function writeSave(options: AutosaveOptions, doc: SessionDoc): boolean {
  if (!options.storage) return false;
  try {
    options.storage.setItem(autosaveKey(options.namespace), JSON.stringify(doc));
    return true;
  } catch {
    return false;
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
      /** Where the unreadable save now is; null when storage would not take the copy (the original is then left in place). */
      readonly keptAs: string | null;
    };

function keepAside(options: AutosaveOptions, text: string, now: Date): string | null {
  const key = autosaveKey(options.namespace);
  const keptAs = `${key}:kept:${now.toISOString()}`;
  try {
    options.storage?.setItem(keptAs, text);
  } catch {
    return null;
  }
  clearSave(options);
  return keptAs;
}

function problemWith(text: string): { reason: string } | { session: Extract<OpenedSession, { ok: true }> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { reason: `The saved world is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  const opened = openSession(parsed);
  if (opened.ok) return { session: opened };
  const first = opened.errors[0];
  if (isVersionProblem(parsed)) return { reason: first ? first.message : 'The saved world is from another version.' };
  const more = opened.errors.length > 1 ? ` (and ${opened.errors.length - 1} more)` : '';
  return { reason: `The saved world did not pass validation: ${first ? formatIssue(first) : 'unknown problem'}${more}.` };
}

/** Reads the save at startup: a valid one to restore, nothing, or an unreadable one reported and kept aside. */
export function readSave(options: AutosaveOptions, now: Date = new Date()): SaveReading {
  let text: string | null;
  try {
    text = options.storage?.getItem(autosaveKey(options.namespace)) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const result = problemWith(text);
  if ('session' in result) return { kind: 'restored', session: result.session, savedAt: result.session.savedAt };
  return { kind: 'unreadable', reason: result.reason, keptAs: keepAside(options, text, now) };
}
