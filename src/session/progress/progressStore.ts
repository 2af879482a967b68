/**
 * Lesson progress kept in localStorage under `ecs-orchestra:lesson-progress`, as autosave keeps the world: storage is
 * never trusted, nothing here throws, and progress that cannot be read (damaged, or from another version) is
 * reported and moved aside whole to `...:kept:<ISO time>` before anything is written, never dropped. When it cannot
 * even be moved, it stays where it is and this visit keeps its progress in memory only. A small external store, so
 * the picker can follow it with useSyncExternalStore. Progress is read (progressReading.ts, with zod) only when there
 * is some: storage that holds none costs the page's first frame nothing; storage that does is read once its reader
 * has come (`ready`), and nothing is written before then.
 */
import { moveStored, storageFailure, type SessionStorage } from '../autosave';
import { EMPTY_PROGRESS, mergeProgress, type ProgressDoc } from './progressDoc';
import type { ProgressReading } from './progressReading';

const reader = () => import('./progressReading');

export const PROGRESS_KEY = 'ecs-orchestra:lesson-progress';

/** What went wrong with the progress kept here, for the picker to say. */
export type ProgressProblem =
  /** Progress that could not be read, moved to `keptAs` (or left in place when it could not be moved: null). */
  | { readonly kind: 'unreadable'; readonly reason: string; readonly keptAs: string | null }
  /** Writing failed (storage full): progress is kept in memory for this visit. */
  | { readonly kind: 'unsaved'; readonly reason: string };

export interface ProgressStore {
  readonly get: () => ProgressDoc;
  /** Null while all is well. */
  readonly problem: () => ProgressProblem | null;
  readonly subscribe: (listener: () => void) => () => void;
  /** Settles once the progress kept in storage has been read (at once when there is none). */
  readonly ready: Promise<void>;
  /** Replaces the progress with `update(progress)` and writes it (when it changed). */
  update(update: (progress: ProgressDoc) => ProgressDoc): void;
  /** A progress file's contents merged in; false with the reason when the text is not progress. */
  importText(text: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: string }>;
  /** The progress as a file's text. */
  exportText(now?: Date): string;
}

export interface ProgressStoreOptions {
  /** Null: memory only (embeds, tests, a browser without storage). */
  readonly storage: SessionStorage | null;
  readonly now?: () => Date;
}

export function createProgressStore({ storage, now = () => new Date() }: ProgressStoreOptions): ProgressStore {
  let progress: ProgressDoc = EMPTY_PROGRESS;
  let problem: ProgressProblem | null = null;
  // False when unreadable progress could not be moved aside: writing would destroy it.
  let writable = storage !== null;
  const listeners = new Set<() => void>();

  let text: string | null = null;
  try {
    text = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    writable = false;
  }
  // Until what storage holds is read, nothing is written over it.
  let reading = text !== null;

  const notify = (): void => listeners.forEach((listener) => listener());

  function write(): void {
    if (reading || !writable || !storage) return;
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      if (problem?.kind === 'unsaved') problem = null;
    } catch (error) {
      problem = { kind: 'unsaved', reason: storageFailure(error) };
    }
  }

  /** What storage held, read; anything recorded meanwhile is merged in, so none of it is lost. */
  function settle(stored: string, read: ProgressReading): void {
    const meanwhile = progress;
    if (read.ok) progress = meanwhile === EMPTY_PROGRESS ? read.progress : mergeProgress(read.progress, meanwhile);
    else {
      const keptAs = moveStored(storage, PROGRESS_KEY, stored, `${PROGRESS_KEY}:kept:${now().toISOString()}`);
      if (keptAs === null) writable = false;
      problem = { kind: 'unreadable', reason: read.reason, keptAs };
    }
    reading = false;
    if (meanwhile !== EMPTY_PROGRESS) write();
    notify();
  }

  const ready: Promise<void> =
    text === null
      ? Promise.resolve()
      : reader().then(
          ({ parseProgressText }) => settle(text, parseProgressText(text)),
          (error: unknown) => {
            // Without its reader the progress cannot be judged: it stays where it is, and this visit writes nothing.
            writable = false;
            reading = false;
            problem = { kind: 'unreadable', reason: `Its reader could not be loaded (${error instanceof Error ? error.message : String(error)}).`, keptAs: null };
            notify();
          },
        );

  return {
    get: () => progress,
    ready,
    problem: () => problem,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update(update) {
      const next = update(progress);
      if (next === progress) return;
      progress = next;
      write();
      notify();
    },
    async importText(imported) {
      let read: ProgressReading;
      try {
        read = (await reader()).parseProgressText(imported);
      } catch (error) {
        return { ok: false, reason: `Its reader could not be loaded (${error instanceof Error ? error.message : String(error)}).` };
      }
      if (!read.ok) return read;
      progress = mergeProgress(progress, read.progress);
      write();
      notify();
      return { ok: true };
    },
    exportText(at = now()) {
      return JSON.stringify({ ...progress, savedAt: at.toISOString() }, null, 2) + '\n';
    },
  };
}
