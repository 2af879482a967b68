import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { useCounterRef } from '../stageContext';
import type { RuleNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';

/**
 * One line of the seating chart, in three rows: priority (with the status the load balancer answers itself, if it
 * does) and how many requests it has taken, then the condition, then the action. The particle
 * layer lights the row up (data-lit on React Flow's wrapper) when a request matches it.
 */
export const RuleNodeView = memo(function RuleNodeView({ data, sourcePosition, targetPosition }: NodeProps<RuleNode>) {
  const lens = useSim((state) => state.lens);
  const counterRef = useCounterRef('rule', data.listenerId, data.priority);
  const isDefault = data.priority === 'default';
  const noun = term(lens, isDefault ? 'defaultRule' : 'rule');
  const { outcome } = data.text;
  const answered = outcome.kind === 'fixed-response' || outcome.kind === 'redirect' ? outcome.status : null;
  const label = `${noun.one} ${isDefault ? `of listener ${data.port}` : data.priority}: ${data.text.sentence}`;
  const selectionId = data.ruleId ?? `${data.listenerId}/default`;
  return (
    <div className="stage-box stage-rule" data-default={isDefault ? '' : undefined}>
      <NodeButton kind="rule" id={selectionId} label={label} title={`${label}. ${noun.gloss}`}>
        <span className="stage-rule-head">
          <span className="stage-priority">{data.priority}</span>
          {answered !== null ? (
            <span className="stage-status-chip" data-error={answered >= 400 ? '' : undefined}>
              {answered}
            </span>
          ) : null}
          <span className="stage-count" ref={counterRef} />
        </span>
        <span className="stage-rule-condition">{data.text.condition}</span>
        <span className="stage-rule-action">{data.text.action}</span>
      </NodeButton>
      <NodeHandles sourcePosition={sourcePosition} targetPosition={targetPosition} source={outcome.kind === 'forward'} />
    </div>
  );
});
