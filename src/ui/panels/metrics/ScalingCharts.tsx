import { useId } from 'react';
import { useSim } from '../../../store';
import { formatClock, isoDuration } from '../../format';
import { SpikeButton } from '../inspector/SpikeButton';
import { ScalingChart } from './ScalingChart';
import { chartedMetrics } from './scalingChartModel';

const TABLE_ROWS = 15;

/** Service Auto Scaling of one service: counts and bounds, a chart per metric its policies watch, the last minutes as a table. */
function ServiceScaling({ id }: { readonly id: string }) {
  const headingId = useId();
  const service = useSim((state) => state.snapshot.services.find((s) => s.id === id));
  const now = useSim((state) => state.now);
  const scaling = service?.scaling;
  if (!service || !scaling) return null;
  const metrics = chartedMetrics(scaling);
  const rows = scaling.minutes.slice(-TABLE_ROWS).reverse();
  return (
    <section className="scaling-charts" aria-labelledby={headingId} data-service-id={id}>
      <h3 id={headingId}>
        {service.name} <span className="muted">Service Auto Scaling, 1-minute datapoints</span>
      </h3>
      <p className="scaling-counts" data-counts="">
        desired <strong>{service.desiredCount}</strong> · running <strong>{service.runningCount}</strong> · pending {service.pendingCount} · min {scaling.minCapacity} · max {scaling.maxCapacity} · peak {scaling.peakDesired}
      </p>
      {metrics.map((metric) => (
        <ScalingChart key={metric} scaling={scaling} metric={metric} now={now} service={service.name} />
      ))}
      <p className="hint scaling-legend">
        Dashed: the target. Red band along the top: an alarm in ALARM. Shaded: a cooldown (blue after scaling out, green after scaling in). Ticks: scaling activities.
      </p>
      <details className="scaling-table">
        <summary>Datapoints as a table</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Minute ending</th>
                {metrics.map((m) => (
                  <th key={m} scope="col" className="num">{m}</th>
                ))}
                <th scope="col" className="num">Desired</th>
                <th scope="col" className="num">Running</th>
                <th scope="col">In ALARM</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.t}>
                  <th scope="row"><time dateTime={isoDuration(row.t)}>{formatClock(row.t)}</time></th>
                  {metrics.map((m) => {
                    const value = m === 'CPUUtilization' ? row.cpu : m === 'MemoryUtilization' ? row.memory : (scaling.chartedTargetGroup === null ? null : row.requestCountPerTarget[scaling.chartedTargetGroup] ?? null);
                    return <td key={m} className="num">{value === null ? '—' : value}</td>;
                  })}
                  <td className="num">{row.desired}</td>
                  <td className="num">{row.running}</td>
                  <td>{row.inAlarm.length === 0 ? '—' : row.inAlarm.map((name) => scaling.alarms.find((a) => a.name === name)?.role ?? name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** Every scaled service's charts, with the spike button to try them. */
export function ScalingCharts() {
  const ids = useSim((state) => (state.world.scaling ?? []).map((t) => t.serviceId).join('\u0000'));
  if (ids === '') return null;
  return (
    <div className="scaling-section">
      {ids.split('\u0000').map((id) => (
        <ServiceScaling key={id} id={id} />
      ))}
      <SpikeButton />
    </div>
  );
}
