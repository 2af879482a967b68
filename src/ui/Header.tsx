import { useSim } from '../store';
import { IoControls } from './io/IoControls';
import { LegendToggle } from './LegendToggle';
import { LensSwitch } from './LensSwitch';
import { ThemeSelect } from './ThemeSelect';
import { ScenarioNotes } from './ScenarioNotes';
import { ScenarioPicker } from './ScenarioPicker';
import type { ScenarioEntry, ScenarioSource } from './scenarioSource';

export interface HeaderProps {
  readonly source: ScenarioSource;
  readonly entries: readonly ScenarioEntry[];
  readonly listError: string | null;
}

export function Header({ source, entries, listError }: HeaderProps) {
  const title = useSim((state) => state.scenario.title);
  const summary = useSim((state) => state.scenario.summary);
  return (
    <header className="masthead">
      <div className="masthead-text">
        <p className="brand">ECS Orchestra</p>
        <h1>{title}</h1>
        {summary ? (
          <>
            <p className="summary summary-wide">{summary}</p>
            {/* On phones the summary folds away so the world is on the first screen; only one copy is ever displayed. */}
            <details className="summary-narrow">
              <summary>About this scenario</summary>
              <p className="summary">{summary}</p>
            </details>
          </>
        ) : null}
        <ScenarioNotes />
      </div>
      <div className="masthead-controls">
        <ScenarioPicker source={source} entries={entries} listError={listError} />
        <IoControls />
        <div className="view-controls" role="group" aria-label="View">
          <LensSwitch />
          <ThemeSelect />
          <LegendToggle />
        </div>
      </div>
    </header>
  );
}
