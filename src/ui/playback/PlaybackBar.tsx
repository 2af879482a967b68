import { ExportLogButton } from './ExportLogButton';
import { PlayPauseButton } from './PlayPauseButton';
import { ResetButton } from './ResetButton';
import { SimClock } from './SimClock';
import { SpeedSelect } from './SpeedSelect';
import { StepButton } from './StepButton';
import { TimelineBar } from '../timeline/TimelineBar';
import './playback.css';

/**
 * The timeline (scrubber, markers, bookmarks) over one row of play, step, speed, reset, the simulated clock and the
 * event log, at the bottom, at every width.
 */
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
      {/* After the controls in the Tab order (Play stays the first stop), drawn above them (playback.css). */}
      <TimelineBar />
    </footer>
  );
}
