/**
 * When a caption shows and how it fades, by simulated time: it holds for CAPTION_HOLD_MS, then fades out over
 * CAPTION_FADE_MS (with reduced motion it holds for both and is then gone at once). Paused, it stays; at 10x it
 * goes ten times sooner. A subject shows its latest two lines.
 */
import type { CaptionSubject, CaptionTone } from '../../../lens/captions';
import type { Lens } from '../../../lens/vocabulary';

export const CAPTION_HOLD_MS = 6_000;
export const CAPTION_FADE_MS = 2_000;
export const CAPTION_LIFE_MS = CAPTION_HOLD_MS + CAPTION_FADE_MS;
/** Lines per subject: the two latest (a failure and what ECS does about it). */
export const LINES_PER_SUBJECT = 2;

export interface CaptionEntry {
  /** The log sequence number of the event that made it (unique, in order). */
  readonly seq: number;
  /** Simulated ms of the event. */
  readonly t: number;
  readonly subject: CaptionSubject;
  readonly tone: CaptionTone;
  /** The words in each lens, made when it happened (the facts in them belong to that instant). */
  readonly text: Readonly<Record<Lens, string>>;
}

export interface ShownCaption {
  /** "task:WebService-1" */
  readonly key: string;
  readonly subject: CaptionSubject;
  /** Oldest first. */
  readonly lines: readonly CaptionEntry[];
}

export function subjectKey(subject: CaptionSubject): string {
  return `${subject.kind}:${subject.id}`;
}

/** 1 while held, falling to 0 over the fade; 0 once over (at once with reduced motion). */
export function captionOpacity(t: number, now: number, reduced: boolean): number {
  const age = now - t;
  if (age < 0) return 1;
  if (age >= CAPTION_LIFE_MS) return 0;
  if (reduced || age <= CAPTION_HOLD_MS) return 1;
  return 1 - (age - CAPTION_HOLD_MS) / CAPTION_FADE_MS;
}

export function isLive(entry: CaptionEntry, now: number): boolean {
  return now - entry.t < CAPTION_LIFE_MS;
}

/** The captions on stage at `now`, one per subject, in the order their latest line appeared. */
export function shownCaptions(entries: readonly CaptionEntry[], now: number): ShownCaption[] {
  const bySubject = new Map<string, { subject: CaptionSubject; lines: CaptionEntry[] }>();
  for (const entry of entries) {
    if (!isLive(entry, now)) continue;
    const key = subjectKey(entry.subject);
    const known = bySubject.get(key);
    if (known) {
      // The same words again (two target groups, or a repeat) are one line.
      if (!known.lines.some((line) => line.text.aws === entry.text.aws)) known.lines.push(entry);
    } else bySubject.set(key, { subject: entry.subject, lines: [entry] });
  }
  return [...bySubject]
    .map(([key, { subject, lines }]) => ({ key, subject, lines: lines.slice(-LINES_PER_SUBJECT) }))
    .sort((a, b) => (a.lines.at(-1)?.seq ?? 0) - (b.lines.at(-1)?.seq ?? 0));
}
