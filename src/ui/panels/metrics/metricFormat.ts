import type { MetricName, MetricPoint } from '../../../store';
import { formatCount } from '../../format';
import type { SparklineTone, SparklineVariant } from './Sparkline';

export interface MetricLook {
  /** CloudWatch's statistic for this chart. */
  readonly statistic: string;
  readonly variant: SparklineVariant;
  readonly tone: SparklineTone;
}

export const METRIC_LOOK: Readonly<Record<MetricName, MetricLook>> = {
  RequestCount: { statistic: 'Sum per 10 s', variant: 'bars', tone: 'neutral' },
  HealthyHostCount: { statistic: 'Count', variant: 'line', tone: 'good' },
  UnHealthyHostCount: { statistic: 'Count', variant: 'line', tone: 'bad' },
  TargetResponseTime: { statistic: 'Average, seconds', variant: 'line', tone: 'neutral' },
  HTTPCode_Target_5XX_Count: { statistic: 'Sum per 10 s', variant: 'bars', tone: 'bad' },
  HTTPCode_ELB_5XX_Count: { statistic: 'Sum per 10 s', variant: 'bars', tone: 'bad' },
};

/** CloudWatch reports TargetResponseTime in seconds; the store keeps milliseconds. */
export function formatMetric(name: MetricName, value: number | null): string {
  if (value === null) return 'no data';
  if (name === 'TargetResponseTime') return `${(value / 1000).toFixed(3)} s`;
  return formatCount(value);
}

export function valuesOf(points: readonly MetricPoint[], name: MetricName): (number | null)[] {
  return points.map((point) => point[name]);
}

export function lastValue(values: readonly (number | null)[]): number | null {
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

export function maxValue(values: readonly (number | null)[]): number | null {
  let max: number | null = null;
  for (const value of values) if (value !== null && (max === null || value > max)) max = value;
  return max;
}

/** "RequestCount for users-tg (Sum per 10 s): last 42, max 57; recent 40, 38, 42" */
export function chartLabel(name: MetricName, group: string, values: readonly (number | null)[]): string {
  const recent = values.slice(-5).map((value) => formatMetric(name, value)).join(', ');
  return `${name} for ${group} (${METRIC_LOOK[name].statistic}): last ${formatMetric(name, lastValue(values))}, max ${formatMetric(name, maxValue(values))}${recent ? `; recent ${recent}` : ''}`;
}

