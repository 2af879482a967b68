import { useEffect, useId, useRef, useState } from 'react';
import { useSim, useSimStore, type SeekProgress as Progress } from '../../store';
import { formatClock } from '../format';
import { useModal } from '../useModal';

/** A seek that stopped short of its moment: what it was opening, where it stopped and where it was going. */
interface Stopped {
  readonly what: string;
  readonly at: number;
  readonly to: number;
}

function share(progress: Progress): number {
  const span = progress.to - progress.from;
  return span > 0 ? Math.min(1, Math.max(0, (progress.at - progress.from) / span)) : 1;
}

export function seekText(progress: Progress): string {
  return `${formatClock(progress.at)} of ${formatClock(progress.to)} simulated (${Math.floor(share(progress) * 100)} %)`;
}

export function stoppedText(stopped: Stopped): string {
  return `Stopped opening ${stopped.what} at ${formatClock(stopped.at)}, before its moment (${formatClock(stopped.to)}). The world is paused there, with every command up to then applied; Play goes on from it.`;
}

/**
 * While the store seeks (a session or a share link replayed to its moment, src/store/seek.ts): a modal dialog with
 * how far it has got and Cancel (Escape cancels too); the page behind stays responsive but cannot change the world
 * half-way. After a cancel, a note says where the world stopped.
 */
export function SeekProgress() {
  const store = useSimStore();
  const progress = useSim((state) => state.seeking);
  const cancelSeek = useSim((state) => state.cancelSeek);
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const nowhere = useRef<HTMLElement>(null);
  const dialog = useModal(progress !== null, nowhere);
  const titleId = useId();

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.seeking !== null) setStopped(null);
        else if (previous.seeking !== null && state.sim === previous.sim && state.sim.now() < previous.seeking.to) {
          setStopped({ what: previous.seeking.what, at: state.sim.now(), to: previous.seeking.to });
        }
      }),
    [store],
  );

  return (
    <>
      <dialog
        ref={dialog}
        className="io-dialog seek-dialog"
        aria-labelledby={titleId}
        onCancel={(event) => {
          // Escape stops the replay where it is; the dialog closes when the seek ends.
          event.preventDefault();
          cancelSeek();
        }}
      >
        {progress ? (
          <>
            <h2 id={titleId}>Opening {progress.what}</h2>
            <p>Replaying it to its moment: {seekText(progress)}.</p>
            <progress max={100} value={Math.floor(share(progress) * 100)} aria-label={`Opening ${progress.what}`}>
              {Math.floor(share(progress) * 100)} %
            </progress>
            <div className="session-notice-actions">
              <button type="button" onClick={cancelSeek}>
                Cancel
              </button>
            </div>
          </>
        ) : null}
      </dialog>
      {stopped ? (
        <section className="session-notice" aria-label="Opening stopped" role="status">
          <p>{stoppedText(stopped)}</p>
          <div className="session-notice-actions">
            <button type="button" className="button-secondary" onClick={() => setStopped(null)}>
              Dismiss
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
