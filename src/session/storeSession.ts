/**
 * Session documents and a store: opening one replaces the world only when the document is valid; otherwise the
 * current world stays as it is and the problem is shown through `loadError`, like a bad template. The replay to the
 * session's moment is the store's seek: in slices, with progress, cancellable (the world then stays where the
 * replay got to). Here, not in the store, because the store sits below sessions: it knows nothing of their format.
 */
import {
  createSessionDoc,
  openSession,
  type SessionDoc,
} from './sessionDoc';
import type { ScenarioMeta, SeekOptions, SeekOutcome, SimState } from '../store';
import { formatIssue } from '../scenario';
import { replayInStore, type StoreAccess } from './replaySession';

export { replayInStore, type OpenSessionOk } from './replaySession';

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
