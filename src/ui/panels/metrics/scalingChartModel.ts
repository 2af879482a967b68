/**
 * What a scaling chart draws, worked out from a service's scaling snapshot: the metric's last hour of datapoints,
 * the target lines of the policies that track it, the minutes an alarm on it was in ALARM, the cooldowns, and the
 * scaling activities. Plain data, so the picture and its text summary and table say the same.
 */
import type { ScalingMetricName, ScalingMinuteRow, ScalingSnapshot } from '../../../engine';

export const CHART_WINDOW_MS = 60 * 60_000;
/** Early in a run the window is shorter (15 minutes, growing by 5), so the first minutes are not squeezed to the left. */
const MIN_WINDOW_MS = 15 * 60_000;
const WINDOW_STEP_MS = 5 * 60_000;

export interface ChartLine {
  readonly label: string;
  readonly value: number;
}

export interface ChartSpan {
  readonly kind: 'cooldown-out' | 'cooldown-in' | 'alarm';
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

export interface ScalingChartModel {
  readonly metric: ScalingMetricName;
  readonly unit: '%' | '';
  readonly points: readonly { readonly t: number; readonly value: number | null }[];
  readonly lines: readonly ChartLine[];
  readonly spans: readonly ChartSpan[];
  readonly marks: readonly { readonly t: number; readonly label: string }[];
  readonly yMax: number;
  readonly start: number;
  readonly end: number;
}

function valueOf(row: ScalingMinuteRow, metric: ScalingMetricName, group: string | null): number | null {
  if (metric === 'CPUUtilization') return row.cpu;
  if (metric === 'MemoryUtilization') return row.memory;
  return group === null ? null : (row.requestCountPerTarget[group] ?? null);
}

/** The metrics the service's policies watch, in a stable order. */
export function chartedMetrics(scaling: ScalingSnapshot): ScalingMetricName[] {
  const watched = new Set(scaling.alarms.map((a) => a.metric));
  for (const policy of scaling.policies) {
    if (policy.type === 'TargetTrackingScaling') {
      watched.add(policy.metric === 'ECSServiceAverageCPUUtilization' ? 'CPUUtilization' : policy.metric === 'ECSServiceAverageMemoryUtilization' ? 'MemoryUtilization' : 'RequestCountPerTarget');
    } else if (policy.alarm !== null) watched.add(policy.alarm.metric);
  }
  return (['CPUUtilization', 'MemoryUtilization', 'RequestCountPerTarget'] as const).filter((m) => watched.has(m));
}

export function scalingChartModel(scaling: ScalingSnapshot, metric: ScalingMetricName, now: number): ScalingChartModel {
  const window = Math.min(CHART_WINDOW_MS, Math.max(MIN_WINDOW_MS, Math.ceil((now + 1) / WINDOW_STEP_MS) * WINDOW_STEP_MS));
  const end = Math.max(now, window);
  const start = end - window;
  const group = scaling.chartedTargetGroup;
  const points = scaling.minutes.filter((row) => row.t >= start).map((row) => ({ t: row.t, value: valueOf(row, metric, group) }));
  const lines: ChartLine[] = [];
  for (const policy of scaling.policies) {
    if (policy.type === 'TargetTrackingScaling' && chartedMetrics({ ...scaling, policies: [policy], alarms: [] })[0] === metric) {
      lines.push({ label: `target ${policy.targetValue}${metric === 'RequestCountPerTarget' ? '' : ' %'} (${policy.name})`, value: policy.targetValue });
    }
    if (policy.type === 'StepScaling' && policy.alarm?.metric === metric) {
      lines.push({ label: `alarm ${policy.alarm.threshold}${metric === 'RequestCountPerTarget' ? '' : ' %'} (${policy.alarm.name})`, value: policy.alarm.threshold });
    }
  }
  const alarmNames = new Set(scaling.alarms.filter((a) => a.metric === metric).map((a) => a.name));
  const spans: ChartSpan[] = [];
  for (const row of scaling.minutes) {
    const names = row.inAlarm.filter((name) => alarmNames.has(name));
    if (names.length === 0 || row.t < start) continue;
    const roles = scaling.alarms.filter((a) => names.includes(a.name)).map((a) => a.role);
    spans.push({ kind: 'alarm', from: row.t - 60_000, to: row.t, label: roles.includes('low') ? 'low alarm' : 'high alarm' });
  }
  for (const activity of scaling.activities) {
    if (activity.cooldownEndsAt < start) continue;
    spans.push({
      kind: activity.direction === 'out' ? 'cooldown-out' : 'cooldown-in',
      from: Math.max(start, activity.t),
      to: Math.min(end, activity.cooldownEndsAt),
      label: activity.direction === 'out' ? 'scale-out cooldown' : 'scale-in cooldown',
    });
  }
  const marks = scaling.activities.filter((a) => a.t >= start).map((a) => ({ t: a.t, label: `${a.from}→${a.to}` }));
  const values = points.map((p) => p.value ?? 0);
  const unit = metric === 'RequestCountPerTarget' ? '' : '%';
  const yMax = unit === '%' ? 100 : Math.max(1, ...values, ...lines.map((l) => l.value * 1.5));
  return { metric, unit, points, lines, spans, marks, yMax, start, end };
}
