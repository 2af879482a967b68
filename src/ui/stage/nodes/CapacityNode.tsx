import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { stageWords } from '../../../lens/stageWords';
import { lensLook, term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { InstanceIcon, RiserIcon } from '../../icons/capacity';
import type { CapacityNode } from '../stageNodes';

/**
 * The band of container instances under the services (on EC2 only): in the orchestra lens, the risers the
 * musicians sit on, each with its chairs. Its cards are the buttons; the band itself only names them.
 */
export const CapacityNodeView = memo(function CapacityNodeView({ data }: NodeProps<CapacityNode>) {
  const lens = useSim((state) => state.lens);
  const noun = term(lens, 'instance');
  return (
    <div className="stage-group stage-capacity">
      <div className="stage-capacity-head" title={noun.gloss}>
        {lensLook(lens).pictures ? <RiserIcon className="stage-glyph" /> : <InstanceIcon className="stage-glyph" />}
        <span className="stage-title">
          {data.count === 1 ? noun.one : noun.many} · {data.count}
        </span>
        <span className="stage-sub stage-ellipsis">{stageWords(lens).capacityCaption}</span>
      </div>
    </div>
  );
});
