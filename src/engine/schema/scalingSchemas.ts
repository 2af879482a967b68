/** zod schemas of Service Auto Scaling's spec shapes (scalingSpec.ts), as commands and sessions write them. */
import { z } from '../../zod';
import { LIMITS, limitText } from '../limits';
import { ADJUSTMENT_TYPES, COMPARISON_OPERATORS, METRIC_AGGREGATION_TYPES, PREDEFINED_METRIC_TYPES, SCALING_METRIC_NAMES, type ScalingPolicySpec } from '../scalingSpec';
import { strict } from './strict';

/** PolicyName: 1-256 characters, no colon or slash... AAS allows `\p{Print}` without `|`; the model keeps it printable. */
export const policyNameSchema = z.string().min(1).max(256).regex(/^[^|:\n\r\t]+$/, 'a policy name is 1 to 256 printable characters without | or :');
const capacity = z.number().int().min(0).max(LIMITS.tasksPerService.value, { error: `a capacity is a whole number from 0 to ${LIMITS.tasksPerService.value} (${limitText(LIMITS.tasksPerService)})` });
const cooldown = z.number().int().min(0).max(LIMITS.simulatedSeconds.value);

export const capacitySchema = capacity;

const targetTracking = strict({
  type: z.literal('TargetTrackingScaling'),
  name: policyNameSchema,
  metric: z.enum(PREDEFINED_METRIC_TYPES),
  resourceLabel: z.string().min(1).max(1023).nullable(),
  targetGroupId: z.string().min(1).nullable(),
  targetValue: z.number().gt(0, { error: 'the target value must be above 0' }).max(1e9),
  scaleOutCooldownSeconds: cooldown,
  scaleInCooldownSeconds: cooldown,
  disableScaleIn: z.boolean(),
}, 'A target tracking policy');

const stepAdjustment = strict({
  lowerBound: z.number().nullable(),
  upperBound: z.number().nullable(),
  scalingAdjustment: z.number().int(),
}, 'A step adjustment');

const stepAlarm = strict({
  name: z.string().min(1).max(255),
  metric: z.enum(SCALING_METRIC_NAMES),
  targetGroupId: z.string().min(1).nullable(),
  comparison: z.enum(COMPARISON_OPERATORS),
  threshold: z.number(),
  evaluationPeriods: z.number().int().min(1).max(1440, { error: 'EvaluationPeriods x 60 s must be at most one day: at most 1440 periods' }),
}, 'A step policy\'s alarm');

const stepScaling = strict({
  type: z.literal('StepScaling'),
  name: policyNameSchema,
  adjustmentType: z.enum(ADJUSTMENT_TYPES),
  steps: z.array(stepAdjustment).min(1).max(LIMITS.stepAdjustmentsPerPolicy.value, { error: `too many steps: ${limitText(LIMITS.stepAdjustmentsPerPolicy)}` }),
  cooldownSeconds: cooldown,
  minAdjustmentMagnitude: z.number().int().min(1).nullable(),
  // Sessions written before the field was kept carry none: AWS's default.
  metricAggregationType: z.enum(METRIC_AGGREGATION_TYPES).default('Average'),
  alarm: stepAlarm.nullable(),
}, 'A step scaling policy');

export const scalingPolicySchema: z.ZodType<ScalingPolicySpec> = z.discriminatedUnion('type', [targetTracking, stepScaling]);
