import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { ConductorIcon } from '../../icons';
import { unsteadyCount } from '../selectors';
import type { ConductorNode } from '../stageNodes';
import { NodeButton } from './NodeButton';

/** ECS's service scheduler presiding over the stage; it raises its baton (data-busy) while a service is short of its count. */
export const ConductorNodeView = memo(function ConductorNodeView({ data }: NodeProps<ConductorNode>) {
  const lens = useSim((state) => state.lens);
  const busy = useSim((state) => unsteadyCount(state.snapshot, data.serviceIds));
  const noun = term(lens, 'scheduler');
  const services = term(lens, 'service');
  const tasks = term(lens, 'task').many.toLowerCase();
  const status =
    busy === 0
      ? `Every ${services.one.toLowerCase()} at its desired count`
      : `Starting and stopping ${tasks} for ${busy} ${busy === 1 ? services.one.toLowerCase() : services.many.toLowerCase()}`;
  return (
    <div className="stage-box stage-character stage-conductor" data-busy={busy > 0 ? '' : undefined}>
      <NodeButton kind="conductor" id={data.clusterId} label={`${noun.one}: ${status}`} title={noun.gloss}>
        <ConductorIcon className="stage-glyph stage-glyph-large stage-baton" />
        <span className="stage-character-text">
          <span className="stage-title">{noun.one}</span>
          <span className="stage-sub">{status}</span>
        </span>
      </NodeButton>
    </div>
  );
});
