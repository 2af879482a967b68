/**
 * Buttons that open an editor in place. When the editor closes (Apply or Cancel) focus goes back to the button
 * that opened it, so a keyboard user is never left on a button that has gone or sent to the top of the page.
 */
import { useCallback, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import './form.css';

export interface DisclosureButtonProps {
  readonly label: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly controls?: string;
  /** Where focus goes back when the editor closes. */
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

/** A button that shows or hides an editor below it (one of a group; see useOpenEditor). */
export function DisclosureButton({ label, open, onToggle, controls, buttonRef }: DisclosureButtonProps) {
  return (
    <button ref={buttonRef} type="button" className="edit-disclosure" aria-expanded={open} aria-controls={open ? controls : undefined} onClick={onToggle}>
      {label}
    </button>
  );
}

/** Which of a panel's editors is open (one at a time), and focus back on the button that opened it when it closes. */
export function useOpenEditor<K extends string>() {
  const [open, setOpen] = useState<K | null>(null);
  const buttons = useRef(new Map<K, HTMLButtonElement>());
  const toggle = useCallback((key: K) => setOpen((current) => (current === key ? null : key)), []);
  const close = useCallback(() => {
    setOpen((current) => {
      if (current !== null) {
        const button = buttons.current.get(current);
        // After the form unmounts, so focus is not lost with it.
        queueMicrotask(() => button?.focus());
      }
      return null;
    });
  }, []);
  const refFor = useCallback(
    (key: K) => (element: HTMLButtonElement | null) => {
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    },
    [],
  );
  return { open, toggle, close, refFor };
}

export interface DisclosureProps {
  readonly label: string;
  readonly children: (close: () => void) => ReactNode;
}

/** A button and the editor it opens under it, on its own (others beside it may be open too). */
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
    <div className="edit-disclosure-group">
      <button id={buttonId} type="button" className="edit-disclosure" aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? <div id={regionId}>{children(close)}</div> : null}
    </div>
  );
}
