import type { MetricName, MetricPoint } from '../../../store';
import { chartLabel, formatMetric, lastValue, maxValue, METRIC_LOOK, valuesOf } from './metricFormat';
import { Breakable } from '../Breakable';
import { Sparkline } from './Sparkline';

export interface MetricChartProps {
  readonly name: MetricName;
  readonly points: readonly MetricPoint[];
  /** Target group name, for the accessible name. */
  readonly group: string;
}

/** One CloudWatch metric: its exact name, the last and largest figures in text, and the trend as a sparkline. */
export function MetricChart({ name, points, group }: MetricChartProps) {
  const values = valuesOf(points, name);
  const look = METRIC_LOOK[name];
  return (
    <figure className="metric-chart" data-metric={name}>
      <figcaption>
        <span className="metric-name">
          <Breakable text={name} />
        </span>
        <span className="metric-values">
          last <strong>{formatMetric(name, lastValue(values))}</strong> · max {formatMetric(name, maxValue(values))}
        </span>
      </figcaption>
      <Sparkline values={values} variant={look.variant} tone={look.tone} label={chartLabel(name, group, values)} />
    </figure>
  );
}
