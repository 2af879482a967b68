import { IoControls } from '../io/IoControls';
import { EmbedDialog, Legend, Help } from './lazyPanels';
import type { ScenarioEntry, ScenarioSource } from '../scenarioSource';
import { DialogButton } from './DialogButton';
import { LensSwitch } from './LensSwitch';
import { ScenarioLine } from './ScenarioLine';
import { ScenarioPicker } from './ScenarioPicker';
import { ThemeSelect } from './ThemeSelect';
import { WorldViewSwitch, type WorldViewSwitchProps } from './WorldViewSwitch';
import './topBar.css';

export interface TopBarProps {
  readonly source: ScenarioSource;
  readonly entries: readonly ScenarioEntry[];
  readonly listError: string | null;
  readonly viewSwitch: WorldViewSwitchProps;
}

/**
 * One compact bar: the scenario (picker, description on one line), then the world view, import, export and share,
 * and how to look (lens, colors, legend, help). Wide screens hold it on one row; narrower ones wrap the description
 * to a second row and, on a phone, the controls to a third.
 */
export function TopBar({ source, entries, listError, viewSwitch }: TopBarProps) {
  return (
    <header className="topbar">
      <p className="topbar-brand">ECS Orchestra</p>
      <ScenarioPicker source={source} entries={entries} listError={listError} />
      <ScenarioLine />
      <div className="topbar-controls">
        <WorldViewSwitch {...viewSwitch} />
        <IoControls />
        <DialogButton label="Embed">
          <EmbedDialog />
        </DialogButton>
        <div className="view-controls" role="group" aria-label="View">
          <LensSwitch />
          <ThemeSelect />
          <DialogButton label="Legend">
            <Legend />
          </DialogButton>
          <DialogButton label="Help">
            <Help />
          </DialogButton>
        </div>
      </div>
    </header>
  );
}
