import { useEffect, type RefObject } from 'react';
import type { SimStore } from '../store';
import { SPEEDS } from '../store';

/** Keys that act only while focus is inside this app, so a docs page with several stages keeps its own keys. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'Space or K', does: 'Play or pause' },
  { keys: 'N', does: 'Step to the next event' },
  { keys: '+ / -', does: 'Faster / slower' },
  { keys: 'L', does: 'Switch the lens' },
  { keys: 'Escape', does: 'Clear the selection' },
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

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

export function useShortcuts(root: RefObject<HTMLElement | null>, store: SimStore): void {
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
          if (state.selection === null) return;
          state.select(null);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [root, store]);
}
