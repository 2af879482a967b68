import { useState } from 'react';
import { clearSave } from '../../session/autosave';
import { useSessionContext } from '../../session/SessionContext';
import type { SessionNotice as Notice } from '../../session/startSession';
import { useSessionLifecycle } from '../../session/useSessionLifecycle';
import { useSimStore } from '../../store';
import { formatClock } from '../format';

function savedTime(savedAt: string | null): string {
  const date = savedAt === null ? null : new Date(savedAt);
  if (date === null || Number.isNaN(date.getTime())) return 'your last visit';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function text(notice: Notice): string {
  switch (notice.kind) {
    case 'restored':
      return `Restored your world from ${savedTime(notice.savedAt)}, paused at ${formatClock(notice.atMs)}.`;
    case 'shared':
      return `Opened a shared world, paused at ${formatClock(notice.atMs)}.`;
    case 'unreadable':
      return `Your saved world could not be restored. ${notice.reason} ${
        notice.keptAs ? `It is kept in this browser's storage under "${notice.keptAs}".` : 'It is left where it was.'
      } The default scenario is open instead.`;
    case 'badLink':
      return `The shared link could not be opened: ${notice.reason}`;
  }
}

/**
 * Says, once, where the world on screen came from (a save, a link) or why it did not come from there; "Start over"
 * drops a restored world for the default scenario. Also runs the app's session lifecycle (restore, autosave).
 */
export function SessionNotice() {
  const store = useSimStore();
  const context = useSessionContext();
  useSessionLifecycle(store, context);
  const [dismissed, setDismissed] = useState(false);
  const notice = context?.notice ?? null;
  if (notice === null || dismissed || context === null) return null;
  const problem = notice.kind === 'unreadable' || notice.kind === 'badLink';

  const startOver = async () => {
    setDismissed(true);
    clearSave(context.autosave);
    try {
      const { text: template, file } = await context.readDefault();
      store.getState().loadTemplate(template, file);
    } catch (error) {
      store.getState().reportLoadError('default scenario', [error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <section className={problem ? 'session-notice session-notice-problem' : 'session-notice'} aria-label="Session" role="status">
      <p>{text(notice)}</p>
      <div className="session-notice-actions">
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
  );
}
