import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { lensLook, term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { chairsOf, CHAIR_CPU, instanceAccessibleName, percentUsed } from '../capacityText';
import { instanceViewKey, parseInstanceView, type InstanceView } from '../selectors';
import type { InstanceNode } from '../stageNodes';
import { NodeButton } from './NodeButton';

function Meter({ label, used, registered, unit }: { readonly label: string; readonly used: number; readonly registered: number; readonly unit: string }) {
  const percent = percentUsed(used, registered);
  return (
    <span className="stage-meter" data-full={used >= registered && registered > 0 ? '' : undefined}>
      <span className="stage-meter-text">
        {label} <span className="stage-meter-used">{used}</span>/{registered}
        {unit}
      </span>
      <span className="stage-meter-track" aria-hidden="true">
        <span className="stage-meter-fill" style={{ inlineSize: `${percent}%` }} />
      </span>
    </span>
  );
}

/** A riser's chairs: its CPU in quarter-vCPU seats, the taken ones filled. */
function Chairs({ view }: { readonly view: InstanceView }) {
  const { total, taken } = chairsOf(view);
  return (
    <svg className="stage-chairs" viewBox={`0 0 ${total * 10} 10`} preserveAspectRatio="xMinYMid meet" aria-hidden="true" focusable="false">
      {Array.from({ length: total }, (_, i) => (
        <g key={i} className={i < taken ? 'chair taken' : 'chair'}>
          <path d={`M${i * 10 + 2} 1.5v7M${i * 10 + 2} 5.5h5.5v3`} />
          {i < taken ? <circle cx={i * 10 + 5.5} cy="2.6" r="1.7" /> : null}
        </g>
      ))}
    </svg>
  );
}

/**
 * A container instance (riser): its ID, type and Availability Zone, ACTIVE or DRAINING (a word and a dashed,
 * hatched card, not color alone), and CPU and memory used of registered as text and bars. It reads only its own
 * figures, so a task placed elsewhere never re-renders it.
 */
export const InstanceNodeView = memo(function InstanceNodeView({ data }: NodeProps<InstanceNode>) {
  const lens = useSim((state) => state.lens);
  const key = useSim((state) => instanceViewKey(state.snapshot, data.instanceId));
  const view = parseInstanceView(key);
  const label = instanceAccessibleName(lens, data.instanceId, view);
  const task = term(lens, 'task');
  const draining = view.status === 'DRAINING';
  const chairs = chairsOf(view);
  return (
    <div className="stage-box stage-instance" data-status={view.status} data-gone={key === '' ? '' : undefined}>
      <NodeButton kind="instance" id={data.instanceId} label={label} title={`${label}. ${term(lens, 'instance').gloss}`}>
        <span className="stage-mono stage-instance-id stage-ellipsis">{data.instanceId}</span>
        <span className="stage-sub stage-ellipsis stage-instance-where">
          {view.instanceType} · {view.availabilityZone}
        </span>
        <span className="stage-instance-status">
          <span className="stage-instance-word">{draining ? '⇣ DRAINING' : 'ACTIVE'}</span>
          <span className="stage-sub">
            {view.taskCount} {(view.taskCount === 1 ? task.one : task.many).toLowerCase()}
          </span>
        </span>
        {lensLook(lens).pictures ? (
          <span className="stage-chairs-row" title={`${chairs.taken} of ${chairs.total} chairs taken (one chair is ${CHAIR_CPU} CPU units)`}>
            <Chairs view={view} />
          </span>
        ) : null}
        <Meter label="CPU" used={view.cpu.used} registered={view.cpu.registered} unit="" />
        <Meter label="Mem" used={view.memory.used} registered={view.memory.registered} unit=" MiB" />
      </NodeButton>
    </div>
  );
});
