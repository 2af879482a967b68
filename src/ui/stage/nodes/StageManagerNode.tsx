import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { stageWords } from '../../../lens/stageWords';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { StageManagerIcon } from '../../icons';
import type { StageManagerNode } from '../stageNodes';

/**
 * The load balancer's health checks as a person of their own, beside the call sheets and away from the conductor:
 * they report, and never fire anyone (teaching.md §5). Not a selection kind, so plain text.
 */
export const StageManagerNodeView = memo(function StageManagerNodeView({ data }: NodeProps<StageManagerNode>) {
  const lens = useSim((state) => state.lens);
  const checks = term(lens, 'healthCheck');
  const { healthChecksTitle: title, healthChecksBy: by } = stageWords(lens);
  return (
    <div className="stage-box stage-character stage-manager" title={checks.gloss}>
      <StageManagerIcon className="stage-glyph stage-glyph-large" />
      <span className="stage-character-text">
        <span className="stage-title">{title}</span>
        <span className="stage-sub">
          {by} {data.summary}
        </span>
      </span>
    </div>
  );
});
