/**
 * The key table and its handler (shortcutHandler.ts) are not in the first picture: they are fetched right after the
 * first frame (afterFirstFrame.ts), or at the first key pressed before that, which is handled once they are in.
 */
import { useEffect, useState } from 'react';
import { afterFirstFrame } from '../afterFirstFrame';

export type Shortcuts = typeof import('./shortcutHandler');

let loaded: Shortcuts | null = null;
let loading: Promise<Shortcuts> | null = null;

export function loadShortcuts(): Promise<Shortcuts> {
  loading ??= import('./shortcutHandler').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The table if it is in, else null. */
export function loadedShortcuts(): Shortcuts | null {
  return loaded;
}

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
    if (loaded) return undefined;
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
  return loaded;
}
