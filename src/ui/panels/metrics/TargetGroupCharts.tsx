import { useId } from 'react';
import type { MetricName } from '../../../store';
import { useSim } from '../../../store';
import { MetricChart } from './MetricChart';

const EMPTY: readonly never[] = [];

/** Charts in pairs that are read together; the last pair shows who answered the 5xx. */
const PAIRS: readonly { readonly names: readonly [MetricName, MetricName]; readonly note?: string }[] = [
  { names: ['RequestCount', 'TargetResponseTime'] },
  { names: ['HealthyHostCount', 'UnHealthyHostCount'] },
  { names: ['HTTPCode_Target_5XX_Count', 'HTTPCode_ELB_5XX_Count'], note: 'Who answered the 5xx: the targets, or the load balancer itself (a 503 with no healthy target).' },
];

export interface TargetGroupChartsProps {
  readonly id: string;
  readonly name: string;
}

export function TargetGroupCharts({ id, name }: TargetGroupChartsProps) {
  const headingId = useId();
  const points = useSim((state) => state.metrics[id] ?? EMPTY);
  return (
    <section className="tg-charts" aria-labelledby={headingId} data-target-group-id={id}>
      <h3 id={headingId}>
        {name} <span className="muted">last 10 minutes, 10 s buckets</span>
      </h3>
      {PAIRS.map((pair) => (
        <div key={pair.names[0]} className="chart-pair">
          {pair.names.map((metric) => (
            <MetricChart key={metric} name={metric} points={points} group={name} />
          ))}
          {pair.note ? <p className="hint chart-note">{pair.note}</p> : null}
        </div>
      ))}
    </section>
  );
}
