import { useRef, useState } from 'react';
import { Legend } from './panels/Legend';
import { useModal } from './useModal';

/** The AWS <-> orchestra mapping in a dialog, so it never covers the stage unless asked for. */
export function LegendToggle() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const dialog = useModal(open, opener);
  return (
    <>
      <button ref={opener} type="button" className="button-secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
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
