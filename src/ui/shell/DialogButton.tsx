import { Suspense, useRef, useState, type ReactNode } from 'react';
import { useModal } from '../useModal';

export interface DialogButtonProps {
  /** The button's text and the dialog's heading. */
  readonly label: string;
  /** Rendered only while open, so lazy content loads the first time it is asked for. */
  readonly children: ReactNode;
}

/** A top-bar button that opens a modal dialog (Legend, Help): it never covers the stage unless asked for. */
export function DialogButton({ label, children }: DialogButtonProps) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const dialog = useModal(open, opener);
  return (
    <>
      <button ref={opener} type="button" className="button-secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </button>
      <dialog ref={dialog} className="legend-dialog" aria-label={label} onClose={() => setOpen(false)}>
        <div className="legend-dialog-head">
          <h2>{label}</h2>
          <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        {open ? <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense> : null}
      </dialog>
    </>
  );
}
