import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { targetStateLabel, taskAccessibleName } from '../../../lens/names';
import { replacementLabel, replacementReasonWords } from '../../../lens/replacement';
import { stageWords } from '../../../lens/stageWords';
import { lensLook, term, type Lens } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { PlaceIcon } from '../lateNodes';
import { parseTaskView, shortInstanceId, taskViewKey, type TaskView } from '../selectors';
import { useCounterRef } from '../stageContext';
import type { TaskNode } from '../stageNodes';
import { taskVisual } from '../taskVisual';
import { NodeButton, NodeHandles } from './NodeButton';
import { TaskMark } from './TaskMark';

type CounterRef = (element: HTMLElement | null) => (() => void) | undefined;

function RequestCount({ counterRef, unit }: { readonly counterRef: CounterRef; readonly unit: string }) {
  return (
    <span className="stage-count-wrap">
      <span className="stage-count" ref={counterRef} /> {unit}
    </span>
  );
}

function placeOf(lens: Lens, view: TaskView): string | null {
  if (view.instanceId === null) return null;
  return `${term(lens, 'instance').one} ${view.instanceId}${view.hostPort !== null ? `, host port ${view.hostPort}` : ''}`;
}

/** The words of a card: state, health or why it is being replaced, heading and footer in the lens's order. */
interface CardWordsProps {
  readonly lens: Lens;
  readonly data: TaskNode['data'];
  readonly view: TaskView;
  readonly counterRef: CounterRef;
}

function CardWords({ lens, data, view, counterRef }: CardWordsProps) {
  const words = stageWords(lens);
  const look = words.taskCard;
  const count = <RequestCount counterRef={counterRef} unit={words.requestUnit} />;
  const foot = look.foot === 'taskId' ? data.taskId : view.taskDefinition;
  return (
    <>
      {view.replacement === null ? (
        <span className="stage-health-word">{view.health !== null ? targetStateLabel(lens, view.health) : '\u00a0'}</span>
      ) : (
        <span className="stage-health-word stage-replacement-word">
          {/* The shape says "being replaced"; the words say why. */}
          <span className="visually-hidden">being replaced: </span>
          {replacementReasonWords(lens, view.replacement)}
        </span>
      )}
      <span className={look.monoHeading ? 'stage-task-name stage-mono' : 'stage-task-name'}>
        <span className="stage-ellipsis">{look.heading(data.taskId, data.naming)}</span>
        {look.countBeside === 'heading' ? count : null}
      </span>
      <span className="stage-task-foot">
        <span className="stage-mono stage-ellipsis">{foot}</span>
        {look.countBeside === 'foot' ? count : null}
      </span>
      {data.ec2 ? (
        <span className="stage-task-place" title={placeOf(lens, view) ?? undefined}>
          <PlaceIcon pictures={lensLook(lens).pictures} size="0.9rem" />
          <span className="stage-mono stage-ellipsis">
            {view.instanceId === null ? 'not placed' : `${shortInstanceId(view.instanceId)}${view.hostPort !== null ? `:${view.hostPort}` : ''}`}
          </span>
        </span>
      ) : null}
    </>
  );
}

/**
 * A task (musician). It selects only its own lastStatus, target state and replacement reason as one string, so
 * another task's change never re-renders it; its request counter is written by the counter ticker, not by React.
 * Its poses (entering, the unhealthy tilt and shake, shrinking out) are CSS transitions keyed by data-visual
 * (stageTasks.css): a hundred tasks changing in one frame cost the compositor, not a script per task per frame.
 * A card says its state, its health (or why it is being replaced), its heading and footer; a chip, where a stage
 * is too small for cards, shows its mark and number, and says the rest in its name and tooltip.
 */
export const TaskNodeView = memo(function TaskNodeView({ data, targetPosition }: NodeProps<TaskNode>) {
  const lens = useSim((state) => state.lens);
  const view = parseTaskView(useSim((state) => taskViewKey(state.snapshot, data.taskId)));
  const counterRef = useCounterRef('task', data.taskId);
  const visual = taskVisual(view.lastStatus, view.health, view.replacement);
  const replacement = view.replacement === null ? null : replacementLabel(lens, view.replacement);
  const stateName = taskAccessibleName(lens, data.taskId, view.lastStatus, view.health, data.naming);
  const name = replacement === null ? stateName : `${stateName}, ${replacement}`;
  const place = placeOf(lens, view);
  const chip = data.density === 'chips';
  return (
    <div
      className="stage-box stage-task"
      data-visual={visual}
      data-density={data.density}
      data-task-id={data.taskId}
      data-last-status={view.lastStatus}
      data-health={view.health ?? undefined}
      data-replacement={view.replacement ?? undefined}
    >
      <NodeButton
        kind="task"
        id={data.taskId}
        label={name}
        title={`${name}. ${term(lens, 'taskDefinition').one} ${view.taskDefinition}${place !== null ? `. On ${place}` : ''}`}
      >
        <span className="stage-task-top">
          <TaskMark visual={visual} drainingEndsAt={view.drainingEndsAt} drainMs={data.drainMs} />
          {chip ? <span className="stage-chip-number">{stageWords(lens).taskCard.chip(data.taskId)}</span> : <span className="stage-state-word">{view.lastStatus}</span>}
        </span>
        {chip ? null : <CardWords lens={lens} data={data} view={view} counterRef={counterRef} />}
      </NodeButton>
      <NodeHandles targetPosition={targetPosition} source={false} />
    </div>
  );
});
