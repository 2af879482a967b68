/**
 * The key table and its handler (shortcutHandler.ts) are not in the first picture: they are fetched right after the
 * first frame (afterFirstFrame.ts), or at the first key pressed before that, which is handled once they are in.
 */
import { useEffect } from 'react';
import { afterFirstFrame } from '../afterFirstFrame';
import { lateModule, useLateModule } from '../lateModule';

export type Shortcuts = typeof import('./shortcutHandler');

const shortcuts = lateModule<Shortcuts>(() => import('./shortcutHandler'));

export const loadShortcuts = shortcuts.load;

/** The table if it is in, else null. */
export const loadedShortcuts = shortcuts.get;

/** Fetches the table right after the first frame; returns how to stop waiting. */
export function loadShortcutsAfterFirstFrame(): () => void {
  let live = true;
  void afterFirstFrame().then(() => {
    if (live) loadShortcuts().catch(() => undefined);
  });
  return () => {
    live = false;
  };
}

/** The table once it is in (null until then), fetched right after the first frame; re-renders when it arrives. */
export function useShortcutTable(): Shortcuts | null {
  useEffect(loadShortcutsAfterFirstFrame, []);
  return useLateModule(shortcuts);
}
