import { useRef, useState } from 'react';
import { useSim, useSimStore } from '../store';
import { EventLog } from './EventLog';
import { SandboxPanel } from './editors/ecs/SandboxPanel';
import { Header } from './Header';
import { ListenersPanel } from './ListenersPanel';
import { LoadErrorAlert } from './LoadErrorAlert';
import { SessionNotice } from './io/SessionNotice';
import { StartupNotice } from './io/StartupNotice';
import { PlaybackBar } from './PlaybackBar';
import { InstancesPanel } from './InstancesPanel';
import { Inspector } from './panels/Inspector';
import { MetricsPanel } from './panels/MetricsPanel';
import { NarrationPanel } from './panels/NarrationPanel';
import { RequestsPanel } from './RequestsPanel';
import { RuleTesterPanel } from './ruleTester/RuleTesterPanel';
import type { ScenarioEntry, ScenarioSource } from './scenarioSource';
import { ServicesPanel } from './ServicesPanel';
import { Stage } from './stage/Stage';
import { TargetGroupsPanel } from './TargetGroupsPanel';
import { useShortcuts } from './useShortcuts';
import { ViewTabs, type WorldView } from './ViewTabs';

export interface AppShellProps {
  readonly source: ScenarioSource;
  readonly entries: readonly ScenarioEntry[];
  readonly listError: string | null;
  /** What the page's address asked for that could not be done, said once at the top. */
  readonly notices?: readonly string[];
}

/** The same world as tables, in the order a request meets it. */
function Tables() {
  return (
    <div className="world">
      <div className="world-front">
        <ListenersPanel />
        <RequestsPanel />
      </div>
      <TargetGroupsPanel />
      <ServicesPanel />
      <InstancesPanel />
      <EventLog />
    </div>
  );
}

/**
 * The page: the stage (or the tables) with the inspector, figures and narration beside it (below it on phones),
 * the playback bar at the bottom. Shortcuts act only while focus is inside this app.
 */
export function AppShell({ source, entries, listError, notices = [] }: AppShellProps) {
  const [view, setView] = useState<WorldView>('stage');
  const theme = useSim((state) => state.theme);
  const lens = useSim((state) => state.lens);
  const root = useRef<HTMLDivElement>(null);
  useShortcuts(root, useSimStore());
  return (
    <div ref={root} className="app" data-theme={theme === 'system' ? undefined : theme} data-lens={lens}>
      <Header source={source} entries={entries} listError={listError} />
      <LoadErrorAlert />
      {notices.length > 0 ? <StartupNotice notices={notices} /> : null}
      <SessionNotice />
      <main className="workspace">
        <div className="workspace-main">
          <ViewTabs view={view} onChange={setView} stage={<Stage />} tables={<Tables />} />
        </div>
        <aside className="workspace-side" aria-label="Details">
          <SandboxPanel />
          <Inspector />
          <RuleTesterPanel />
          <MetricsPanel />
          <NarrationPanel />
        </aside>
      </main>
      <PlaybackBar />
    </div>
  );
}
