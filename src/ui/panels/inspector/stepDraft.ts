/**
 * The step scaling form's values and the PutScalingPolicy they stand for: the CloudWatch alarm that invokes the
 * policy (one of the service's metrics, a comparison, a threshold, evaluation periods) and the policy's steps. The
 * form only turns text into numbers; whether the steps are allowed is the engine's to say (Simulation.check).
 */
import type {
  AdjustmentType, Command, ComparisonOperator, MetricAggregationType, ScalingMetricName, ServiceSpec, StepAdjustmentSpec, StepScalingPolicySpec,
} from '../../../engine';

export interface StepRowDraft {
  /** Blank is open-ended (a null bound). */
  readonly lower: string;
  readonly upper: string;
  readonly adjustment: string;
}

export interface StepDraft {
  readonly name: string;
  readonly metric: ScalingMetricName;
  readonly comparison: ComparisonOperator;
  readonly threshold: string;
  readonly evaluationPeriods: string;
  readonly adjustmentType: AdjustmentType;
  readonly steps: readonly StepRowDraft[];
  readonly cooldown: string;
  readonly minAdjustmentMagnitude: string;
  readonly aggregation: MetricAggregationType;
}

/** A scale-out policy as AWS's examples write one: above 70 % for 2 minutes, +1 up to 20 above it, +2 beyond. */
export function emptyStepDraft(service: ServiceSpec): StepDraft {
  return {
    name: `${service.name}-cpu-steps`,
    metric: 'CPUUtilization',
    comparison: 'GreaterThanOrEqualToThreshold',
    threshold: '70',
    evaluationPeriods: '2',
    adjustmentType: 'ChangeInCapacity',
    steps: [{ lower: '0', upper: '20', adjustment: '1' }, { lower: '20', upper: '', adjustment: '2' }],
    cooldown: '300',
    minAdjustmentMagnitude: '',
    aggregation: 'Average',
  };
}

/** Each metric with its CloudWatch namespace, short enough for the dock's select. */
export const METRIC_SOURCES: Readonly<Record<ScalingMetricName, string>> = {
  CPUUtilization: 'CPUUtilization (AWS/ECS)',
  MemoryUtilization: 'MemoryUtilization (AWS/ECS)',
  RequestCountPerTarget: 'RequestCountPerTarget (AWS/ApplicationELB)',
};

/** What the alarm compares, in the sentence under it. */
export const METRIC_MEANINGS: Readonly<Record<ScalingMetricName, string>> = {
  CPUUtilization: 'the service\'s average CPUUtilization',
  MemoryUtilization: 'the service\'s average MemoryUtilization',
  RequestCountPerTarget: 'the requests per target of the service\'s target group',
};

/** A blank field is null; anything else must be a finite number. */
function bound(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The PutScalingPolicy a draft stands for, or what the form cannot read. */
export function stepCommand(service: ServiceSpec, draft: StepDraft): Command | string {
  const name = draft.name.trim();
  if (name === '') return 'Enter a policy name.';
  const threshold = Number(draft.threshold);
  if (draft.threshold.trim() === '' || !Number.isFinite(threshold)) return 'Enter the alarm\'s threshold.';
  const periods = Number(draft.evaluationPeriods);
  if (!Number.isInteger(periods) || periods < 1) return 'EvaluationPeriods is a whole number, 1 or more.';
  const cooldown = Number(draft.cooldown);
  if (draft.cooldown.trim() === '' || !Number.isInteger(cooldown) || cooldown < 0) return 'Cooldown is whole seconds, 0 or more.';
  const magnitude = bound(draft.minAdjustmentMagnitude);
  if (magnitude === undefined || (magnitude !== null && !Number.isInteger(magnitude))) return 'MinAdjustmentMagnitude is a whole number, or blank.';
  const steps: StepAdjustmentSpec[] = [];
  for (const [i, row] of draft.steps.entries()) {
    const lowerBound = bound(row.lower);
    const upperBound = bound(row.upper);
    const adjustment = Number(row.adjustment);
    if (lowerBound === undefined || upperBound === undefined) return `Step ${i + 1}: a bound is a number, or blank for no bound.`;
    if (row.adjustment.trim() === '' || !Number.isInteger(adjustment)) return `Step ${i + 1}: the adjustment is a whole number.`;
    steps.push({ lowerBound, upperBound, scalingAdjustment: adjustment });
  }
  if (steps.length === 0) return 'Add a step.';
  const policy: StepScalingPolicySpec = {
    type: 'StepScaling',
    name,
    adjustmentType: draft.adjustmentType,
    steps,
    cooldownSeconds: cooldown,
    minAdjustmentMagnitude: draft.adjustmentType === 'PercentChangeInCapacity' ? magnitude : null,
    metricAggregationType: draft.aggregation,
    alarm: {
      name: `${name}-alarm`,
      metric: draft.metric,
      targetGroupId: draft.metric === 'RequestCountPerTarget' ? (service.loadBalancers[0]?.targetGroupId ?? null) : null,
      comparison: draft.comparison,
      threshold,
      evaluationPeriods: periods,
    },
  };
  return { do: 'putScalingPolicy', service: service.id, policy };
}
