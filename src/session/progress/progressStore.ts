/**
 * Lesson progress kept in localStorage under `ecs-orchestra:lesson-progress`, as autosave keeps the world: storage is
 * never trusted, nothing here throws, and progress that cannot be read (damaged, or from another version) is
 * reported and moved aside whole to `...:kept:<ISO time>` before anything is written, never dropped. When it cannot
 * even be moved, it stays where it is and this visit keeps its progress in memory only. A small external store, so
 * the picker can follow it with useSyncExternalStore.
 */
import { moveStored, storageFailure, type SessionStorage } from '../autosave';
import { EMPTY_PROGRESS, mergeProgress, parseProgressText, type ProgressDoc } from './progressDoc';

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
  /** Replaces the progress with `update(progress)` and writes it (when it changed). */
  update(update: (progress: ProgressDoc) => ProgressDoc): void;
  /** A progress file's contents merged in; false with the reason when the text is not progress. */
  importText(text: string): { readonly ok: true } | { readonly ok: false; readonly reason: string };
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
  if (text !== null) {
    const read = parseProgressText(text);
    if (read.ok) progress = read.progress;
    else {
      const keptAs = moveStored(storage, PROGRESS_KEY, text, `${PROGRESS_KEY}:kept:${now().toISOString()}`);
      if (keptAs === null) writable = false;
      problem = { kind: 'unreadable', reason: read.reason, keptAs };
    }
  }

  const notify = (): void => listeners.forEach((listener) => listener());

  function write(): void {
    if (!writable || !storage) return;
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      if (problem?.kind === 'unsaved') problem = null;
    } catch (error) {
      problem = { kind: 'unsaved', reason: storageFailure(error) };
    }
  }

  return {
    get: () => progress,
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
    importText(imported) {
      const read = parseProgressText(imported);
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
