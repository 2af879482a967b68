import { Activity, Suspense, useId, type KeyboardEvent } from 'react';
import { DOCK_TABS, type DockTab } from './dockTabs';
import { Inspector, LessonPanel, MetricsPanel, NarrationPanel, RuleTesterPanel, SandboxPanel } from './lazyPanels';
import type { Dock as DockState } from './useDock';
import './dock.css';

function Panel({ tab }: { readonly tab: DockTab }) {
  switch (tab) {
    case 'lesson':
      return <LessonPanel />;
    case 'inspector':
      return <Inspector />;
    case 'narration':
      // The shell keeps the screen-reader announcer mounted whichever tab is open.
      return <NarrationPanel announce={false} />;
    case 'metrics':
      return <MetricsPanel />;
    case 'sandbox':
      return <SandboxPanel />;
    case 'ruleTester':
      return <RuleTesterPanel collapsible={false} />;
  }
}

const MOVES: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowRight: (index, last) => (index === last ? 0 : index + 1),
  ArrowDown: (index, last) => (index === last ? 0 : index + 1),
  ArrowLeft: (index, last) => (index === 0 ? last : index - 1),
  ArrowUp: (index, last) => (index === 0 ? last : index - 1),
  Home: () => 0,
  End: (_, last) => last,
};

export interface DockProps {
  readonly id: string;
  readonly dock: DockState;
  /** A bottom sheet over the stage instead of a column beside it. */
  readonly sheet: boolean;
}

/**
 * The side dock (a bottom sheet on a phone): one tab list, one panel showing. A panel loads when its tab is first
 * opened and then stays mounted but hidden (React's Activity), so a half-typed request or an open editor survives a
 * switch while the hidden panel neither subscribes to the store nor renders.
 */
export function Dock({ id, dock, sheet }: DockProps) {
  const base = useId();
  const bodyId = `${base}-body`;
  const tabId = (tab: DockTab) => `${base}-tab-${tab}`;
  const panelId = (tab: DockTab) => `${base}-panel-${tab}`;
  const rail = !dock.open && !sheet;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = DOCK_TABS[move(index, DOCK_TABS.length - 1)];
    if (!next) return;
    dock.choose(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };

  return (
    <aside id={id} className="dock" aria-label="Details" data-open={dock.open ? 'true' : 'false'} data-sheet={sheet ? 'true' : undefined}>
      <div className="dock-head">
        <div role="tablist" aria-label="Details" aria-orientation={rail ? 'vertical' : 'horizontal'} className="dock-tabs">
          {DOCK_TABS.map((tab, index) => (
            <button
              key={tab.id}
              id={tabId(tab.id)}
              type="button"
              role="tab"
              className="dock-tab"
              aria-selected={tab.id === dock.tab}
              aria-controls={panelId(tab.id)}
              tabIndex={tab.id === dock.tab ? 0 : -1}
              onClick={() => dock.choose(tab.id)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {tab.label}
            </button>
          ))}
        </div>
        <button type="button" className="dock-toggle" aria-expanded={dock.open} aria-controls={bodyId} onClick={() => dock.setOpen(!dock.open)}>
          <span aria-hidden="true" className="dock-toggle-mark" />
          <span className="visually-hidden">{dock.open ? 'Hide the panel' : 'Show the panel'}</span>
        </button>
      </div>
      <div id={bodyId} className="dock-body" hidden={!dock.open}>
        {DOCK_TABS.map((tab) => (
          <div
            key={tab.id}
            id={panelId(tab.id)}
            role="tabpanel"
            aria-labelledby={tabId(tab.id)}
            className="dock-panel"
            data-dock-panel={tab.id}
            hidden={tab.id !== dock.tab}
          >
            {dock.visited.has(tab.id) ? (
              <Activity mode={tab.id === dock.tab && dock.open ? 'visible' : 'hidden'}>
                <Suspense fallback={<p className="dock-loading">Loading…</p>}>
                  <Panel tab={tab.id} />
                </Suspense>
              </Activity>
            ) : null}
          </div>
        ))}
      </div>
    </aside>
  );
}
