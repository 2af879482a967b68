import { useEffect, useRef, type RefObject } from 'react';
import type { SimStore } from '../../store';
import { formatClock } from '../format';
import type { ShortcutActions } from './shortcutHandler';
import { loadedShortcuts, loadShortcuts, loadShortcutsAfterFirstFrame } from './shortcutTable';

export type { ShortcutActions } from './shortcutHandler';

/**
 * The app's keys, bound from the one table (keyBindings.ts, handled by shortcutHandler.ts). They act only while focus
 * is inside this app (a docs page with several stages keeps each one's keys to itself) and never while typing in a
 * field. The table comes right after the first frame (shortcutTable.ts); a key pressed before is handled when it is in.
 */
export function useShortcuts(root: RefObject<HTMLElement | null>, store: SimStore, actions: ShortcutActions = {}): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(loadShortcutsAfterFirstFrame, []);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let live = true;
    const onKeyDown = (event: KeyboardEvent, target: EventTarget | null) => {
      const shortcuts = loadedShortcuts();
      if (shortcuts) {
        shortcuts.handleShortcutKey(event, target, element, store, { ...latest.current, clock: formatClock });
        return;
      }
      void loadShortcuts().then((module) => {
        if (live) module.handleShortcutKey(event, target, element, store, { ...latest.current, clock: formatClock });
      });
    };
    // Heard at the document, after the app's own handlers (React's, at its root) have had the key: a form's Escape
    // that closes the form stops it there. Only keys from inside this app count.
    // The root node is the document, or the shadow root of a custom element (where the document would see the
    // element itself as the target).
    const scope = element.getRootNode();
    const onDocumentKeyDown = (event: Event) => {
      if (event instanceof KeyboardEvent && event.target instanceof Node && element.contains(event.target)) onKeyDown(event, event.target);
    };
    scope.addEventListener('keydown', onDocumentKeyDown);
    return () => {
      live = false;
      scope.removeEventListener('keydown', onDocumentKeyDown);
    };
  }, [root, store]);
}
