/**
 * Session documents and a store: opening one replaces the world only when the document is valid; otherwise the
 * current world stays as it is and the problem is shown through `loadError`, like a bad template. The replay to the
 * session's moment is the store's seek: in slices, with progress, cancellable (the world then stays where the
 * replay got to). Here, not in the store, because the store sits below sessions: it knows nothing of their format.
 */
import {
  createSessionDoc,
  openSession,
  type OpenedSession,
  type SessionDoc,
} from './sessionDoc';
import type { ScenarioMeta, SeekOptions, SeekOutcome, SimState } from '../store';
import { formatIssue } from '../scenario';

type StoreAccess = { getState(): SimState };
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

/** A session opened in a store: the world replaced, the replay to its moment under way (or done already). */
export type OpenedInStore = { readonly ok: false } | { readonly ok: true; readonly replay: Promise<SeekOutcome> };

/**
 * Opens a session document in a store at its moment, paused: validate, replace the world, then seek to the moment.
 * Not ok (world untouched, `loadError` says why) when the document is not valid.
 */
export function openSessionInStore(store: StoreAccess, input: unknown, meta: Partial<ScenarioMeta> = {}, options?: SeekOptions): OpenedInStore {
  const source = meta.source ?? 'session';
  const opened = openSession(input);
  if (!opened.ok) {
    store.getState().reportLoadError(source, opened.errors.map(formatIssue));
    return { ok: false };
  }
  const loaded = store.getState().load(opened.spec, {
    title: meta.title ?? opened.title,
    summary: meta.summary ?? opened.spec.summary,
    warnings: meta.warnings ?? opened.warnings,
    notSimulated: meta.notSimulated ?? opened.notSimulated,
    source,
  });
  if (!loaded) return { ok: false };
  // The lens and speed it was saved with (at startup the address may override them instead; see App).
  if (opened.view) {
    store.getState().setSpeed(opened.view.speed);
    store.getState().setLens(opened.view.lens);
  }
  return { ok: true, replay: replayInStore(store, opened, `“${opened.title}”`, options) };
}

/** The document of the store's world now, with its view (lens and speed). */
export function sessionDocOf(state: SimState, savedAt?: string, template?: Record<string, unknown>): SessionDoc {
  const play = state.lessonPlay;
  const lesson = play?.stepStart ? { id: play.lesson.id, step: play.stepIndex + 1, until: play.stepStart } : null;
  return createSessionDoc(
    {
      sim: state.sim,
      title: state.scenario.title,
      view: { lens: state.lens, speed: state.speed },
      bookmarks: state.timeline.bookmarks,
      later: state.timeline.later,
      ...(savedAt ? { savedAt } : {}),
      ...(lesson ? { lesson } : {}),
    },
    template,
  );
}
