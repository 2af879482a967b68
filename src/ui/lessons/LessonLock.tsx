/**
 * What a lesson's step locks, where the learner meets it: a control that gives commands asks the store's
 * `lessonLock` (the runtime's `permission`, in the lens) before it offers them, and says why beside itself when it
 * may not. The store refuses a locked command anyway; this is so the learner knows before pressing.
 */
import type { CommandName } from '../../engine';
import { useSim } from '../../store';

/** Why the step locks any of these commands now (the first that is locked), or null. */
export function useLessonLock(names: readonly CommandName[]): string | null {
  const lock = useSim((state) => state.lessonLock);
  for (const name of names) {
    const why = lock(name);
    if (why !== null) return why;
  }
  return null;
}

/** The reason a control is locked, beside it (describe the control by `id`). */
export function LessonLockNote({ reason, id }: { readonly reason: string | null; readonly id?: string }) {
  if (reason === null) return null;
  return (
    <p id={id} className="lesson-lock-note">
      {reason}
    </p>
  );
}
