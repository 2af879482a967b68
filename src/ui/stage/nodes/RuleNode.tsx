import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { useCounterRef } from '../stageContext';
import type { RuleNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';

/**
 * One line of the seating chart: priority, condition, action, and how many requests it has taken. The particle
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
        <span className="stage-priority">{data.priority}</span>
        <span className="stage-rule-text">
          <span className="stage-rule-condition">{data.text.condition}</span>
          <span className="stage-rule-action">{data.text.action}</span>
        </span>
        <span className="stage-rule-side">
          {answered !== null ? (
            <span className="stage-status-chip" data-error={answered >= 400 ? '' : undefined}>
              {answered}
            </span>
          ) : null}
          <span className="stage-count" ref={counterRef} />
        </span>
      </NodeButton>
      <NodeHandles sourcePosition={sourcePosition} targetPosition={targetPosition} source={outcome.kind === 'forward'} />
    </div>
  );
});
