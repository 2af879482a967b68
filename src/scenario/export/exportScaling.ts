/**
 * Service Auto Scaling back to CloudFormation: a ScalableTarget per scaled service, a ScalingPolicy per policy, and
 * for a step policy the CloudWatch alarm that invokes it. The resource ID is written as the text it evaluates to, so
 * the loader finds the service by its cluster's and its own name whatever made them.
 */
import { targetGroupArn, type ScalableTargetSpec, type ScalingPolicySpec, type ScenarioSpec, type StepScalingPolicySpec } from '../../engine';
import { props, ref, type CfnObject } from './cfn';

const alnum = (text: string): string => text.replace(/[^A-Za-z0-9]/g, '');

function policyId(target: ScalableTargetSpec, index: number, policy: ScalingPolicySpec): string {
  return `${target.id}${alnum(policy.name).slice(0, 40) || 'Policy'}${index + 1}`;
}

function targetTracking(policy: Extract<ScalingPolicySpec, { type: 'TargetTrackingScaling' }>): CfnObject {
  return props({
    TargetValue: policy.targetValue,
    PredefinedMetricSpecification: props({ PredefinedMetricType: policy.metric, ResourceLabel: policy.resourceLabel ?? undefined }),
    ScaleOutCooldown: policy.scaleOutCooldownSeconds,
    ScaleInCooldown: policy.scaleInCooldownSeconds,
    DisableScaleIn: policy.disableScaleIn ? true : undefined,
  });
}

function stepScaling(policy: StepScalingPolicySpec): CfnObject {
  return props({
    AdjustmentType: policy.adjustmentType,
    Cooldown: policy.cooldownSeconds,
    MinAdjustmentMagnitude: policy.minAdjustmentMagnitude ?? undefined,
    MetricAggregationType: policy.metricAggregationType,
    StepAdjustments: policy.steps.map((step) => props({
      MetricIntervalLowerBound: step.lowerBound ?? undefined,
      MetricIntervalUpperBound: step.upperBound ?? undefined,
      ScalingAdjustment: step.scalingAdjustment,
    })),
  });
}

function alarmResource(spec: ScenarioSpec, policy: StepScalingPolicySpec, policyLogicalId: string, serviceId: string): CfnObject | null {
  const alarm = policy.alarm;
  if (alarm === null) return null;
  const service = spec.services.find((s) => s.id === serviceId);
  const cluster = spec.clusters.find((c) => c.id === service?.clusterId);
  const group = spec.targetGroups.find((tg) => tg.id === alarm.targetGroupId);
  const dimensions = alarm.metric === 'RequestCountPerTarget'
    ? [{ Name: 'TargetGroup', Value: group ? `targetgroup/${group.name}/${targetGroupArn(group.name, group.id).slice(-16)}` : '' }]
    : [{ Name: 'ClusterName', Value: cluster?.name ?? '' }, { Name: 'ServiceName', Value: service?.name ?? '' }];
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmName: alarm.name,
      Namespace: alarm.metric === 'RequestCountPerTarget' ? 'AWS/ApplicationELB' : 'AWS/ECS',
      MetricName: alarm.metric,
      Dimensions: dimensions,
      Statistic: alarm.metric === 'RequestCountPerTarget' ? 'Sum' : 'Average',
      Period: 60,
      EvaluationPeriods: alarm.evaluationPeriods,
      Threshold: alarm.threshold,
      ComparisonOperator: alarm.comparison,
      AlarmActions: [ref(policyLogicalId)],
    },
  };
}

/** The resources of every scalable target, in the world's order: target, then each policy (and its alarm). */
export function scalingResources(spec: ScenarioSpec): CfnObject {
  const resources: CfnObject = {};
  for (const target of spec.scaling ?? []) {
    const service = spec.services.find((s) => s.id === target.serviceId);
    const cluster = spec.clusters.find((c) => c.id === service?.clusterId);
    if (!service) continue;
    resources[target.id] = {
      Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
      Properties: {
        ServiceNamespace: 'ecs',
        ScalableDimension: 'ecs:service:DesiredCount',
        ResourceId: `service/${cluster?.name ?? service.clusterId}/${service.name}`,
        MinCapacity: target.minCapacity,
        MaxCapacity: target.maxCapacity,
      },
    };
    target.policies.forEach((policy, i) => {
      const id = policyId(target, i, policy);
      resources[id] = {
        Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
        Properties: props({
          PolicyName: policy.name,
          PolicyType: policy.type,
          ScalingTargetId: ref(target.id),
          TargetTrackingScalingPolicyConfiguration: policy.type === 'TargetTrackingScaling' ? targetTracking(policy) : undefined,
          StepScalingPolicyConfiguration: policy.type === 'StepScaling' ? stepScaling(policy) : undefined,
        }),
      };
      const alarm = policy.type === 'StepScaling' ? alarmResource(spec, policy, id, service.id) : null;
      if (alarm !== null) resources[`${id}Alarm`] = alarm;
    });
  }
  return resources;
}
