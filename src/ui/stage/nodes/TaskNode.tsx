import type { NodeProps } from '@xyflow/react';
import { motion, type Transition, type Variants } from '../../motion';
import { memo } from 'react';
import { targetStateLabel, taskAccessibleName, taskLabel } from '../../../lens/names';
import { replacementLabel, replacementReasonWords } from '../../../lens/replacement';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { InstanceIcon, RiserIcon } from '../../icons';
import { parseTaskView, shortInstanceId, taskViewKey } from '../selectors';
import { useCounterRef, useStageReducedMotion } from '../stageContext';
import type { TaskNode } from '../stageNodes';
import { taskVisual } from '../taskVisual';
import { NodeButton, NodeHandles } from './NodeButton';
import { TaskMark } from './TaskMark';

const EASE: Transition = { duration: 0.22, ease: 'easeOut' };

/** One pose per picture; the unhealthy one tilts and shakes once (keyframes run when the pose is entered). */
const VARIANTS: Variants = {
  enter: { opacity: 0, scale: 0.85 },
  pending: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: EASE },
  initial: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: EASE },
  healthy: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: EASE },
  unhealthy: { opacity: 1, scale: 1, rotate: -2.5, x: [0, -5, 5, -3, 3, 0], transition: { duration: 0.45, ease: 'easeOut' } },
  replacing: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: EASE },
  draining: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: EASE },
  stopping: { opacity: 0.85, scale: 0.92, rotate: 0, x: 0, transition: EASE },
  gone: { opacity: 0, scale: 0.4, rotate: 0, x: 0, transition: { duration: 0.3, ease: 'easeIn' } },
};

/** Reduced motion: the same poses, reached at once, without travel or shake. */
const REDUCED: Variants = {
  enter: { opacity: 1 },
  pending: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: { duration: 0 } },
  initial: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: { duration: 0 } },
  healthy: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: { duration: 0 } },
  unhealthy: { opacity: 1, scale: 1, rotate: -2.5, x: 0, transition: { duration: 0 } },
  replacing: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: { duration: 0 } },
  draining: { opacity: 1, scale: 1, rotate: 0, x: 0, transition: { duration: 0 } },
  stopping: { opacity: 0.85, scale: 0.92, rotate: 0, x: 0, transition: { duration: 0 } },
  gone: { opacity: 0, scale: 1, rotate: 0, x: 0, transition: { duration: 0 } },
};

function RequestCount({ counterRef }: { readonly counterRef: (element: HTMLElement | null) => (() => void) | undefined }) {
  return (
    <span className="stage-count-wrap">
      <span className="stage-count" ref={counterRef} /> req
    </span>
  );
}

/**
 * A task (musician). It selects only its own lastStatus, target state and replacement reason as one string, so
 * another task's change never re-renders it; its request counter is written by the counter ticker, not by React.
 * A task being replaced says why on its card ("instance draining"), in full in its name and tooltip.
 */
export const TaskNodeView = memo(function TaskNodeView({ data, targetPosition }: NodeProps<TaskNode>) {
  const lens = useSim((state) => state.lens);
  const view = parseTaskView(useSim((state) => taskViewKey(state.snapshot, data.taskId)));
  const reduced = useStageReducedMotion();
  const counterRef = useCounterRef('task', data.taskId);
  const visual = taskVisual(view.lastStatus, view.health, view.replacement);
  const replacement = view.replacement === null ? null : replacementLabel(lens, view.replacement);
  const stateName = taskAccessibleName(lens, data.taskId, view.lastStatus, view.health, data.naming);
  const name = replacement === null ? stateName : `${stateName}, ${replacement}`;
  const healthWord = view.health !== null ? targetStateLabel(lens, view.health) : null;
  const heading = lens === 'aws' ? data.taskId : taskLabel(lens, data.taskId, data.naming).replace(/ \(.*\)$/, '');
  const instanceNoun = term(lens, 'instance').one;
  const place =
    view.instanceId === null
      ? null
      : `${instanceNoun} ${view.instanceId}${view.hostPort !== null ? `, host port ${view.hostPort}` : ''}`;
  return (
    <motion.div
      className="stage-box stage-task"
      data-visual={visual}
      data-task-id={data.taskId}
      data-last-status={view.lastStatus}
      data-health={view.health ?? undefined}
      data-replacement={view.replacement ?? undefined}
      variants={reduced ? REDUCED : VARIANTS}
      initial={reduced ? false : 'enter'}
      animate={visual}
    >
      <NodeButton
        kind="task"
        id={data.taskId}
        label={name}
        title={`${name}. ${term(lens, 'taskDefinition').one} ${view.taskDefinition}${place !== null ? `. On ${place}` : ''}`}
      >
        <span className="stage-task-top">
          <TaskMark visual={visual} drainingEndsAt={view.drainingEndsAt} drainMs={data.drainMs} />
          <span className="stage-state-word">{view.lastStatus}</span>
        </span>
        {view.replacement === null ? (
          <span className="stage-health-word">{healthWord ?? '\u00a0'}</span>
        ) : (
          <span className="stage-health-word stage-replacement-word">
            {/* The shape says "being replaced"; the words say why. */}
            <span className="visually-hidden">being replaced: </span>
            {replacementReasonWords(lens, view.replacement)}
          </span>
        )}
        <span className={lens === 'aws' ? 'stage-task-name stage-mono' : 'stage-task-name'}>
          <span className="stage-ellipsis">{heading}</span>
          {lens === 'orchestra' ? <RequestCount counterRef={counterRef} /> : null}
        </span>
        <span className="stage-task-foot">
          {lens === 'orchestra' ? (
            <span className="stage-mono stage-ellipsis">{data.taskId}</span>
          ) : (
            <>
              <span className="stage-mono stage-ellipsis" title={`${term(lens, 'taskDefinition').one} ${view.taskDefinition}`}>
                {view.taskDefinition}
              </span>
              <RequestCount counterRef={counterRef} />
            </>
          )}
        </span>
        {data.ec2 ? (
          <span className="stage-task-place" title={place ?? undefined}>
            {lens === 'orchestra' ? <RiserIcon size="0.9rem" /> : <InstanceIcon size="0.9rem" />}
            <span className="stage-mono stage-ellipsis">
              {view.instanceId === null ? 'not placed' : `${shortInstanceId(view.instanceId)}${view.hostPort !== null ? `:${view.hostPort}` : ''}`}
            </span>
          </span>
        ) : null}
      </NodeButton>
      <NodeHandles targetPosition={targetPosition} source={false} />
    </motion.div>
  );
});
