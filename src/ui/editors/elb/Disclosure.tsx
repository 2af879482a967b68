/**
 * A button that opens an editor in place and, when the editor closes (Apply or Cancel), takes focus back, so a
 * keyboard user is never left on a button that has gone.
 */
import { useCallback, useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  readonly label: string;
  readonly children: (close: () => void) => ReactNode;
}

export function Disclosure({ label, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const regionId = useId();
  const close = useCallback(() => {
    setOpen(false);
    // After React removes the form; the button itself stays mounted. By id, as `close` is handed out during render.
    queueMicrotask(() => document.getElementById(buttonId)?.focus());
  }, [buttonId]);
  return (
    <div className="elb-disclosure">
      <button id={buttonId} type="button" aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? <div id={regionId}>{children(close)}</div> : null}
    </div>
  );
}
