import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { BundleSource } from './bundleList';
import { useModal } from '../useModal';

const ImportForm = lazy(() => import('./ImportForm'));

export interface ImportDialogProps {
  /** Where the bundled examples come from (the app's public folder unless a test says otherwise). */
  readonly bundles?: BundleSource;
}

/**
 * "Import…": templates from files, a folder or a drop, with an optional parameter file, or a bundled example (the
 * form, ImportForm, loads when the dialog first opens). The world changes only when everything loads.
 */
export function ImportDialog({ bundles }: ImportDialogProps) {
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialog = useModal(open, buttonRef);
  const titleId = useId();

  return (
    <>
      <button ref={buttonRef} type="button" className="button-secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import…
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <dialog
        ref={dialog}
        className="io-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        onKeyDown={(event) => {
          // The browser closes a modal dialog on Escape itself; this covers the plain open element (jsdom).
          if (event.key === 'Escape' && typeof dialog.current?.showModal !== 'function') setOpen(false);
        }}
      >
        <div className="legend-dialog-head">
          <h2 id={titleId}>Import templates</h2>
          <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        {open ? (
          <Suspense fallback={<p className="hint">Loading…</p>}>
            <ImportForm
              bundles={bundles}
              onLoaded={(title) => {
                setAnnouncement(`Loaded ${title}.`);
                setOpen(false);
              }}
            />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
