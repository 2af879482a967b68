import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { serviceLabel } from '../../../lens/names';
import { serviceCountExplanation, serviceCountText } from '../../../lens/serviceCount';
import { stageWords } from '../../../lens/stageWords';
import { lensLook, term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { SheetMusicIcon } from '../../icons';
import { InstrumentPicture } from '../lateNodes';
import { parseServiceView, serviceViewKey } from '../selectors';
import type { ServiceNode } from '../stageNodes';
import { NodeButton, NodeHandles } from './NodeButton';
import { ServiceBlock } from './ServiceBlock';

/**
 * A service (section): its name, running/desired count (which explains itself on hover), the task definition
 * (sheet music) and image (instrument). Zoomed out too far to read its tasks, it draws as one block with its
 * counts by state instead (semantic zoom); selecting it, or zooming in, brings its tasks back.
 */
export const ServiceNodeView = memo(function ServiceNodeView({ data, targetPosition }: NodeProps<ServiceNode>) {
  const lens = useSim((state) => state.lens);
  const view = parseServiceView(useSim((state) => serviceViewKey(state.snapshot, data.naming.id)));
  const deployment = useSim((state) => state.world.services.find((service) => service.id === data.naming.id)?.deployment);
  const title = serviceLabel(lens, data.naming);
  const sheet = term(lens, 'taskDefinition').one;
  const instrument = term(lens, 'image').one;
  // After DeleteService the section is leaving: say so instead of a count that reads like a failure.
  const words = stageWords(lens);
  const pictures = lensLook(lens).pictures;
  const leaving = words.serviceLeaving;
  // A scaled service adds its pending count and its bounds: desired, running and pending with min and max.
  const scaling = view.scaling === null ? null : words.scalingCounts({ pending: view.pending, ...view.scaling });
  const count = view.draining ? leaving : `${serviceCountText(lens, view.running, view.desired)}${scaling === null ? '' : ` · ${scaling}`}`;
  const why = serviceCountExplanation(lens, {
    running: view.running,
    desired: view.desired,
    pending: view.pending,
    replacing: view.replacing,
    minimumHealthyPercent: deployment?.minimumHealthyPercent ?? 100,
    maximumPercent: deployment?.maximumPercent ?? 200,
  });
  const label = `${title}, ${view.draining ? `${leaving}, ` : ''}${view.running} of ${view.desired} running, ${scaling === null ? '' : `${scaling}, `}${sheet} ${view.taskDefinition}, ${instrument} ${view.image}`;
  const chips = data.density === 'chips';
  return (
    <div className="stage-group stage-service" data-block={data.block ? '' : undefined} data-density={data.density}>
      {data.block ? (
        <ServiceBlock naming={data.naming} label={label} title={title} count={count} countTitle={why} />
      ) : (
        <NodeButton kind="service" id={data.naming.id} label={label} title={label} className="stage-group-head stage-service-head">
          {pictures && !chips ? <InstrumentPicture instrument={data.naming.instrument} className="stage-glyph stage-glyph-large" /> : null}
          <span className="stage-service-text">
            <span className="stage-service-line">
              {pictures && chips ? <InstrumentPicture instrument={data.naming.instrument} className="stage-glyph" /> : null}
              <span className="stage-title">{title}</span>
              <span className="stage-service-count" title={why} data-scaling={scaling === null ? undefined : ''}>
                {count}
              </span>
            </span>
            {chips ? null : (
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
            )}
          </span>
        </NodeButton>
      )}
      <NodeHandles targetPosition={targetPosition} source={false} targetTop={data.laneY} />
      {data.block ? null : <span className="stage-lane" aria-hidden="true" style={{ top: data.laneY }} />}
      {/* Why the section has an empty row: the tasks a deployment or a replacement may add. */}
      {data.block || chips || data.room === null ? null : (
        <span className="stage-room" aria-hidden="true">
          {words.room(data.room.reach, data.room.desired, data.room.maximumPercent)}
        </span>
      )}
    </div>
  );
});
