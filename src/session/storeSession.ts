/**
 * Session documents and a store: opening one replaces the world only when the document is valid and replays;
 * otherwise the current world stays as it is and the problem is shown through `loadError`, like a bad template.
 * Here, not in the store, because the store sits below sessions: it knows nothing of their format.
 */
import { createSimulation } from '../engine';
import { formatIssue } from '../scenario';
import {
  createSessionDoc,
  openSession,
  replayCommands,
  restoreSimulation,
  type OpenedSession,
  type SessionDoc,
} from './sessionDoc';
import type { ScenarioMeta, SimState } from '../store';

type StoreAccess = { getState(): SimState };
export type OpenSessionOk = Extract<OpenedSession, { ok: true }>;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Brings a store whose world is the session's scenario (fresh, at t = 0) to the session's moment, through the store's
 * own advanceTo and dispatch, so the log, figures and snapshot are those of a live run. Leaves it paused; the view
 * (lens, speed) is the caller's to set.
 */
export function replayInStore(store: StoreAccess, session: OpenSessionOk): void {
  const state = store.getState();
  state.pause();
  replayCommands({ advanceTo: (t) => store.getState().advanceTo(t), dispatch: (c) => store.getState().dispatch(c) }, session);
  // The lesson it was saved in resumes at its step once the app has fetched it (src/ui/lessons).
  if (session.lesson) store.getState().setLessonToResume({ id: session.lesson.id, step: session.lesson.step - 1 });
}

/** Opens a session document in a store at its moment, paused: validate, prove the replay runs, then replace the world; false (world untouched) otherwise. */
export function openSessionInStore(store: StoreAccess, input: unknown, meta: Partial<ScenarioMeta> = {}): boolean {
  const source = meta.source ?? 'session';
  const opened = openSession(input);
  if (!opened.ok) {
    store.getState().reportLoadError(source, opened.errors.map(formatIssue));
    return false;
  }
  try {
    // A dry run on a throwaway simulation: a document that validates but cannot replay must not cost the world.
    restoreSimulation(opened, createSimulation);
  } catch (error) {
    store.getState().reportLoadError(source, [`The session could not be replayed: ${errorMessage(error)}`]);
    return false;
  }
  const loaded = store.getState().load(opened.spec, {
    title: meta.title ?? opened.title,
    summary: meta.summary ?? opened.spec.summary,
    warnings: meta.warnings ?? opened.warnings,
    notSimulated: meta.notSimulated ?? opened.notSimulated,
    source,
  });
  if (!loaded) return false;
  replayInStore(store, opened);
  // The lens and speed it was saved with (at startup the address may override them instead; see App).
  if (opened.view) {
    store.getState().setSpeed(opened.view.speed);
    store.getState().setLens(opened.view.lens);
  }
  return true;
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
      ...(savedAt ? { savedAt } : {}),
      ...(lesson ? { lesson } : {}),
    },
    template,
  );
}
