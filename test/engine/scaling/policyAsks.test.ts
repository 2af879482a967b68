/** What a policy asks for, with AWS's numbers (MC27): out fast, in gradually, steps and their bounds. */
import { describe, expect, it } from 'vitest';
import { adjusted, stepAsk, stepFor, targetTrackingIn, targetTrackingOut } from '../../../src/engine/scaling/policyAsks';
import { alarmsOfPolicy, evaluateAlarm } from '../../../src/engine/scaling/alarms';
import { taskCpuPercent, taskMemoryPercent } from '../../../src/engine/scaling/loadMetrics';
import type { StepScalingPolicySpec, TaskDefinitionSpec } from '../../../src/engine';
import { DEFAULT_APP } from '../../../src/engine';
import type { TaskRec } from '../../../src/engine/core/model';
import { cpuTracking } from './scalingWorld';

describe('target tracking asks', () => {
  it('scales out to ceil(capacity x metric / target): 4 tasks at 90 % against 60 % ask for 6', () => {
    expect(targetTrackingOut(4, 90, 60)).toBe(6);
    expect(targetTrackingOut(2, 100, 50)).toBe(4);
    expect(targetTrackingOut(2, 65, 50)).toBe(3);
    // An exact ratio does not round up by float noise: 3 x 60 / 60 is 3.
    expect(targetTrackingOut(3, 60, 60)).toBe(3);
    expect(targetTrackingOut(7, 70.01, 70)).toBe(8);
  });

  it('scales in gradually: no more than max(1, floor(running / 10)) tasks a time', () => {
    // 10 tasks at 30 % against 60 %: the ratio says 5, the step allows 10 - 1 = 9.
    expect(targetTrackingIn(10, 30, 60)).toBe(9);
    // 40 tasks at 10 % against 50 %: the ratio says 8, the step allows 40 - 4 = 36.
    expect(targetTrackingIn(40, 10, 50)).toBe(36);
    // 5 tasks at 40 % against 50 %: the ratio says 4, which the step allows.
    expect(targetTrackingIn(5, 40, 50)).toBe(4);
    expect(targetTrackingIn(1, 1, 50)).toBe(1);
  });

  it('has a high alarm of 3 datapoints above the target and a low one of 15 below 90 % of it, none with DisableScaleIn', () => {
    const [high, low] = alarmsOfPolicy(cpuTracking(60), 'prod', 'web');
    expect(high).toMatchObject({ role: 'high', comparison: 'GreaterThanThreshold', threshold: 60, periods: 3, metric: 'CPUUtilization' });
    expect(high?.name).toMatch(/^TargetTracking-service\/prod\/web-AlarmHigh-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(low).toMatchObject({ role: 'low', comparison: 'LessThanThreshold', threshold: 54, periods: 15 });
    expect(low?.name).toMatch(/^TargetTracking-service\/prod\/web-AlarmLow-/);
    expect(alarmsOfPolicy(cpuTracking(60, { disableScaleIn: true }), 'prod', 'web').map((a) => a.role)).toEqual(['high']);
    // The names are the same on every run.
    expect(alarmsOfPolicy(cpuTracking(60), 'prod', 'web')[0]?.name).toBe(high?.name);
  });

  it('an alarm needs all of its datapoints in a row: fewer, or a gap, is INSUFFICIENT_DATA', () => {
    const [high, low] = alarmsOfPolicy(cpuTracking(60), 'prod', 'web');
    expect(evaluateAlarm(high!, [61, 61])).toBe('INSUFFICIENT_DATA');
    expect(evaluateAlarm(high!, [61, 61, 61])).toBe('ALARM');
    expect(evaluateAlarm(high!, [61, 60, 61])).toBe('OK');
    expect(evaluateAlarm(high!, [10, 61, null, 61])).toBe('INSUFFICIENT_DATA');
    expect(evaluateAlarm(low!, Array<number>(14).fill(10))).toBe('INSUFFICIENT_DATA');
    expect(evaluateAlarm(low!, Array<number>(15).fill(53.99))).toBe('ALARM');
    expect(evaluateAlarm(low!, [...Array<number>(14).fill(10), 54])).toBe('OK');
  });
});

describe('step scaling asks', () => {
  const policy: StepScalingPolicySpec = {
    type: 'StepScaling', name: 'cpu-steps', adjustmentType: 'ChangeInCapacity', cooldownSeconds: 300, minAdjustmentMagnitude: null, metricAggregationType: 'Average', alarm: null,
    steps: [{ lowerBound: 0, upperBound: 20, scalingAdjustment: 1 }, { lowerBound: 20, upperBound: null, scalingAdjustment: 3 }],
  };

  it('takes the step whose bounds hold the breach, lower bound inclusive, upper exclusive', () => {
    expect(stepFor(policy.steps, 0)?.scalingAdjustment).toBe(1);
    expect(stepFor(policy.steps, 19.99)?.scalingAdjustment).toBe(1);
    expect(stepFor(policy.steps, 20)?.scalingAdjustment).toBe(3);
    expect(stepFor(policy.steps, -1)).toBeNull();
    // Alarm at 70: 75 % is a breach of 5 (+1), 95 % a breach of 25 (+3).
    expect(stepAsk(policy, 75, 70, 4)).toBe(5);
    expect(stepAsk(policy, 95, 70, 4)).toBe(7);
  });

  it('adjusts by a count, to an exact capacity, or by a percentage rounded away from zero and at least MinAdjustmentMagnitude', () => {
    expect(adjusted(4, 'ChangeInCapacity', -2, null)).toBe(2);
    expect(adjusted(4, 'ExactCapacity', 9, null)).toBe(9);
    // 10 % of 4 is 0.4: away from zero, 1.
    expect(adjusted(4, 'PercentChangeInCapacity', 10, null)).toBe(5);
    expect(adjusted(4, 'PercentChangeInCapacity', -10, null)).toBe(3);
    // 25 % of 4 is exactly 1.
    expect(adjusted(4, 'PercentChangeInCapacity', 25, null)).toBe(5);
    expect(adjusted(4, 'PercentChangeInCapacity', 10, 2)).toBe(6);
    expect(adjusted(20, 'PercentChangeInCapacity', 50, 2)).toBe(30);
  });
});

describe('load on a task (MC26)', () => {
  const td = (cpu: number | null, memory: number | null): TaskDefinitionSpec => ({
    id: 'T', family: 't', revision: 1, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu, memory,
    containers: [], app: DEFAULT_APP,
  });
  const task = (cpu: number | null, memory: number | null) => ({ taskDef: { spec: td(cpu, memory), app: DEFAULT_APP } }) as unknown as TaskRec;

  it('CPU: 5 % + requests x 10 ms over the minute of its vCPUs, capped at 100', () => {
    // 600 requests on 0.25 vCPU: 6,000 ms of 15,000 ms is 40 %, plus 5.
    expect(taskCpuPercent(task(256, 512), 600)).toBe(45);
    expect(taskCpuPercent(task(1024, 2048), 600)).toBe(15);
    expect(taskCpuPercent(task(256, 512), 5000)).toBe(100);
    expect(taskCpuPercent(task(256, 512), 0)).toBe(5);
    // Neither task nor containers set CPU: 1 vCPU.
    expect(taskCpuPercent(task(null, null), 600)).toBe(15);
  });

  it('memory: 30 % + peak in-flight requests x 1 MiB over its memory, capped at 100', () => {
    expect(taskMemoryPercent(task(256, 512), 0)).toBe(30);
    expect(taskMemoryPercent(task(256, 512), 256)).toBe(80);
    expect(taskMemoryPercent(task(256, 512), 1000)).toBe(100);
    // Neither set: 2 GiB.
    expect(taskMemoryPercent(task(null, null), 1024)).toBe(80);
  });
});
