import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import type { ListenerNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';

/** A listener as a door: its port large, protocol and noun small. */
export const ListenerNodeView = memo(function ListenerNodeView({ data, sourcePosition, targetPosition }: NodeProps<ListenerNode>) {
  const lens = useSim((state) => state.lens);
  const noun = term(lens, 'listener');
  const rules = term(lens, 'rule').many;
  const label = `${noun.one} ${data.port} ${data.protocol}, ${data.ruleCount} ${data.ruleCount === 1 ? 'rule' : 'rules'}`;
  return (
    <div className="stage-box stage-listener">
      <NodeButton kind="listener" id={data.listenerId} label={label} title={`${noun.gloss}. ${rules}: read top to bottom.`}>
        <span className="stage-port">
          <span aria-hidden="true">:</span>
          {data.port}
        </span>
        <span className="stage-sub">
          {data.protocol} · {noun.one}
        </span>
      </NodeButton>
      <NodeHandles sourcePosition={sourcePosition} targetPosition={targetPosition} />
    </div>
  );
});
