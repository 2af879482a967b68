import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { stageWords } from '../../../lens/stageWords';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { AudienceIcon } from '../../icons';
import type { AudienceNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';

export const AudienceNodeView = memo(function AudienceNodeView({ sourcePosition }: NodeProps<AudienceNode>) {
  const lens = useSim((state) => state.lens);
  const rate = useSim((state) => state.snapshot.traffic.rate);
  const audience = term(lens, 'audience');
  const perSecond = stageWords(lens).perSecond(rate);
  return (
    <div className="stage-box stage-audience">
      <NodeButton kind="audience" id="audience" label={`${audience.many}, ${perSecond}`} title={audience.gloss}>
        <AudienceIcon className="stage-glyph" />
        <span className="stage-title">{audience.many}</span>
        <span className="stage-sub">{perSecond}</span>
      </NodeButton>
      <NodeHandles sourcePosition={sourcePosition} target={false} />
    </div>
  );
});
