import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { serviceLabel } from '../../../lens/names';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { WingsIcon } from '../../icons/capacity';
import { shortPlacementReason } from '../capacityText';
import { placementFailureOf } from '../selectors';
import type { WaitingNode } from '../stageNodes';
import { NodeButton } from './NodeButton';

/**
 * A service's tasks that ECS cannot place, as a ghost card "in the wings" (design.md: dashed, --state-blocked, a
 * curtain-and-figure mark and the word Waiting, no motion). The card shows why in one sentence; its name and
 * tooltip carry ECS's whole message. Selecting it selects the service, whose events tell the story.
 */
export const WaitingNodeView = memo(function WaitingNodeView({ data }: NodeProps<WaitingNode>) {
  const lens = useSim((state) => state.lens);
  const message = useSim((state) => placementFailureOf(state.snapshot, data.naming.id));
  const noun = term(lens, 'unplaced');
  const reason = message === '' ? 'No container instance has room for it.' : shortPlacementReason(message);
  const label = `${noun.one} (${serviceLabel(lens, data.naming)}): ${message === '' ? reason : message}`;
  return (
    <div className="stage-box stage-waiting" data-visual="blocked">
      <NodeButton kind="service" id={data.naming.id} label={label} title={message === '' ? label : message}>
        <WingsIcon className="stage-glyph stage-glyph-large" />
        <span className="stage-waiting-text">
          <span className="stage-waiting-head">
            <span className="stage-state-word">Waiting</span>
            <span className="stage-title">{noun.one}</span>
          </span>
          <span className="stage-waiting-reason">{reason}</span>
        </span>
      </NodeButton>
    </div>
  );
});
