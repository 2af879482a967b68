import { useEffect, type RefObject } from 'react';
import type { SimStore } from '../../store';

/**
 * An embed scrolled out of view stops advancing, and plays on when it is back, if it was this that paused it (a
 * reader's own pause stays). The observer's implicit root is the top page's viewport, also from inside an iframe.
 */
export function useVisibilityPause(root: RefObject<HTMLElement | null>, store: SimStore): void {
  useEffect(() => {
    const element = root.current;
    if (!element || typeof IntersectionObserver !== 'function') return;
    let pausedHere = false;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const state = store.getState();
      if (!entry.isIntersecting && state.playing) {
        pausedHere = true;
        state.pause();
      } else if (entry.isIntersecting && pausedHere) {
        pausedHere = false;
        if (!state.playing && state.seeking === null) state.play();
      }
    });
    observer.observe(element);
    // Played or paused by anyone else meanwhile: that choice stands.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.playing !== previous.playing && !(previous.playing && pausedHere)) pausedHere = false;
    });
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [root, store]);
}
