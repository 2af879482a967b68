import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { targetStateLabel } from '../../../lens/names';
import { TARGET_STATE_WORDS, term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { parseTargetDots, targetDotsKey } from '../selectors';
import { useCounterRef } from '../stageContext';
import type { TargetGroupNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';
import { TargetDotMark } from './TargetDotMark';

/** How many dots fit on the sheet before the rest become "+N". */
const MAX_DOTS = 20;

/** A target group as a call sheet: its registered targets as dots in their state, and healthy/unhealthy counts. */
export const TargetGroupNodeView = memo(function TargetGroupNodeView({ data, sourcePosition, targetPosition }: NodeProps<TargetGroupNode>) {
  const lens = useSim((state) => state.lens);
  const dotsKey = useSim((state) => targetDotsKey(state.snapshot, data.targetGroupId));
  const counterRef = useCounterRef('targetGroup', data.targetGroupId);
  const dots = parseTargetDots(dotsKey);
  const healthy = dots.filter((dot) => dot.state === 'healthy').length;
  const unhealthy = dots.filter((dot) => dot.state === 'unhealthy').length;
  const noun = term(lens, 'targetGroup');
  const healthyWord = targetStateLabel(lens, 'healthy');
  const unhealthyWord = targetStateLabel(lens, 'unhealthy');
  const label = `${noun.one} ${data.name}, ${healthy} ${healthyWord}, ${unhealthy} ${unhealthyWord}`;
  return (
    <div className="stage-box stage-tg" style={{ ['--tg-color' as string]: `var(--tg-${data.paletteIndex})` }}>
      <NodeButton kind="targetGroup" id={data.targetGroupId} label={label} title={`${label}. ${noun.gloss}`}>
        <span className="stage-tg-head">
          <span className="stage-title stage-mono">{data.name}</span>
          <span className="stage-count-wrap">
            <span className="stage-count" ref={counterRef} /> req
          </span>
        </span>
        <span className="stage-sub">
          {noun.one} · {data.healthCheckPath}
        </span>
        <span className="stage-dots">
          {dots.slice(0, MAX_DOTS).map((dot) => (
            <TargetDotMark key={dot.taskId} state={dot.state} />
          ))}
          {dots.length > MAX_DOTS ? <span className="stage-sub">+{dots.length - MAX_DOTS}</span> : null}
          {dots.length === 0 ? <span className="stage-sub">no targets</span> : null}
        </span>
        {/* The lens's word alone beside the mark; both words are in the name and tooltip. */}
        <span className="stage-tg-counts">
          <span data-state="healthy" title={healthyWord}>
            <TargetDotMark state="healthy" /> {healthy} {TARGET_STATE_WORDS[lens].healthy}
          </span>
          <span data-state="unhealthy" title={unhealthyWord}>
            <TargetDotMark state="unhealthy" /> {unhealthy} {TARGET_STATE_WORDS[lens].unhealthy}
          </span>
        </span>
      </NodeButton>
      <NodeHandles sourcePosition={sourcePosition} targetPosition={targetPosition} />
    </div>
  );
});
