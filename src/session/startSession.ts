/**
 * Which world the app opens with, before anything is on screen: a share link in the address wins; else, when the
 * address names no scenario, the autosave. Either way, what went wrong becomes a notice, never a crash, and the app
 * then starts with the scenario it would have started with anyway. A link or a named scenario that replaces the
 * saved world first sets it aside (keptWorlds.ts), and the notice offers it back. An address naming a lesson and step
 * (`?lesson=&step=`, which the app keeps as the learner moves) reopens the save when the save is at that very step: a
 * reload in the middle of a lesson comes back to the learner's own world.
 */
import type { OpenSessionOk } from './storeSession';
import { readSaveText, type AutosaveOptions, type SaveReading } from './autosave';
import { latestKeptWorld, setAsideSave, type KeptWorld, type SetAside } from './keptWorlds';
import type { SessionLesson } from './sessionDoc';

export type SessionNotice =
  | { readonly kind: 'restored'; readonly savedAt: string | null; readonly atMs: number; readonly kept: KeptWorld | null }
  | { readonly kind: 'shared'; readonly atMs: number; readonly aside: SetAside }
  /** The address named a scenario, and the world saved here was set aside for it. */
  | { readonly kind: 'replaced'; readonly aside: SetAside }
  /** Nothing saved to restore, but a world set aside earlier is still kept. */
  | { readonly kind: 'kept'; readonly kept: KeptWorld }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly keptAs: string | null }
  | { readonly kind: 'badLink'; readonly reason: string };

export interface SessionStartOptions {
  readonly autosave: AutosaveOptions;
  /** The encoded session of a `#s=` fragment, if the page was opened with one. */
  readonly share: string | null;
  /** The lesson and step the address names, if any. */
  readonly lesson?: SessionLesson | null;
}

export interface SessionStart {
  readonly session: OpenSessionOk | null;
  readonly notice: SessionNotice | null;
  /**
   * Why autosave must stay off for this visit: a save that could be neither read nor moved is still under the
   * autosave key, and writing would destroy it. Null when autosave may run.
   */
  readonly autosaveOff: string | null;
}

const STUCK = 'the world saved in this browser could not be moved aside (storage is full), so it stays where it is and this visit is not saved automatically';

function offIfStuck(aside: SetAside): string | null {
  return aside.kind === 'stuck' ? STUCK : null;
}

/** A save that could not be read was kept aside (or, when it could not move, left in place with autosave off). */
function unreadable(reading: Extract<SaveReading, { kind: 'unreadable' }>, badLink: SessionNotice | null): SessionStart {
  const off = reading.keptAs === null ? `the saved world that could not be read is left where it was, so this visit is not saved automatically` : null;
  return { session: null, notice: badLink ?? { kind: 'unreadable', reason: reading.reason, keptAs: reading.keptAs }, autosaveOff: off };
}

export async function startSession(options: SessionStartOptions, explicitScenario: boolean, now: Date = new Date()): Promise<SessionStart> {
  // Opening a link or a save takes the session format and the CloudFormation loader (sessionOpening.ts); a visit with
  // neither does without them, so they are not on its first frame.
  const opening = options.share !== null || readSaveText(options.autosave) !== null ? await import('./sessionOpening') : null;
  const readSave = (): SaveReading => opening?.readSave(options.autosave, now) ?? { kind: 'none' };
  let badLink: SessionNotice | null = null;
  if (opening !== null && options.share !== null) {
    const { decodeSession, formatIssue } = opening;
    const opened = await decodeSession(options.share);
    if (opened.ok) {
      const aside = setAsideSave(options.autosave, now);
      return { session: opened, notice: { kind: 'shared', atMs: opened.atMs, aside }, autosaveOff: offIfStuck(aside) };
    }
    badLink = { kind: 'badLink', reason: opened.errors.map((issue) => formatIssue(issue).replace(/^error: /, '')).slice(0, 3).join(' ') };
  }
  const link = options.lesson ?? null;
  if (link !== null) {
    const reading = readSave();
    if (reading.kind === 'restored' && reading.session.lesson?.id === link.id && reading.session.lesson.step === link.step) {
      return { session: reading.session, notice: badLink ?? { kind: 'restored', savedAt: reading.savedAt, atMs: reading.session.atMs, kept: latestKeptWorld(options.autosave) }, autosaveOff: null };
    }
    if (reading.kind === 'unreadable') return unreadable(reading, badLink);
  }
  if (explicitScenario) {
    const aside = setAsideSave(options.autosave, now);
    return { session: null, notice: badLink ?? (aside.kind === 'none' ? null : { kind: 'replaced', aside }), autosaveOff: offIfStuck(aside) };
  }
  const reading = readSave();
  const kept = latestKeptWorld(options.autosave);
  if (reading.kind === 'restored') {
    return { session: reading.session, notice: badLink ?? { kind: 'restored', savedAt: reading.savedAt, atMs: reading.session.atMs, kept }, autosaveOff: null };
  }
  if (reading.kind === 'unreadable') return unreadable(reading, badLink);
  return { session: null, notice: badLink ?? (kept ? { kind: 'kept', kept } : null), autosaveOff: null };
}
