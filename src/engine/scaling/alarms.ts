/**
 * The alarms behind the policies (MC27): target tracking's two, high when the last 3 datapoints are all above the
 * target and low when the last 15 are all below 90 % of it (none with DisableScaleIn); a step policy's own alarm,
 * its EvaluationPeriods of 1-minute datapoints. An alarm with fewer datapoints than it needs, or a gap among them,
 * is INSUFFICIENT_DATA, and no policy acts on it (fact 64).
 */
import { scalableResourceId, targetTrackingAlarmName } from '../names';
import type { AlarmState, ComparisonOperator, ScalingMetricName, ScalingPolicySpec, TargetTrackingPolicySpec } from '../scalingSpec';
import { seriesKey } from './loadMetrics';
import type { AlarmRec, Series } from './scalingState';

export const HIGH_ALARM_PERIODS = 3;
export const LOW_ALARM_PERIODS = 15;
/** The low alarm's threshold, as a share of the target value. */
export const LOW_ALARM_SHARE = 0.9;

/** The CloudWatch metric behind a predefined target-tracking metric. */
export function metricOfPolicy(policy: TargetTrackingPolicySpec): ScalingMetricName {
  switch (policy.metric) {
    case 'ECSServiceAverageCPUUtilization':
      return 'CPUUtilization';
    case 'ECSServiceAverageMemoryUtilization':
      return 'MemoryUtilization';
    case 'ALBRequestCountPerTarget':
      return 'RequestCountPerTarget';
  }
}

type AlarmShape = Omit<AlarmRec, 'state'>;

/** The alarms a policy has, as they should be now. */
export function alarmsOfPolicy(policy: ScalingPolicySpec, clusterName: string, serviceName: string): AlarmShape[] {
  if (policy.type === 'StepScaling') {
    const alarm = policy.alarm;
    if (alarm === null) return [];
    return [{
      name: alarm.name, policy: policy.name, role: 'step', metric: alarm.metric, targetGroupId: alarm.targetGroupId,
      comparison: alarm.comparison, threshold: alarm.threshold, periods: alarm.evaluationPeriods,
    }];
  }
  const resourceId = scalableResourceId(clusterName, serviceName);
  const metric = metricOfPolicy(policy);
  const high: AlarmShape = {
    name: targetTrackingAlarmName(resourceId, policy.name, 'high'), policy: policy.name, role: 'high', metric,
    targetGroupId: policy.targetGroupId, comparison: 'GreaterThanThreshold', threshold: policy.targetValue, periods: HIGH_ALARM_PERIODS,
  };
  if (policy.disableScaleIn) return [high];
  const low: AlarmShape = {
    name: targetTrackingAlarmName(resourceId, policy.name, 'low'), policy: policy.name, role: 'low', metric,
    targetGroupId: policy.targetGroupId, comparison: 'LessThanThreshold',
    threshold: Math.round(policy.targetValue * LOW_ALARM_SHARE * 1e6) / 1e6, periods: LOW_ALARM_PERIODS,
  };
  return [high, low];
}

export function breaches(value: number, comparison: ComparisonOperator, threshold: number): boolean {
  switch (comparison) {
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
  }
}

/** The alarm's state from its metric's series (newest last). */
export function evaluateAlarm(alarm: AlarmShape, series: Series | undefined): AlarmState {
  if (series === undefined || series.length < alarm.periods) return 'INSUFFICIENT_DATA';
  let all = true;
  for (let i = series.length - alarm.periods; i < series.length; i++) {
    const value = series[i];
    if (value === null || value === undefined) return 'INSUFFICIENT_DATA';
    if (!breaches(value, alarm.comparison, alarm.threshold)) all = false;
  }
  return all ? 'ALARM' : 'OK';
}

export function alarmSeriesKey(alarm: AlarmShape): string {
  return seriesKey(alarm.metric, alarm.targetGroupId);
}
