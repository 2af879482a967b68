import { ExportLogButton } from './ExportLogButton';
import { PlayPauseButton } from './PlayPauseButton';
import { ResetButton } from './ResetButton';
import { SimClock } from './SimClock';
import { SpeedSelect } from './SpeedSelect';
import { StepButton } from './StepButton';
import { TimelineBar } from '../timeline/TimelineBar';
import './playback.css';

/**
 * Play, step, speed, reset, the timeline (scrubber, markers, bookmarks), the simulated clock and the event log: one
 * row, at the bottom, at every width; the timeline takes the room the others leave.
 */
export function PlaybackBar() {
  return (
    <footer className="playback">
      <div className="playback-inner" role="group" aria-label="Playback">
        <PlayPauseButton />
        <StepButton />
        <SpeedSelect />
        <ResetButton />
        <TimelineBar />
        <SimClock />
        <ExportLogButton />
      </div>
    </footer>
  );
}
