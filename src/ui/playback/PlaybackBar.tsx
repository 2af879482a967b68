import { ExportLogButton } from './ExportLogButton';
import { PlayPauseButton } from './PlayPauseButton';
import { ResetButton } from './ResetButton';
import { SimClock } from './SimClock';
import { SpeedSelect } from './SpeedSelect';
import { StepButton } from './StepButton';
import './playback.css';

/** Play, step, speed, reset, the simulated clock and the event log: one row, at the bottom, at every width. */
export function PlaybackBar() {
  return (
    <footer className="playback">
      <div className="playback-inner" role="group" aria-label="Playback">
        <PlayPauseButton />
        <StepButton />
        <SpeedSelect />
        <ResetButton />
        <SimClock />
        <ExportLogButton />
      </div>
    </footer>
  );
}
