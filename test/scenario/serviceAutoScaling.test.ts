/** The loader's Service Auto Scaling: scalable targets, the three kinds of policy, step alarms, and what it refuses. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { at, baseTemplate, lines, loadErrors, loadOk, resources, type Json } from './helpers';

const fixture = readFileSync(fileURLToPath(new URL('./fixtures/export/auto-scaling.json', import.meta.url)), 'utf8');

describe('Application Auto Scaling in a template', () => {
  it('reads target tracking on requests per target and memory, and step scaling with the alarm that invokes it', () => {
    const { spec, warnings, notSimulated } = loadOk(fixture, { fileName: 'auto-scaling.json' });
    expect(warnings).toEqual([]);
    expect(notSimulated).toEqual([]);
    expect(spec.scaling).toEqual([{
      id: 'WebScaling', serviceId: 'WebService', minCapacity: 2, maxCapacity: 12,
      policies: [
        {
          type: 'TargetTrackingScaling', name: 'web-requests-1000', metric: 'ALBRequestCountPerTarget',
          resourceLabel: expect.stringMatching(/^app\/alb\/[0-9a-f]{16}\/targetgroup\/web-tg\/[0-9a-f]{16}$/) as unknown as string,
          targetGroupId: 'WebTargets', targetValue: 1000, scaleOutCooldownSeconds: 300, scaleInCooldownSeconds: 300, disableScaleIn: true,
        },
        {
          type: 'TargetTrackingScaling', name: 'web-memory-70', metric: 'ECSServiceAverageMemoryUtilization', resourceLabel: null, targetGroupId: null,
          targetValue: 70, scaleOutCooldownSeconds: 120, scaleInCooldownSeconds: 600, disableScaleIn: false,
        },
        {
          type: 'StepScaling', name: 'web-cpu-steps', adjustmentType: 'PercentChangeInCapacity', cooldownSeconds: 120, minAdjustmentMagnitude: 1, metricAggregationType: 'Average',
          steps: [{ lowerBound: 0, upperBound: 20, scalingAdjustment: 20 }, { lowerBound: 20, upperBound: null, scalingAdjustment: 50 }],
          alarm: { name: 'web-cpu-high', metric: 'CPUUtilization', targetGroupId: null, comparison: 'GreaterThanOrEqualToThreshold', threshold: 75, evaluationPeriods: 2 },
        },
      ],
    }]);
    expect(spec.traffic?.timeline).toEqual([
      { kind: 'ramp', at: 60, to: 80, seconds: 120 }, { kind: 'spike', at: 600, rate: 200, seconds: 60 }, { kind: 'wave', at: 900, low: 10, high: 60, periodSeconds: 3600 },
    ]);
    expect(spec.taskDefinitions[0]?.app).toMatchObject({ cpuMsPerRequest: 20, baselineCpuPercent: 5, memoryMbPerRequest: 1, baselineMemoryPercent: 40 });
  });

  const scaled = (target: Json, policy?: Json): Json => {
    const t = baseTemplate();
    resources(t).Scaling = { Type: 'AWS::ApplicationAutoScaling::ScalableTarget', Properties: { ServiceNamespace: 'ecs', ScalableDimension: 'ecs:service:DesiredCount', ResourceId: 'service/Cluster/WebService', MinCapacity: 1, MaxCapacity: 4, ...target } };
    if (policy) resources(t).Policy = { Type: 'AWS::ApplicationAutoScaling::ScalingPolicy', Properties: { PolicyName: 'p', ScalingTargetId: { Ref: 'Scaling' }, ...policy } };
    return t;
  };

  it('refuses a minimum above the maximum, in Application Auto Scaling\'s words', () => {
    expect(lines(loadErrors(JSON.stringify(scaled({ MinCapacity: 5 }))))).toEqual(['Scaling|Properties.MinCapacity|Minimum capacity cannot be greater than maximum capacity']);
  });

  it('refuses ALBRequestCountPerTarget without a ResourceLabel', () => {
    const policy = { PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: { TargetValue: 100, PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget' } } };
    expect(lines(loadErrors(JSON.stringify(scaled({}, policy))))).toEqual([
      'Policy|Properties.TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification|ResourceLabel is required for the predefined metric type ALBRequestCountPerTarget (app/<load-balancer-name>/<id>/targetgroup/<target-group-name>/<id>).',
    ]);
  });

  it('reads MetricAggregationType (Average when not given) and refuses steps that leave a gap, in Application Auto Scaling\'s words', () => {
    const step = (config: Json): Json => ({ PolicyType: 'StepScaling', StepScalingPolicyConfiguration: { AdjustmentType: 'ChangeInCapacity', ...(config as object) } });
    const steps = [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 1 }, { MetricIntervalLowerBound: 10, ScalingAdjustment: 2 }];
    const maximum = loadOk(JSON.stringify(scaled({}, step({ MetricAggregationType: 'Maximum', StepAdjustments: steps }))));
    expect(maximum.spec.scaling?.[0]?.policies[0]).toMatchObject({ type: 'StepScaling', metricAggregationType: 'Maximum' });
    expect(loadOk(JSON.stringify(scaled({}, step({ StepAdjustments: steps })))).spec.scaling?.[0]?.policies[0]).toMatchObject({ metricAggregationType: 'Average' });
    expect(lines(loadErrors(JSON.stringify(scaled({}, step({ MetricAggregationType: 'Median', StepAdjustments: steps })))))).toEqual([
      'Policy|Properties.StepScalingPolicyConfiguration.MetricAggregationType|MetricAggregationType must be one of Average, Minimum, Maximum, got "Median"',
    ]);
    const gap = [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 1 }, { MetricIntervalLowerBound: 20, ScalingAdjustment: 2 }];
    expect(lines(loadErrors(JSON.stringify(scaled({}, step({ StepAdjustments: gap })))))).toEqual([
      'Policy|Properties.StepScalingPolicyConfiguration.StepAdjustments|The ranges of your step adjustments can\'t overlap or have a gap: the step from 0 to 10 and the one from 20 to infinity leave a gap.',
    ]);
  });

  it('lists what it cannot run with a warning: another namespace, a customized metric, a resource ID naming no service', () => {
    const other = loadOk(JSON.stringify(scaled({ ServiceNamespace: 'dynamodb', ScalableDimension: 'dynamodb:table:ReadCapacityUnits' })));
    expect(other.spec.scaling).toBeUndefined();
    expect(other.notSimulated.map((r) => r.logicalId)).toEqual(['Scaling']);
    expect(lines(other.warnings)[0]).toMatch(/^Scaling\|Properties\|Only ECS services' desired count/);
    const custom = loadOk(JSON.stringify(scaled({}, { PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: { TargetValue: 1, CustomizedMetricSpecification: {} } })));
    expect(custom.spec.scaling?.[0]?.policies).toEqual([]);
    expect(custom.notSimulated.map((r) => r.logicalId)).toEqual(['Policy']);
    const nowhere = loadOk(JSON.stringify(scaled({ ResourceId: 'service/Cluster/Nope' })));
    expect(lines(nowhere.warnings)).toEqual(['Scaling|Properties.ResourceId|ResourceId "service/Cluster/Nope" names no ECS service of this template; the scalable target is not simulated.']);
  });

  it('checks a timeline with clear messages', () => {
    const t = baseTemplate();
    (t as { Metadata?: Json }).Metadata = { EcsOrchestra: { traffic: { rate: 5, timeline: [{ kind: 'spike', at: 10, rate: 5000, seconds: 60 }, { kind: 'wave', at: 0, low: 50, high: 10 }, { kind: 'burst', at: 0 }] } } };
    expect(lines(loadErrors(JSON.stringify(t)))).toEqual([
      'Metadata.EcsOrchestra|traffic.timeline[0].rate|5000 requests per second is too many: Traffic rate, in requests per second, is at most 1,000 (the simulator).',
      'Metadata.EcsOrchestra|traffic.timeline[1].high|a wave\'s high must be at least its low',
      'Metadata.EcsOrchestra|traffic.timeline[2].kind|a timeline phase has "kind" steady, ramp, spike or wave',
    ]);
    void at;
  });
});
