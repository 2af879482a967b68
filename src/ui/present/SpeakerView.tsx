import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../format';
import { openChannel, type SPEAKER_KEYS, type SpeakerStatus } from './speakerChannel';
import { readSpeakerMessage } from './speakerMessages';
import './speaker.css';

type SpeakerKey = (typeof SPEAKER_KEYS)[number];

function useElapsed(): number {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now - started;
}

/**
 * The speaker view: a second window (?speaker=1) for the presenter's screen. It shows the presenter's notes for the
 * current lesson step, the next step, the simulated clock and a wall clock since it opened, and the controls, which
 * drive the projected window through the channel. The audience's window never shows the notes.
 */
export function SpeakerView() {
  const channel = useRef<BroadcastChannel | null>(null);
  const [status, setStatus] = useState<SpeakerStatus | null>(null);
  const elapsed = useElapsed();

  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    if (!opened) return undefined;
    opened.onmessage = (event: MessageEvent) => {
      const message = readSpeakerMessage(event.data);
      if (message?.type === 'status') setStatus(message);
    };
    opened.postMessage({ type: 'hello' });
    return () => opened.close();
  }, []);

  const press = (key: SpeakerKey) => channel.current?.postMessage({ type: 'key', key });
  const control = (key: SpeakerKey, label: string) => (
    <button type="button" onClick={() => press(key)}>
      {label}
    </button>
  );

  return (
    <main className="speaker" aria-labelledby="speaker-title">
      <h1 id="speaker-title">Speaker view{status ? `: ${status.title}` : ''}</h1>
      {typeof BroadcastChannel !== 'function' ? <p role="alert">This browser cannot link two windows (no BroadcastChannel).</p> : null}
      {status === null ? (
        <p role="status">Waiting for the projected window… Open ECS Orchestra in another window of this browser (S opens this view from it).</p>
      ) : (
        <>
          <section className="speaker-clocks" aria-label="Clocks">
            <p>
              Simulated <strong data-testid="speaker-clock">{formatClock(status.now)}</strong> of {formatClock(status.end)} · {status.playing ? 'playing' : 'paused'} at {status.speed}x
            </p>
            <p>
              Talking for <strong>{formatClock(elapsed)}</strong>
            </p>
          </section>
          <section className="speaker-notes" aria-label="Notes">
            {status.step ? (
              <>
                <h2>
                  Step {status.step.index + 1} of {status.step.count}: {status.step.title}
                </h2>
                <p className="speaker-notes-text">{status.step.notes ?? 'No notes for this step.'}</p>
                <p className="speaker-next">Next: {status.nextTitle ?? 'the end of the lesson'}</p>
              </>
            ) : (
              <>
                <h2>No lesson open</h2>
                <p className="speaker-notes-text">Notes show here for each step of a lesson. Page Down goes to the next bookmark.</p>
                {status.bookmarks.length > 0 ? (
                  <p className="speaker-next">Bookmarks: {status.bookmarks.map((b) => `${formatClock(b.atMs)} ${b.name}`).join(' · ')}</p>
                ) : null}
              </>
            )}
          </section>
          <section className="speaker-controls" aria-label="Controls">
            {control(' ', status.playing ? 'Pause' : 'Play')}
            {control('n', 'Step')}
            {control('ArrowLeft', 'Back 10 s')}
            {control('ArrowRight', 'Forward 10 s')}
            {control('[', 'Previous marker')}
            {control(']', 'Next marker')}
            {control('PageUp', status.step ? 'Previous step' : 'Previous bookmark')}
            {control('PageDown', status.step ? 'Next step' : 'Next bookmark')}
            {control('-', 'Slower')}
            {control('+', 'Faster')}
            {control('p', status.presenting ? 'Leave presenter mode' : 'Presenter mode')}
            {control('b', status.blackout ? 'Show the stage' : 'Black screen')}
          </section>
        </>
      )}
    </main>
  );
}
