/**
 * The scaling form's values and the commands they stand for: a scalable target's bounds and a target tracking
 * policy. The ResourceLabel of ALBRequestCountPerTarget is made as CloudFormation's GetAtts make it
 * (`app/<lb-name>/<id>/targetgroup/<tg-name>/<id>`), from the load balancer whose listener forwards to the group.
 */
import {
  PREDEFINED_METRIC_TYPES, stableHash64, type Command, type PredefinedMetricType, type ScenarioSpec, type ServiceSpec, type StepScalingPolicySpec, type TargetTrackingPolicySpec,
} from '../../../engine';

export interface TrackingDraft {
  readonly metric: PredefinedMetricType;
  readonly targetValue: string;
  readonly scaleOutCooldown: string;
  readonly scaleInCooldown: string;
  readonly disableScaleIn: boolean;
}

export const EMPTY_TRACKING: TrackingDraft = { metric: PREDEFINED_METRIC_TYPES[0]!, targetValue: '50', scaleOutCooldown: '300', scaleInCooldown: '300', disableScaleIn: false };

function forwardsTo(world: ScenarioSpec, targetGroupId: string): string | null {
  const forwarding = (actions: ScenarioSpec['listeners'][number]['defaultActions']) => actions.some((a) => a.type === 'forward' && a.targetGroups.some((g) => g.targetGroupId === targetGroupId));
  const listener = world.listeners.find((l) => forwarding(l.defaultActions) || world.rules.some((r) => r.listenerId === l.id && forwarding(r.actions)));
  return listener?.loadBalancerId ?? null;
}

export function resourceLabelFor(world: ScenarioSpec, service: ServiceSpec): { readonly label: string; readonly targetGroupId: string } | null {
  const targetGroupId = service.loadBalancers[0]?.targetGroupId;
  const group = world.targetGroups.find((tg) => tg.id === targetGroupId);
  const lb = world.loadBalancers.find((l) => l.id === (targetGroupId === undefined ? null : forwardsTo(world, targetGroupId)));
  if (!group || !lb) return null;
  return { label: `app/${lb.name}/${stableHash64(lb.id)}/targetgroup/${group.name}/${stableHash64(group.id)}`, targetGroupId: group.id };
}

const SHORT: Readonly<Record<PredefinedMetricType, string>> = {
  ECSServiceAverageCPUUtilization: 'cpu',
  ECSServiceAverageMemoryUtilization: 'memory',
  ALBRequestCountPerTarget: 'requests',
};

/** The PutScalingPolicy a draft stands for, or why the form cannot make one. */
export function trackingCommand(world: ScenarioSpec, service: ServiceSpec, draft: TrackingDraft): Command | string {
  const target = Number(draft.targetValue);
  const out = Number(draft.scaleOutCooldown);
  const inn = Number(draft.scaleInCooldown);
  if (draft.targetValue.trim() === '' || !Number.isFinite(target)) return 'Enter a target value.';
  if (!Number.isInteger(out) || !Number.isInteger(inn) || out < 0 || inn < 0) return 'Cooldowns are whole seconds, 0 or more.';
  const alb = draft.metric === 'ALBRequestCountPerTarget' ? resourceLabelFor(world, service) : null;
  if (draft.metric === 'ALBRequestCountPerTarget' && alb === null) return 'ALBRequestCountPerTarget needs a target group of this service that a load balancer forwards to.';
  const policy: TargetTrackingPolicySpec = {
    type: 'TargetTrackingScaling',
    name: `${service.name}-${SHORT[draft.metric]}-${draft.targetValue.trim()}`,
    metric: draft.metric,
    resourceLabel: alb?.label ?? null,
    targetGroupId: alb?.targetGroupId ?? null,
    targetValue: target,
    scaleOutCooldownSeconds: out,
    scaleInCooldownSeconds: inn,
    disableScaleIn: draft.disableScaleIn,
  };
  return { do: 'putScalingPolicy', service: service.id, policy };
}

const bound = (value: number | null, open: string): string => (value === null ? open : String(value));

/** A step policy in a line: its alarm, each step's range and adjustment, its cooldown and aggregation. */
export function stepPolicyText(policy: StepScalingPolicySpec): string {
  const alarm = policy.alarm ? `alarm ${policy.alarm.name}: ${policy.alarm.metric} ${policy.alarm.comparison} ${policy.alarm.threshold} for ${policy.alarm.evaluationPeriods} min` : 'no alarm invokes it';
  const steps = policy.steps.map((s) => `${s.scalingAdjustment > 0 ? '+' : ''}${s.scalingAdjustment} from ${bound(s.lowerBound, '-∞')} to ${bound(s.upperBound, '+∞')}`).join(', ');
  return `step scaling, ${alarm}; ${policy.adjustmentType} ${steps}; cooldown ${policy.cooldownSeconds} s, ${policy.metricAggregationType}`;
}
