import { useSyncExternalStore } from 'react';

/** Whether a media query matches now, following it as the window changes; false where there is no matchMedia (jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  );
}

/** Below this width the dock is a bottom sheet and the page may scroll (the stage's own narrow layout starts here too). */
export const PHONE_QUERY = '(max-width: 699.98px)';
