/**
 * The key table and its handler (shortcutHandler.ts) are not in the first picture: they are fetched right after the
 * first frame (afterFirstFrame.ts), or at the first key pressed before that, which is handled once they are in.
 */
import { useEffect, useState } from 'react';
import { afterFirstFrame } from '../afterFirstFrame';
import { lateModule } from '../lateModule';

export type Shortcuts = typeof import('./shortcutHandler');

const shortcuts = lateModule<Shortcuts>(() => import('./shortcutHandler'));

export const loadShortcuts = shortcuts.load;

/** The table if it is in, else null. */
export const loadedShortcuts = shortcuts.get;

/** Fetches the table right after the first frame; returns how to stop waiting. */
export function loadShortcutsAfterFirstFrame(): () => void {
  let live = true;
  void afterFirstFrame().then(() => {
    if (live) void loadShortcuts();
  });
  return () => {
    live = false;
  };
}

/** The table once it is in (null until then), fetched right after the first frame; re-renders when it arrives. */
export function useShortcutTable(): Shortcuts | null {
  const [, setArrived] = useState(false);
  useEffect(() => {
    if (shortcuts.get()) return undefined;
    let live = true;
    void afterFirstFrame()
      .then(loadShortcuts)
      .then(() => {
        if (live) setArrived(true);
      });
    return () => {
      live = false;
    };
  }, []);
  return shortcuts.get();
}
