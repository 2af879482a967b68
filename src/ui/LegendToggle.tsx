import { useEffect, useRef, useState } from 'react';
import { Legend } from './panels/Legend';

/** The AWS <-> orchestra mapping in a dialog, so it never covers the stage unless asked for. */
export function LegendToggle() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // jsdom has no showModal; the dialog still works as a plain open element there.
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return (
    <>
      <button type="button" className="button-secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Legend
      </button>
      <dialog ref={dialog} className="legend-dialog" aria-label="Legend" onClose={() => setOpen(false)}>
        <div className="legend-dialog-head">
          <h2>Legend</h2>
          <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        {open ? <Legend /> : null}
      </dialog>
    </>
  );
}
