import { Suspense, useCallback, useEffect, useId, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import { useSim, useSimStore } from '../../store';
import { SessionNotice } from '../io/SessionNotice';
import { StartupNotice } from '../io/StartupNotice';
import { PlaybackBar } from '../playback/PlaybackBar';
import type { ScenarioEntry, ScenarioSource } from '../scenarioSource';
import { Stage } from '../stage/Stage';
import { useAfterFirstFrame } from '../afterFirstFrame';
import { Dock } from './Dock';
import { DockSeparator } from './DockSeparator';
import { InspectorFocusContext } from './inspectorFocus';
import { loadInspector, NarrationAnnouncer, TablesView } from './lazyPanels';
import { LoadErrorAlert } from './LoadErrorAlert';
import { SkipLinks } from './SkipLinks';
import { TopBar } from './TopBar';
import { useDock } from './useDock';
import { PHONE_QUERY, useMediaQuery } from '../useMediaQuery';
import { useShortcuts } from './useShortcuts';
import { LessonLibraryContext, useLessonLifecycle, type LessonLibrary, type LessonStart } from '../lessons/index';
import { useSessionContext } from '../../session/SessionContext';
import { useKeepFocus } from './useKeepFocus';
import { Blackout } from '../present/Blackout';
import { CaptionStrip } from '../present/CaptionStrip';
import { KeysOverlay } from '../present/KeysOverlay';
import { LaserPointer } from '../present/LaserPointer';
import { enterFullscreen, exitFullscreen, toggleFullscreen } from '../present/fullscreen';
import { openSpeakerWindow, useSpeakerLink } from '../present/useSpeakerLink';
import '../present/presenter.css';
import type { WorldView } from './WorldViewSwitch';
import './shell.css';

export interface AppShellProps {
  readonly source: ScenarioSource;
  readonly entries: readonly ScenarioEntry[];
  readonly listError: string | null;
  /** What the page's address asked for that could not be done, said once at the top. */
  readonly notices?: readonly string[];
  /** Where lessons come from and where progress is kept; without it the Lesson tab has no library. */
  readonly lessons?: LessonLibrary | null;
  /** A deep link's lesson (`?lesson=&step=`), opened at its step once mounted. */
  readonly startLesson?: LessonStart | null;
}

/**
 * The app: a compact top bar, the stage (or the tables) taking the rest of the window, the dock beside it with the
 * inspector, narration, metrics, sandbox and rule tester (a bottom sheet on a phone), and the playback bar. On a
 * screen 700 px and wider nothing scrolls but the panels. Shortcuts act only while focus is inside this app.
 */
export function AppShell({ source, entries, listError, notices = [], lessons = null, startLesson = null }: AppShellProps) {
  const store = useSimStore();
  // The address follows the lesson on the full page only (the one with a session), never in an embed or a test.
  useLessonLifecycle(store, lessons, { address: useSessionContext() !== null, start: startLesson });
  const [view, setView] = useState<WorldView>('stage');
  const theme = useSim((state) => state.theme);
  const lens = useSim((state) => state.lens);
  const root = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLDivElement>(null);
  const phone = useMediaQuery(PHONE_QUERY);
  // On a phone the sheet starts down, so the stage is the first thing seen.
  const [startOpen] = useState(!phone || startLesson !== null);
  const dock = useDock(store, startOpen, startLesson ? 'lesson' : undefined);
  const base = useId();
  const mainId = `${base}-world`;
  const dockId = `${base}-dock`;
  const tabId = (v: WorldView) => `${base}-view-${v}`;

  // A node picked on the stage (click, Enter or Space on its button): the inspector's heading takes focus.
  const onWorldClick = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('.stage-button')) dock.focusInspector();
  };

  // Escape in the dock goes back to the selected node on the stage (closing the sheet on a phone); where there is
  // none, the app's Escape clears the selection.
  const { setOpen } = dock;
  const onEscape = useCallback(
    (event: KeyboardEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest('.dock')) return false;
      const node = main.current?.querySelector<HTMLElement>('.stage-button[aria-current="true"]');
      if (!node) return false;
      if (phone) setOpen(false);
      node.focus();
      return true;
    },
    [phone, setOpen],
  );
  const presenter = useSim((state) => state.presenter);
  const fullscreen = useCallback(() => {
    if (root.current) toggleFullscreen(root.current);
  }, []);
  useShortcuts(root, store, { onEscape, fullscreen, openSpeakerView: openSpeakerWindow });
  useSpeakerLink(store, root);
  useKeepFocus(root, main);

  // Presenter mode is full screen where the page may have it; leaving it leaves full screen.
  const presenting = presenter.presenting;
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (presenting && !wasPresenting.current && root.current) enterFullscreen(root.current);
    if (!presenting && wasPresenting.current) exitFullscreen();
    if (presenting && !wasPresenting.current) {
      // What had focus (the top bar, the playback bar, the dock) is hidden now: focus the stage, so the app keeps
      // focus and its keys keep working.
      const active = document.activeElement;
      const hidden = active instanceof Element && active.closest('.topbar, .playback, .dock, .dock-separator') !== null;
      if (hidden || !(active instanceof Node) || !root.current?.contains(active)) main.current?.focus();
    }
    wasPresenting.current = presenting;
  }, [presenting]);
  const dockShown = !presenting || presenter.dock;
  // The screen readers' voice is not in the first picture: it comes right after, and speaks from then on.
  const afterFirstFrame = useAfterFirstFrame();

  // The inspector is the panel most likely next: fetch it once the first frame is on screen.
  useEffect(() => {
    const fetch = () => void loadInspector();
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(fetch, 1500);
      return () => window.clearTimeout(timer);
    }
    const handle = requestIdleCallback(fetch, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, []);

  return (
    <LessonLibraryContext.Provider value={lessons}>
      <div
        ref={root}
        className="app app-shell"
        data-theme={theme === 'system' ? undefined : theme}
        data-lens={lens}
        data-dock={dock.open && dockShown ? 'open' : 'closed'}
        data-presenting={presenting ? '' : undefined}
        data-contrast={presenter.highContrast ? 'high' : undefined}
        data-spotlight={presenter.spotlight ? '' : undefined}
        style={{ '--dock-width': `${dock.width}px` } as CSSProperties}
      >
        <SkipLinks view={view} main={main} />
        <TopBar source={source} entries={entries} listError={listError} viewSwitch={{ view, onChange: setView, panelId: mainId, tabId }} />
        <div className="app-notices">
          <LoadErrorAlert />
          {notices.length > 0 ? <StartupNotice notices={notices} /> : null}
          <SessionNotice />
        </div>
        <main className="workspace">
          <div ref={main} id={mainId} tabIndex={-1} role="tabpanel" aria-labelledby={tabId(view)} className="workspace-main" onClick={onWorldClick}>
            {view === 'stage' ? (
              <Stage />
            ) : (
              <Suspense fallback={<p className="dock-loading">Loading the tables…</p>}>
                <TablesView />
              </Suspense>
            )}
          </div>
          {dock.open && !phone && dockShown ? (
            <DockSeparator controls={dockId} width={dock.width} windowWidth={dock.windowWidth} onResize={dock.resize} onHide={() => dock.setOpen(false)} />
          ) : null}
          <InspectorFocusContext.Provider value={dock.focusRequest}>
            {dockShown ? <Dock id={dockId} dock={dock} sheet={phone} /> : null}
          </InspectorFocusContext.Provider>
        </main>
        {presenting ? <CaptionStrip /> : null}
        <PlaybackBar />
        <KeysOverlay />
        <LaserPointer root={root} />
        <Blackout />
        {afterFirstFrame ? (
          <Suspense fallback={null}>
            <NarrationAnnouncer />
          </Suspense>
        ) : null}
      </div>
    </LessonLibraryContext.Provider>
  );
}
