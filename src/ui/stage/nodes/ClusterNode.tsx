import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { stageWords } from '../../../lens/stageWords';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import type { ClusterNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';

/** The cluster: the stage itself, holding the conductor and the sections. In the orchestra lens it gets a spotlight. */
export const ClusterNodeView = memo(function ClusterNodeView({ data, targetPosition }: NodeProps<ClusterNode>) {
  const lens = useSim((state) => state.lens);
  const noun = term(lens, 'cluster');
  const label = stageWords(lens).clusterLabel(data.name);
  return (
    <div className="stage-group stage-cluster">
      <NodeButton kind="cluster" id={data.clusterId} label={label} title={noun.gloss} className="stage-group-head">
        <span className="stage-title">{noun.one}</span>
        <span className="stage-id">{data.name}</span>
      </NodeButton>
      <NodeHandles targetPosition={targetPosition} source={false} />
    </div>
  );
});
