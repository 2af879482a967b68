import { useEffect, useRef, type RefObject } from 'react';
import type { SimStore } from '../../store';
import { SPEEDS } from '../../store';

/** Keys that act only while focus is inside this app, so a docs page with several stages keeps its own keys. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'Space or K', does: 'Play or pause' },
  { keys: 'N', does: 'Step to the next event' },
  { keys: '+ / -', does: 'Faster / slower' },
  { keys: 'L', does: 'Switch the lens' },
  { keys: 'Escape', does: 'In the side panel: back to the selected node; on the stage: clear the selection' },
  { keys: 'Ctrl+Z (⌘Z)', does: 'Undo the last edit' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y (⇧⌘Z)', does: 'Redo' },
];

/** Ctrl/Cmd+Z and its redo forms; in a text field the field's own undo wins. */
function undoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Focus is in a field that takes typing, where keys belong to the field. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

/**
 * The app's keys. `onEscape` gets Escape first and returns true when it dealt with it (the shell moves focus from the
 * dock back to the selected node); otherwise Escape clears the selection.
 */
export function useShortcuts(root: RefObject<HTMLElement | null>, store: SimStore, onEscape?: (event: KeyboardEvent) => boolean): void {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  }, [onEscape]);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const history = undoKey(event);
      if (history !== null && !event.defaultPrevented && !typing(event.target)) {
        const state = store.getState();
        if (history === 'undo') state.undo();
        else state.redo();
        event.preventDefault();
        return;
      }
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const state = store.getState();
      const onButton = event.target instanceof HTMLElement && event.target.closest('button, [role="button"], a') !== null;
      switch (event.key) {
        case ' ':
          // Space on a focused control presses it; elsewhere it plays and pauses.
          if (onButton) return;
          state.togglePlaying();
          break;
        case 'k':
        case 'K':
          state.togglePlaying();
          break;
        case 'n':
        case 'N':
          state.step();
          break;
        case 'l':
        case 'L':
          state.toggleLens();
          break;
        case '+':
        case '=': {
          const faster = SPEEDS.find((s) => s > state.speed);
          if (faster !== undefined) state.setSpeed(faster);
          break;
        }
        case '-': {
          const slower = [...SPEEDS].reverse().find((s) => s < state.speed);
          if (slower !== undefined) state.setSpeed(slower);
          break;
        }
        case 'Escape':
          if (escape.current?.(event)) break;
          if (state.selection === null) return;
          state.select(null);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    // Heard at the document, after the app's own handlers (React's, at its root) have had the key: a form's Escape
    // that closes the form stops it there. Only keys from inside this app count.
    // The root node is the document, or the shadow root of a custom element (where the document would see the
    // element itself as the target).
    const scope = element.getRootNode();
    const onDocumentKeyDown = (event: Event) => {
      if (event instanceof KeyboardEvent && event.target instanceof Node && element.contains(event.target)) onKeyDown(event);
    };
    scope.addEventListener('keydown', onDocumentKeyDown);
    return () => scope.removeEventListener('keydown', onDocumentKeyDown);
  }, [root, store]);
}
