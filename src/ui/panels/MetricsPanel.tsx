import { useId } from 'react';
import { useSim } from '../../store';
import { MetricsRow } from './metrics/MetricsRow';
import { StatusCounts } from './metrics/StatusCounts';
import { TargetGroupCharts } from './metrics/TargetGroupCharts';
import { ScalingCharts } from './metrics/ScalingCharts';
import './panels.css';
import './metrics/metrics.css';

/**
 * CloudWatch's figures for each target group, named as CloudWatch names them so they can be found in the console.
 * A selected target group gets its full charts; otherwise every group gets one compact row.
 */
export function MetricsPanel() {
  const headingId = useId();
  const selectedGroup = useSim((state) => (state.selection?.kind === 'targetGroup' ? state.selection.id : null));
  const groups = useSim((state) => state.world.targetGroups);
  const selected = groups.find((group) => group.id === selectedGroup);
  return (
    <section className="side-panel metrics-panel" aria-labelledby={headingId}>
      <div className="side-panel-head">
        <h2 id={headingId}>Metrics</h2>
        <p className="muted">CloudWatch names, simulated time</p>
      </div>
      <ScalingCharts />
      {selected ? (
        <TargetGroupCharts id={selected.id} name={selected.name} />
      ) : groups.length === 0 ? (
        <p className="empty">No target groups in this scenario.</p>
      ) : (
        <ul className="metrics-rows">
          {groups.map((group) => (
            <MetricsRow key={group.id} id={group.id} name={group.name} />
          ))}
        </ul>
      )}
      <StatusCounts />
    </section>
  );
}
