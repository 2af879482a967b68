import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a <dialog> modally while `open`: the browser then keeps focus inside it and makes the page behind inert, and
 * Escape closes it. On closing, focus goes back to `returnTo`. jsdom has no showModal; there the dialog is a plain
 * open element.
 */
export function useModal(open: boolean, returnTo: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else {
        d.setAttribute('open', '');
        // showModal would move focus in; do the same by hand.
        d.querySelector<HTMLElement>('button, input, [tabindex]')?.focus();
      }
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
      returnTo.current?.focus();
    }
  }, [open, returnTo]);
  return dialog;
}
