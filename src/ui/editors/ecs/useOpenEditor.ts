import { useCallback, useRef, useState } from 'react';

/**
 * Which of a panel's editors is open (one at a time), and focus back on the button that opened it when it closes,
 * so a keyboard user never lands at the top of the page.
 */
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
