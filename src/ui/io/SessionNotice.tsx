import { useState } from 'react';
import { clearSave } from '../../session/autosave';
import { keepWorldAside, readKeptWorld, returnKeptWorld, type KeptWorld, type SetAside } from '../../session/keptWorlds';
import { useSessionContext } from '../../session/SessionContext';
import type { SessionNotice as Notice } from '../../session/startSession';
import { useSessionLifecycle } from '../../session/useSessionLifecycle';
import { loadScenarioLoader, useSimStore } from '../../store';
import { formatClock } from '../format';
import { SaveProblem } from './SaveProblem';
import { useFirstWorld } from './useFirstWorld';
import { SeekProgress } from './SeekProgress';
import './io.css';

function savedTime(savedAt: string | null): string {
  const date = savedAt === null ? null : new Date(savedAt);
  if (date === null || Number.isNaN(date.getTime())) return 'your last visit';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function keptText(world: KeptWorld): string {
  return `“${world.title}” (saved ${world.savedAt === null ? 'earlier' : savedTime(world.savedAt)}, at ${formatClock(world.atMs)})`;
}

function asideText(aside: SetAside): string {
  switch (aside.kind) {
    case 'kept':
      return ` The world you had in this browser, ${keptText(aside.world)}, is kept: you can go back to it.`;
    case 'keptUnreadable':
      return ` The save that was here could not be read; it is kept in this browser's storage under "${aside.keptAs}".`;
    case 'stuck':
      return " The world saved in this browser could not be moved aside (storage is full), so it stays where it is and this visit is not saved.";
    case 'none':
      return '';
  }
}

/** The notice's sentence; `stoppedEarly` when its replay was cancelled (SeekProgress says where it stopped). */
function text(notice: Notice, stoppedEarly: boolean): string {
  const pausedAt = (atMs: number) => (stoppedEarly ? '' : `, paused at ${formatClock(atMs)}`);
  switch (notice.kind) {
    case 'restored':
      return `Restored your world from ${savedTime(notice.savedAt)}${pausedAt(notice.atMs)}.${
        notice.kept ? ` A world set aside when a link or a named scenario opened, ${keptText(notice.kept)}, is kept too.` : ''
      }`;
    case 'shared':
      return `Opened a shared world${pausedAt(notice.atMs)}.${asideText(notice.aside)}`;
    case 'replaced':
      return `Opened the scenario the address names.${asideText(notice.aside)}`;
    case 'kept':
      return `A world set aside when a link or a named scenario opened, ${keptText(notice.kept)}, is kept in this browser.`;
    case 'unreadable':
      return `Your saved world could not be restored. ${notice.reason} ${
        notice.keptAs
          ? `It is kept in this browser's storage under "${notice.keptAs}".`
          : 'It is left where it was, and this visit is not saved automatically so as not to overwrite it.'
      } The default scenario is open instead.`;
    case 'badLink':
      return `The shared link could not be opened: ${notice.reason}`;
  }
}

/** The world a notice offers to go back to, if any. */
function offered(notice: Notice): KeptWorld | null {
  if (notice.kind === 'restored' || notice.kind === 'kept') return notice.kept;
  if ((notice.kind === 'shared' || notice.kind === 'replaced') && notice.aside.kind === 'kept') return notice.aside.world;
  return null;
}

/**
 * Says, once, where the world on screen came from (a save, a link) or why it did not come from there; "Start over"
 * drops a restored world for the default scenario, and "Go back to my world" opens a world a link or a named
 * scenario set aside (the world on screen is set aside first). It goes once another world is loaded. Also runs the
 * app's session lifecycle (restore, autosave) and says when saving fails.
 */
export function SessionNotice() {
  const store = useSimStore();
  const context = useSessionContext();
  const lifecycle = useSessionLifecycle(store, context);
  const [dismissed, setDismissed] = useState(false);
  const firstWorld = useFirstWorld();
  const notice = context?.notice ?? null;
  const problem = lifecycle.failure ?? context?.autosaveOff ?? null;
  const saving = (
    <>
      {problem !== null && context !== null ? <SaveProblem reason={problem} /> : null}
      <SeekProgress />
    </>
  );
  if (notice === null || dismissed || !firstWorld || context === null) return saving;
  const isProblem = notice.kind === 'unreadable' || notice.kind === 'badLink';
  const kept = offered(notice);

  const startOver = async () => {
    setDismissed(true);
    clearSave(context.autosave);
    try {
      const { text: template, file } = await context.readDefault();
      await loadScenarioLoader();
      store.getState().loadTemplate(template, file);
    } catch (error) {
      store.getState().reportLoadError('default scenario', [error instanceof Error ? error.message : String(error)]);
    }
  };

  const goBack = async (world: KeptWorld) => {
    const doc = readKeptWorld(context.storage, world);
    if (doc === null) {
      store.getState().reportLoadError('kept world', [`It is no longer in this browser's storage (${world.key}).`]);
      return;
    }
    // Opening a document takes the session format and the loader, fetched when first needed.
    const { openSessionInStore, sessionDocOf } = await import('../../session/storeSession');
    keepWorldAside(context.storage, sessionDocOf(store.getState(), new Date().toISOString()));
    if (openSessionInStore(store, doc, { source: 'kept world' }).ok) {
      returnKeptWorld(context.storage, world);
      setDismissed(true);
    }
  };

  return (
    <>
      {saving}
      <section className={isProblem ? 'session-notice session-notice-problem' : 'session-notice'} aria-label="Session" role="status">
        <p>{text(notice, lifecycle.restore === 'cancelled')}</p>
        <div className="session-notice-actions">
          {kept ? (
            <button type="button" onClick={() => void goBack(kept)}>
              Go back to my world
            </button>
          ) : null}
          {notice.kind === 'restored' || notice.kind === 'shared' ? (
            <button type="button" className="button-secondary" onClick={() => void startOver()}>
              Start over
            </button>
          ) : null}
          <button type="button" className="button-secondary" onClick={() => setDismissed(true)}>
            Dismiss
          </button>
        </div>
      </section>
    </>
  );
}
