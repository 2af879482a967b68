import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { SimStore } from '../../store';
import { clampDockWidth, defaultDockWidth, FIRST_TAB, type DockTab } from './dockTabs';

export interface Dock {
  readonly tab: DockTab;
  /** Expanded beside the stage, or (on a phone) the sheet pulled up. */
  readonly open: boolean;
  /** CSS pixels: the learner's choice, else the default for this window. */
  readonly width: number;
  readonly windowWidth: number;
  /** Tabs opened at least once: their panels stay mounted (hidden) so drafts and filters survive a switch. */
  readonly visited: ReadonlySet<DockTab>;
  /** Bumped when a pick on the stage should move focus to the inspector's heading. */
  readonly focusRequest: number;
  readonly choose: (tab: DockTab) => void;
  readonly setOpen: (open: boolean) => void;
  readonly resize: (width: number) => void;
  readonly focusInspector: () => void;
}

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const windowWidthNow = () => window.innerWidth;

/**
 * The dock's state. Selecting anything opens the Inspector tab (and the dock, or the sheet), except a target group
 * picked from the Metrics tab itself, whose charts follow the selection where they are. A lesson that opens opens
 * the Lesson tab.
 */
export function useDock(store: SimStore, startOpen: boolean, startTab: DockTab = FIRST_TAB): Dock {
  const windowWidth = useSyncExternalStore(subscribeResize, windowWidthNow, () => 1280);
  const [tab, setTab] = useState<DockTab>(startTab);
  const [open, setOpen] = useState(startOpen);
  const [chosenWidth, setChosenWidth] = useState<number | null>(null);
  const [visited, setVisited] = useState<ReadonlySet<DockTab>>(() => new Set([startTab]));
  const [focusRequest, setFocusRequest] = useState(0);
  const tabRef = useRef(tab);
  useEffect(() => {
    tabRef.current = tab;
  }, [tab]);

  const choose = useCallback((next: DockTab) => {
    setTab(next);
    setOpen(true);
    setVisited((current) => (current.has(next) ? current : new Set([...current, next])));
  }, []);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.lessonPlay !== null && state.lessonPlay.lesson !== previous.lessonPlay?.lesson) {
          choose('lesson');
          return;
        }
        if (state.selection === previous.selection || state.selection === null) return;
        const from = document.activeElement;
        if (tabRef.current === 'metrics' && from instanceof Element && from.closest('[data-dock-panel="metrics"]')) return;
        choose('inspector');
      }),
    [store, choose],
  );

  const resize = useCallback((width: number) => setChosenWidth(clampDockWidth(width, window.innerWidth)), []);
  const focusInspector = useCallback(() => setFocusRequest((n) => n + 1), []);
  const width = chosenWidth === null ? defaultDockWidth(windowWidth) : clampDockWidth(chosenWidth, windowWidth);

  return useMemo(
    () => ({ tab, open, width, windowWidth, visited, focusRequest, choose, setOpen, resize, focusInspector }),
    [tab, open, width, windowWidth, visited, focusRequest, choose, resize, focusInspector],
  );
}
