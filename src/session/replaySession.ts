/**
 * The replay of an opened session to its moment in a store (storeSession.ts opens the document). Apart from it
 * because the app's start-up replays a session it has already opened and needs nothing of the session format.
 */
import type { OpenedSession } from './sessionDoc';
import type { SeekOptions, SeekOutcome, SimState } from '../store';

export type StoreAccess = { getState(): SimState };
export type OpenSessionOk = Extract<OpenedSession, { ok: true }>;

/**
 * Brings a store whose world is the session's scenario (fresh, at t = 0) to the session's moment, through the store's
 * seek, so the log, figures and snapshot are those of a live run. Leaves it paused; the view (lens, speed) is the
 * caller's to set. `what` names the world for the progress ("the shared world").
 */
export function replayInStore(store: StoreAccess, session: OpenSessionOk, what: string, options?: SeekOptions): Promise<SeekOutcome> {
  store.getState().setBookmarks(session.bookmarks);
  const lesson = session.lesson;
  return store
    .getState()
    .seek({ commands: session.commands, atMs: session.atMs, what }, options)
    .then((outcome) => {
      if (outcome !== 'done') return outcome;
      // At the moment: what the run recorded after it plays on from here. Cancelled short of it, the run is a new one.
      store.getState().keepLater(session.later);
      // The lesson it was saved in resumes at its step once the app has fetched it (src/ui/lessons), on the world as
      // that step started; a replay cancelled half-way is not that world, so it opens without the lesson.
      if (lesson !== null) store.getState().setLessonToResume({ id: lesson.id, step: lesson.step - 1 });
      return outcome;
    });
}
