import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { stageWords } from '../../../lens/stageWords';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { FrontOfHouseIcon } from '../../icons';
import type { LoadBalancerNode } from '../stageNodes';
import { NodeButton } from './NodeButton';

/** The box that holds the listeners and their rules; only its header is a button (the rules are nodes of their own). */
export const LoadBalancerNodeView = memo(function LoadBalancerNodeView({ data }: NodeProps<LoadBalancerNode>) {
  const lens = useSim((state) => state.lens);
  const noun = term(lens, 'loadBalancer');
  const label = stageWords(lens).loadBalancerLabel(data.name);
  return (
    <div className="stage-group stage-lb">
      <NodeButton kind="loadBalancer" id={data.loadBalancerId} label={label} title={noun.gloss} className="stage-group-head">
        <FrontOfHouseIcon className="stage-glyph" />
        <span className="stage-title">{noun.one}</span>
        <span className="stage-id">{data.name}</span>
      </NodeButton>
    </div>
  );
});
