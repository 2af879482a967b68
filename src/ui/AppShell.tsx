import { EventLog } from './EventLog';
import { Header } from './Header';
import { ListenersPanel } from './ListenersPanel';
import { LoadErrorAlert } from './LoadErrorAlert';
import { Narrator } from './Narrator';
import { PlaybackBar } from './PlaybackBar';
import { RequestsPanel } from './RequestsPanel';
import type { ScenarioEntry, ScenarioSource } from './scenarioSource';
import { ServicesPanel } from './ServicesPanel';
import { TargetGroupsPanel } from './TargetGroupsPanel';

export interface AppShellProps {
  readonly source: ScenarioSource;
  readonly entries: readonly ScenarioEntry[];
  readonly listError: string | null;
}

/** The page: panels follow a request's path (front of house with its request figures, target groups, services), then the log. */
export function AppShell({ source, entries, listError }: AppShellProps) {
  return (
    <div className="app">
      <Header source={source} entries={entries} listError={listError} />
      <LoadErrorAlert />
      <main className="world">
        <div className="world-front">
          <ListenersPanel />
          <RequestsPanel />
        </div>
        <TargetGroupsPanel />
        <ServicesPanel />
        <EventLog />
      </main>
      <PlaybackBar />
      <Narrator />
    </div>
  );
}
