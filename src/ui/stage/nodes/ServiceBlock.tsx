import { serviceLabel, type ServiceNaming } from '../../../lens/names';
import { stageWords } from '../../../lens/stageWords';
import { lensLook } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { InstrumentPicture } from '../lateNodes';
import { serviceTasksKey } from '../selectors';
import { BLOCK_STATES, blockCounts, parseBlockTasks, type BlockState } from '../serviceBlock';
import type { TaskVisual } from '../taskVisual';
import { NodeButton } from './NodeButton';

/** The mark of each block state: the task marks' shapes, small (never color alone). */
const STATE_VISUAL: Readonly<Record<BlockState, TaskVisual>> = {
  running: 'healthy',
  pending: 'pending',
  draining: 'draining',
  unhealthy: 'unhealthy',
};

/** A task as a small shape in the block's strip: solid circle, dashed ring, ring with a gap, or a cross. */
function MiniMark({ visual }: { readonly visual: TaskVisual }) {
  return (
    <svg className="stage-mini-mark" data-visual={visual} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {visual === 'healthy' || visual === 'replacing' ? <circle cx="6" cy="6" r="4.5" className="fill" /> : null}
      {visual === 'initial' ? (
        <>
          <circle cx="6" cy="6" r="4" className="line" />
          <path d="M6 2a4 4 0 0 0 0 8Z" className="fill" />
        </>
      ) : null}
      {visual === 'pending' ? <circle cx="6" cy="6" r="4" className="line dashed" /> : null}
      {visual === 'unhealthy' ? <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" className="line cross" /> : null}
      {visual === 'draining' || visual === 'stopping' || visual === 'gone' ? <path d="M6 2a4 4 0 1 1-4 4" className="line" /> : null}
    </svg>
  );
}

export interface ServiceBlockProps {
  readonly naming: ServiceNaming;
  /** The service's accessible name (as its header has it). */
  readonly label: string;
  readonly title: string;
  readonly count: string;
  readonly countTitle: string;
}

/**
 * A service too small to show its tasks (semantic zoom): its name and count in type that stays readable at the
 * stage's zoom, its tasks counted by state, and a strip with one mark per task. One button: selecting it brings its
 * tasks onto the stage.
 */
export function ServiceBlock({ naming, label, title, count, countTitle }: ServiceBlockProps) {
  const lens = useSim((state) => state.lens);
  const tasks = parseBlockTasks(useSim((state) => serviceTasksKey(state.snapshot, naming.id)));
  const counts = blockCounts(tasks);
  const words = stageWords(lens);
  const summary = BLOCK_STATES.map((state) => `${counts[state]} ${words.blockStates[state]}`).join(', ');
  return (
    <NodeButton kind="service" id={naming.id} label={`${label}; tasks: ${summary}`} title={`${serviceLabel(lens, naming)}: ${summary}. ${words.blockHint}.`} className="stage-block">
      <span className="stage-block-text">
        <span className="stage-block-head">
          {lensLook(lens).pictures ? <InstrumentPicture instrument={naming.instrument} className="stage-glyph" /> : null}
          <span className="stage-title">{title}</span>
          <span className="stage-service-count" title={countTitle}>
            {count}
          </span>
        </span>
        <span className="stage-block-counts">
          {BLOCK_STATES.map((state) => (
            <span key={state} className="stage-block-count" data-state={state} data-zero={counts[state] === 0 ? '' : undefined}>
              <MiniMark visual={STATE_VISUAL[state]} />
              {counts[state]} {words.blockStates[state]}
            </span>
          ))}
        </span>
        <span className="stage-block-strip" aria-hidden="true">
          {tasks.map((task, index) => (
            <MiniMark key={index} visual={task.visual} />
          ))}
        </span>
      </span>
    </NodeButton>
  );
}
