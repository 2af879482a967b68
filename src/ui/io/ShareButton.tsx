import { useEffect, useId, useRef, useState } from 'react';
import { buildShareLink, MAX_SHARE_URL_LENGTH } from '../../session/shareLink';
import { useSimStore } from '../../store';
import { formatCount } from '../format';
import { saveExport } from './saveExport';

type Shared =
  | { readonly kind: 'copied'; readonly url: string }
  | { readonly kind: 'manual'; readonly url: string }
  | { readonly kind: 'tooBig'; readonly length: number }
  | { readonly kind: 'failed'; readonly reason: string };

async function copy(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Copy link": the world at this moment in the address's fragment, which never leaves the browser. The link is also
 * shown in a field, so it can be copied by hand where the clipboard is not available.
 */
export function ShareButton() {
  const store = useSimStore();
  const [shared, setShared] = useState<Shared | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const panelId = useId();

  useEffect(() => {
    if (shared?.kind === 'manual') fieldRef.current?.select();
  }, [shared]);

  const onCopy = async () => {
    setBusy(true);
    setAnnouncement('');
    try {
      const { sessionDocOf } = await import('../../session/storeSession');
      const link = await buildShareLink(sessionDocOf(store.getState()), window.location.href);
      if (!link.ok) {
        setShared({ kind: 'tooBig', length: link.length });
        setAnnouncement('This world is too big for a link.');
      } else if (await copy(link.url)) {
        setShared({ kind: 'copied', url: link.url });
        setAnnouncement('Link copied');
      } else {
        setShared({ kind: 'manual', url: link.url });
        setAnnouncement('The clipboard is not available: copy the link from the field.');
      }
    } catch (error) {
      setShared({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setShared(null);
    buttonRef.current?.focus();
  };
  const exportInstead = () => void saveExport(store, 'commands-json');

  return (
    <div className="share">
      <button ref={buttonRef} type="button" className="button-secondary" onClick={() => void onCopy()} disabled={busy} aria-controls={shared ? panelId : undefined}>
        Copy link
      </button>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {shared ? (
        <div
          id={panelId}
          className="share-panel"
          role="group"
          aria-label="Share link"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          {shared.kind === 'copied' || shared.kind === 'manual' ? (
            <>
              <label htmlFor={fieldId}>{shared.kind === 'copied' ? 'Link copied. The link:' : 'Copy this link (Ctrl+C or ⌘C):'}</label>
              <input id={fieldId} ref={fieldRef} className="share-field" readOnly value={shared.url} onFocus={(event) => event.target.select()} />
              <p className="hint">It opens this world at this moment, paused. Everything is in the link; nothing is uploaded.</p>
            </>
          ) : shared.kind === 'tooBig' ? (
            <>
              <p>
                This world is too big for a link: it would be {formatCount(shared.length)} characters, and links stop at{' '}
                {formatCount(MAX_SHARE_URL_LENGTH)}. Share a file instead.
              </p>
              <button type="button" onClick={exportInstead}>
                Export template with commands
              </button>
            </>
          ) : (
            <p>The link could not be made: {shared.reason}</p>
          )}
          <button type="button" className="button-secondary" onClick={close}>
            Close
          </button>
        </div>
      ) : null}
    </div>
  );
}
