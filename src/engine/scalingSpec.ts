/**
 * Service Auto Scaling as the world spec holds it (facts 60-69): one scalable target per service (the dimension
 * `ecs:service:DesiredCount` of `service/<cluster>/<service>`) with its policies, target tracking or step scaling.
 * A step policy carries the CloudWatch alarm that invokes it, since the simulator has no other alarms.
 */

/** Target tracking's predefined metrics for ECS (fact 61). */
export type PredefinedMetricType = 'ECSServiceAverageCPUUtilization' | 'ECSServiceAverageMemoryUtilization' | 'ALBRequestCountPerTarget';
export const PREDEFINED_METRIC_TYPES: readonly PredefinedMetricType[] = [
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'ALBRequestCountPerTarget',
];

/** The CloudWatch metrics a datapoint carries (MC26): ECS's two averages and the ALB's requests per target. */
export type ScalingMetricName = 'CPUUtilization' | 'MemoryUtilization' | 'RequestCountPerTarget';
export const SCALING_METRIC_NAMES: readonly ScalingMetricName[] = ['CPUUtilization', 'MemoryUtilization', 'RequestCountPerTarget'];

export type ComparisonOperator = 'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = [
  'GreaterThanThreshold',
  'GreaterThanOrEqualToThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
];

/** A CloudWatch alarm's state. */
export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/**
 * How a step policy aggregates its metric before picking a step (StepScalingPolicyConfiguration's
 * MetricAggregationType; Average when not given). MC44: across the service's RUNNING tasks in the minute.
 */
export type MetricAggregationType = 'Average' | 'Minimum' | 'Maximum';
export const METRIC_AGGREGATION_TYPES: readonly MetricAggregationType[] = ['Average', 'Minimum', 'Maximum'];

export type AdjustmentType = 'ChangeInCapacity' | 'ExactCapacity' | 'PercentChangeInCapacity';
export const ADJUSTMENT_TYPES: readonly AdjustmentType[] = ['ChangeInCapacity', 'ExactCapacity', 'PercentChangeInCapacity'];

export interface TargetTrackingPolicySpec {
  readonly type: 'TargetTrackingScaling';
  /** PolicyName: unique per scalable target. */
  readonly name: string;
  readonly metric: PredefinedMetricType;
  /** ALBRequestCountPerTarget: `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>` (fact 61); else null. */
  readonly resourceLabel: string | null;
  /** The target group the label names (one of the service's), else null. */
  readonly targetGroupId: string | null;
  readonly targetValue: number;
  /** Fact 62: 300 s each by default. */
  readonly scaleOutCooldownSeconds: number;
  readonly scaleInCooldownSeconds: number;
  readonly disableScaleIn: boolean;
}

/** One step: bounds relative to the alarm's threshold (null is unbounded), lower inclusive, upper exclusive. */
export interface StepAdjustmentSpec {
  readonly lowerBound: number | null;
  readonly upperBound: number | null;
  readonly scalingAdjustment: number;
}

/** The CloudWatch alarm whose AlarmActions name a step policy: 1-minute datapoints of one of the service's metrics. */
export interface StepAlarmSpec {
  readonly name: string;
  readonly metric: ScalingMetricName;
  /** RequestCountPerTarget: the target group; else null. */
  readonly targetGroupId: string | null;
  readonly comparison: ComparisonOperator;
  readonly threshold: number;
  readonly evaluationPeriods: number;
}

export interface StepScalingPolicySpec {
  readonly type: 'StepScaling';
  readonly name: string;
  readonly adjustmentType: AdjustmentType;
  readonly steps: readonly StepAdjustmentSpec[];
  /** Fact 62: 300 s by default. */
  readonly cooldownSeconds: number;
  readonly minAdjustmentMagnitude: number | null;
  readonly metricAggregationType: MetricAggregationType;
  /** null: no alarm invokes it, so it never acts. */
  readonly alarm: StepAlarmSpec | null;
}

export type ScalingPolicySpec = TargetTrackingPolicySpec | StepScalingPolicySpec;

export interface ScalableTargetSpec {
  /** The template's logical ID, else `<service>ScalableTarget`. */
  readonly id: string;
  readonly serviceId: string;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly policies: readonly ScalingPolicySpec[];
}
