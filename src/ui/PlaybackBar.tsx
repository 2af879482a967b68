import { ExportLogButton } from './ExportLogButton';
import { PlayPauseButton } from './PlayPauseButton';
import { ResetButton } from './ResetButton';
import { SimClock } from './SimClock';
import { SpeedSelect } from './SpeedSelect';
import { StepButton } from './StepButton';

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
