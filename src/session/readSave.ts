/**
 * Reading the save at startup: a valid one to restore, nothing, or an unreadable one reported and kept aside
 * (autosave.ts). Apart from autosave.ts because it opens the document (sessionDoc.ts, and through it the
 * CloudFormation loader): startSession fetches it only when there is a save to read.
 */
import { formatIssue } from '../scenario';
import { autosaveKey, moveSave, type AutosaveOptions, type SaveReading } from './autosave';
import { isVersionProblem, openSession, type OpenedSession } from './sessionDoc';

function keepAside(options: AutosaveOptions, text: string, now: Date): string | null {
  return moveSave(options, text, `${autosaveKey(options.namespace)}:kept:${now.toISOString()}`);
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
