import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { serviceLabel } from '../../../lens/names';
import { stageWords } from '../../../lens/stageWords';
import { lensLook, term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { InstrumentIcon, SheetMusicIcon } from '../../icons';
import { parseServiceView, serviceViewKey } from '../selectors';
import type { ServiceNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';

/** A service (section): its name, running/desired count, the task definition (sheet music) and image (instrument). */
export const ServiceNodeView = memo(function ServiceNodeView({ data, targetPosition }: NodeProps<ServiceNode>) {
  const lens = useSim((state) => state.lens);
  const view = parseServiceView(useSim((state) => serviceViewKey(state.snapshot, data.naming.id)));
  const title = serviceLabel(lens, data.naming);
  const sheet = term(lens, 'taskDefinition').one;
  const instrument = term(lens, 'image').one;
  // After DeleteService the section is leaving: say so instead of a count that reads like a failure.
  const words = stageWords(lens);
  const pictures = lensLook(lens).pictures;
  const leaving = words.serviceLeaving;
  const count = view.draining ? leaving : `${view.running}/${view.desired} ${words.serviceRunning}`;
  const label = `${title}, ${view.draining ? `${leaving}, ` : ''}${view.running} of ${view.desired} running, ${sheet} ${view.taskDefinition}, ${instrument} ${view.image}`;
  return (
    <div className="stage-group stage-service">
      <NodeButton kind="service" id={data.naming.id} label={label} title={label} className="stage-group-head stage-service-head">
        {pictures ? <InstrumentIcon instrument={data.naming.instrument} className="stage-glyph stage-glyph-large" /> : null}
        <span className="stage-service-text">
          <span className="stage-service-line">
            <span className="stage-title">{title}</span>
            <span className="stage-service-count">{count}</span>
          </span>
          <span className="stage-sub stage-service-line">
            <span className="stage-sheet" title={sheet}>
              {pictures ? <SheetMusicIcon className="stage-glyph-inline" /> : null}
              <span className="stage-mono">{view.taskDefinition}</span>
            </span>
            <span className="stage-mono stage-ellipsis" title={`${instrument}: ${view.image}`}>
              {words.imagePrefix(data.naming.instrument)}
              {view.image}
            </span>
          </span>
        </span>
      </NodeButton>
      <NodeHandles targetPosition={targetPosition} source={false} targetTop={data.laneY} />
      <span className="stage-lane" aria-hidden="true" style={{ top: data.laneY }} />
    </div>
  );
});
