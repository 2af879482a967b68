/**
 * Which world the app opens with, before anything is on screen: a share link in the address wins; else, when the
 * address names no scenario, the autosave. Either way, what went wrong becomes a notice, never a crash, and the app
 * then starts with the scenario it would have started with anyway.
 */
import { formatIssue } from '../scenario';
import type { OpenSessionOk } from './storeSession';
import { readSave, type AutosaveOptions } from './autosave';
import { decodeSession } from './shareLink';

export type SessionNotice =
  | { readonly kind: 'restored'; readonly savedAt: string | null; readonly atMs: number }
  | { readonly kind: 'shared'; readonly atMs: number }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly keptAs: string | null }
  | { readonly kind: 'badLink'; readonly reason: string };

export interface SessionStartOptions {
  readonly autosave: AutosaveOptions;
  /** The encoded session of a `#s=` fragment, if the page was opened with one. */
  readonly share: string | null;
}

export interface SessionStart {
  readonly session: OpenSessionOk | null;
  readonly notice: SessionNotice | null;
}

export async function startSession(options: SessionStartOptions, explicitScenario: boolean): Promise<SessionStart> {
  let badLink: SessionNotice | null = null;
  if (options.share !== null) {
    const opened = await decodeSession(options.share);
    if (opened.ok) return { session: opened, notice: { kind: 'shared', atMs: opened.atMs } };
    badLink = { kind: 'badLink', reason: opened.errors.map((issue) => formatIssue(issue).replace(/^error: /, '')).slice(0, 3).join(' ') };
  }
  if (explicitScenario) return { session: null, notice: badLink };
  const reading = readSave(options.autosave);
  if (reading.kind === 'restored') {
    return { session: reading.session, notice: badLink ?? { kind: 'restored', savedAt: reading.savedAt, atMs: reading.session.atMs } };
  }
  if (reading.kind === 'unreadable') return { session: null, notice: badLink ?? { kind: 'unreadable', reason: reading.reason, keptAs: reading.keptAs } };
  return { session: null, notice: badLink };
}
