/**
 * Service Auto Scaling in a running world (facts 47, 60-69; MC26, MC27, MC40), with AWS's numbers: three minutes
 * above target before a scale-out, fifteen below 90 % of it before a scale-in, cooldowns, bounds, protection, no
 * scale-in during a deployment, and two policies voting. Arrivals are Poisson, so each load is chosen well away from
 * the thresholds; the comments give the expected averages (scalingWorld.ts: n tasks at R requests/s run 5 + 4R/n %).
 */
import { describe, expect, it } from 'vitest';
import type { ScalingPolicySpec, ScriptEntry, StepScalingPolicySpec } from '../../../src/engine';
import { ofType, run } from '../../support/world';
import { cpuTracking, scaledWorld } from './scalingWorld';

const activitiesOf = (events: Parameters<typeof ofType>[0]) =>
  ofType(events, 'scaling.activity').map((a) => [a.t / 1000, a.direction, a.from, a.to]);

describe('target tracking', () => {
  it('scales out after 3 datapoints above target, at the third minute, to ceil(running x metric / target)', () => {
    // 2 tasks at 30 requests/s: 5 + 60 = 65 % against 50.
    const { events } = run(scaledWorld({ desired: 2, rate: 30, policies: [cpuTracking(50)] }), 200);
    const cpu = ofType(events, 'scaling.datapoint').filter((d) => d.metric === 'CPUUtilization');
    expect(cpu.map((d) => d.t)).toEqual([60_000, 120_000, 180_000]);
    for (const d of cpu) expect(d.value).toBeGreaterThan(60);
    const alarms = ofType(events, 'scaling.alarm').filter((a) => a.role === 'high').map((a) => [a.t / 1000, a.from, a.to]);
    expect(alarms).toEqual([[180, 'INSUFFICIENT_DATA', 'ALARM']]);
    const [activity] = ofType(events, 'scaling.activity');
    expect(activity).toMatchObject({ t: 180_000, service: 'Web', direction: 'out', from: 2, to: 3, target: 50, cooldownEndsAt: 480_000, description: 'Setting desired count to 3.' });
    // The desired count changes at once, as UpdateService: the scheduler starts the third task in the same instant.
    const started = ofType(events, 'service.event').find((e) => e.t === 180_000 && e.message.includes('has started 1 tasks'));
    expect(started?.message).toBe('(service web) has started 1 tasks: (task Web-3).');
  });

  it('scales in only after 15 datapoints below 90 % of target, by one task (max(1, floor(running / 10)))', () => {
    // 4 tasks at 5 requests/s: 5 + 5 = 10 % against 50 (the low alarm is below 45).
    const { events } = run(scaledWorld({ desired: 4, rate: 5, policies: [cpuTracking(50, { scaleInCooldownSeconds: 120 })] }), 1200);
    const low = ofType(events, 'scaling.alarm').filter((a) => a.role === 'low').map((a) => [a.t / 1000, a.to]);
    expect(low).toEqual([[900, 'ALARM']]);
    // max(ceil(4 x 10 / 50), 4 - 1) = 3, then max(ceil(3 x ~11 / 50), 2) = 2 once the 120 s cooldown is over.
    expect(activitiesOf(events)).toEqual([[900, 'in', 4, 3], [1020, 'in', 3, 2], [1140, 'in', 2, 1]]);
  });

  it('clamps to MaxCapacity, and a scale-out from below MinCapacity jumps to it first', () => {
    // 2 tasks at 100 requests/s: capped at 100 %; ceil(2 x 100 / 50) = 4, clamped to 3.
    const high = run(scaledWorld({ desired: 2, max: 3, rate: 100, policies: [cpuTracking(50)] }), 200);
    expect(activitiesOf(high.events)).toEqual([[180, 'out', 2, 3]]);
    // 1 task at 15 requests/s: 65 %; ceil(1 x 65 / 50) = 2, below MinCapacity 3, so 3.
    const low = run(scaledWorld({ desired: 1, min: 3, rate: 15, policies: [cpuTracking(50)] }), 200);
    expect(activitiesOf(low.events)).toEqual([[180, 'out', 1, 3]]);
  });

  it('DisableScaleIn keeps the count however low the metric goes', () => {
    const { events } = run(scaledWorld({ desired: 4, rate: 5, policies: [cpuTracking(50, { disableScaleIn: true })] }), 1200);
    expect(activitiesOf(events)).toEqual([]);
    expect(ofType(events, 'scaling.alarm').map((a) => a.role)).toEqual(['high']);
  });
});

describe('cooldowns (fact 63)', () => {
  const steps: StepScalingPolicySpec = {
    type: 'StepScaling', name: 'cpu-steps', adjustmentType: 'ChangeInCapacity', cooldownSeconds: 300, minAdjustmentMagnitude: null, metricAggregationType: 'Average',
    steps: [{ lowerBound: 0, upperBound: 30, scalingAdjustment: 1 }, { lowerBound: 30, upperBound: null, scalingAdjustment: 3 }],
    alarm: { name: 'web-cpu-high', metric: 'CPUUtilization', targetGroupId: null, comparison: 'GreaterThanThreshold', threshold: 50, evaluationPeriods: 1 },
  };

  it('block a second scale-out of the same size, but let a larger one through, counting the capacity already added', () => {
    // 0-60 s: 32 requests/s on 2 tasks, 69 % (breach 19: +1). 60-120 s: 45 on 3, 65 % (+1 again, but from the
    // cooldown's 2 that is 3, which the count already is). 120-180 s: 60 on 3, 85 % (breach 35: +3 from 2 is 5).
    const { events } = run(scaledWorld({
      desired: 2, rate: 32, policies: [steps],
      timeline: [{ kind: 'steady', at: 60, rate: 45 }, { kind: 'steady', at: 120, rate: 60 }],
    }), 200);
    const cpu = ofType(events, 'scaling.datapoint').filter((d) => d.metric === 'CPUUtilization').map((d) => [d.t / 1000, d.over]);
    expect(cpu).toEqual([[60, 2], [120, 3], [180, 3]]);
    expect(activitiesOf(events)).toEqual([[60, 'out', 2, 3], [180, 'out', 3, 5]]);
    expect(ofType(events, 'scaling.activity')[1]).toMatchObject({ cause: 'monitor alarm web-cpu-high in state ALARM triggered policy cpu-steps', cooldownEndsAt: 480_000 });
  });

  it('block a scale-in until the scale-in cooldown is over, and a scale-out during it ends it', () => {
    // Low from the start (4 tasks at 5/s, 10 %); at 1000 s the traffic jumps to 100/s (3 tasks: 100 %).
    const policy = cpuTracking(50, { scaleInCooldownSeconds: 600, scaleOutCooldownSeconds: 60 });
    const { events } = run(scaledWorld({ desired: 4, rate: 5, policies: [policy], timeline: [{ kind: 'steady', at: 1000, rate: 100 }] }), 1300);
    // In at 900 s; the next scale-in would wait until 1500 s. The datapoints at 1020 s (two thirds of the minute at
    // 100/s: 96 %), 1080 and 1140 s are above 50, so the high alarm scales out at once at 1140 s: ceil(3 x 100 / 50) = 6;
    // its 60 s cooldown over, again from the 6 running at 1200 s.
    expect(activitiesOf(events)).toEqual([[900, 'in', 4, 3], [1140, 'out', 3, 6], [1200, 'out', 6, 9]]);
  });
});

describe('several policies (MC27)', () => {
  const memory = (target: number): ScalingPolicySpec => ({
    ...cpuTracking(target), name: `memory-${target}`, metric: 'ECSServiceAverageMemoryUtilization',
  });

  it('scale in only if every policy with scale-in enabled agrees', () => {
    // CPU at 10 % is far below 45; memory holds at about 30 % (its baseline), above 90 % of 31.
    const both = run(scaledWorld({ desired: 4, rate: 5, policies: [cpuTracking(50), memory(31)] }), 1200);
    expect(activitiesOf(both.events)).toEqual([]);
    const alone = run(scaledWorld({ desired: 4, rate: 5, policies: [cpuTracking(50)] }), 1200);
    // The default 300 s scale-in cooldown: the next step at 1200 s.
    expect(activitiesOf(alone.events)).toEqual([[900, 'in', 4, 3], [1200, 'in', 3, 2]]);
  });

  it('scale out if any policy asks for more, the largest ask winning', () => {
    // CPU 10 % wants fewer; memory about 30.4 % against 20 wants ceil(4 x 30.4 / 20) = 7.
    const { events } = run(scaledWorld({ desired: 4, rate: 5, policies: [cpuTracking(50), memory(20)] }), 200);
    const [activity] = ofType(events, 'scaling.activity');
    expect(activity).toMatchObject({ t: 180_000, direction: 'out', from: 4, to: 7, policy: 'memory-20', metric: 'MemoryUtilization' });
  });
});

describe('no scale-in during a deployment (fact 47)', () => {
  it('waits while the deployment is in progress and scales in at the first datapoint after it completes', () => {
    // As the scale-in test, with a new deployment at 850 s whose old tasks drain for 120 s.
    const { events } = run(scaledWorld({
      desired: 4, rate: 5, deregistrationDelaySeconds: 120, policies: [cpuTracking(50)],
      script: [{ at: 850, command: { do: 'forceNewDeployment', service: 'Web' } }],
    }), 1300);
    const completed = ofType(events, 'service.event').find((e) => e.message.endsWith('deployment completed.'));
    expect(completed?.t).toBeGreaterThan(960_000);
    expect(completed?.t).toBeLessThan(1_020_000);
    expect(activitiesOf(events)).toEqual([[1020, 'in', 4, 3]]);
  });
});

describe('task scale-in protection (facts 68, 69)', () => {
  const stoppedBy = (events: Parameters<typeof ofType>[0]) =>
    ofType(events, 'task.status').filter((e) => e.to === 'DEACTIVATING' || (e.from === 'RUNNING' && e.to === 'STOPPING')).map((e) => [e.t / 1000, e.task]);

  it('a scale-in stops the unprotected tasks and keeps the protected ones', () => {
    const script = (protect: boolean) => [
      ...(protect ? [{ at: 10, command: { do: 'updateTaskProtection' as const, tasks: ['Web-3', 'Web-4'], protectionEnabled: true } }] : []),
      { at: 20, command: { do: 'setDesiredCount' as const, service: 'Web', count: 2 } },
    ];
    // Without protection ECS stops the most recently started task of the fullest Availability Zone first: Web-4, Web-3.
    expect(stoppedBy(run(scaledWorld({ desired: 4, rate: 5, policies: [], script: script(false) }), 30).events)).toEqual([[20, 'Web-4'], [20, 'Web-3']]);
    expect(stoppedBy(run(scaledWorld({ desired: 4, rate: 5, policies: [], script: script(true) }), 30).events)).toEqual([[20, 'Web-2'], [20, 'Web-1']]);
  });

  it('more protected tasks than desired: ECS says so once, and stops them when the protection expires', () => {
    const { events } = run(scaledWorld({
      desired: 4, rate: 5, policies: [],
      script: [
        { at: 10, command: { do: 'updateTaskProtection', tasks: ['Web-2', 'Web-3', 'Web-4'], protectionEnabled: true, expiresInMinutes: 1 } },
        { at: 20, command: { do: 'setDesiredCount', service: 'Web', count: 1 } },
      ],
    }), 90);
    const said = ofType(events, 'service.event').filter((e) => e.message.includes('protected tasks'));
    expect(said.map((e) => [e.t / 1000, e.message])).toEqual([[20,
      '(service web) was unable to reach steady state because task set ecs-svc/1 was unable to scale in. Reason: The number of protected tasks are more than the desired count of tasks.']]);
    // Web-1 goes at once; at 70 s (10 s + 1 minute) the protection ends and two of the three follow.
    expect(stoppedBy(events)).toEqual([[20, 'Web-1'], [70, 'Web-4'], [70, 'Web-3']]);
  });

  it('is refused for a task that does not exist, and takes 1 to 2,880 minutes', () => {
    const { sim } = run(scaledWorld({ desired: 2, rate: 5, policies: [] }), 1);
    expect(sim.check({ do: 'updateTaskProtection', tasks: ['Web-9'], protectionEnabled: true })).toMatchObject({ allowed: false, reason: 'no task named Web-9' });
    expect(sim.check({ do: 'updateTaskProtection', tasks: ['Web-1'], protectionEnabled: true, expiresInMinutes: 2881 })).toMatchObject({ allowed: false, code: 'InvalidParameterException' });
    expect(sim.check({ do: 'updateTaskProtection', tasks: ['Web-1'], protectionEnabled: true, expiresInMinutes: 2880 })).toEqual({ allowed: true });
  });
});

describe('task scale-in protection holds back a rolling deployment (MC43)', () => {
  const stopsOf = (events: Parameters<typeof ofType>[0]) =>
    ofType(events, 'task.status').filter((e) => e.from === 'RUNNING' && (e.to === 'DEACTIVATING' || e.to === 'STOPPING')).map((e) => [e.t / 1000, e.task]);
  const completedAt = (events: Parameters<typeof ofType>[0]) =>
    ofType(events, 'service.event').filter((e) => e.message.endsWith('deployment completed.')).map((e) => e.t / 1000);
  const deployment = (protect: readonly ScriptEntry[]): ScriptEntry[] => [...protect, { at: 20, command: { do: 'forceNewDeployment', service: 'Web' } }];

  it('stops the unprotected old tasks, and the protected one only when its protection expires', () => {
    // Unprotected, the three old tasks stop together once the three new ones are healthy (40 s).
    const plain = run(scaledWorld({ desired: 3, rate: 5, policies: [], script: deployment([]) }), 200).events;
    expect(stopsOf(plain)).toEqual([[40, 'Web-1'], [40, 'Web-2'], [40, 'Web-3']]);
    expect(completedAt(plain)).toEqual([44]);
    // Web-2 protected at 10 s for 2 minutes: it serves on until 130 s, and the deployment completes after it.
    const { events } = run(scaledWorld({
      desired: 3, rate: 5, policies: [],
      script: deployment([{ at: 10, command: { do: 'updateTaskProtection', tasks: ['Web-2'], protectionEnabled: true, expiresInMinutes: 2 } }]),
    }), 200);
    expect(stopsOf(events)).toEqual([[40, 'Web-1'], [40, 'Web-3'], [130, 'Web-2']]);
    expect(completedAt(events)).toEqual([134]);
    // AWS documents no service event for the wait: between the stops, ECS says nothing.
    expect(ofType(events, 'service.event').filter((e) => e.t > 40_000 && e.t < 130_000)).toEqual([]);
  });

  it('stops the protected old task as soon as its protection is turned off', () => {
    const { events } = run(scaledWorld({
      desired: 3, rate: 5, policies: [],
      script: deployment([
        { at: 10, command: { do: 'updateTaskProtection', tasks: ['Web-2'], protectionEnabled: true } },
        { at: 95, command: { do: 'updateTaskProtection', tasks: ['Web-2'], protectionEnabled: false } },
      ]),
    }), 200);
    expect(stopsOf(events)).toEqual([[40, 'Web-1'], [40, 'Web-3'], [95, 'Web-2']]);
    expect(completedAt(events)).toEqual([99]);
  });
});

describe('a step policy\'s MetricAggregationType (MC44)', () => {
  const policy = (aggregation: StepScalingPolicySpec['metricAggregationType']): StepScalingPolicySpec => ({
    type: 'StepScaling', name: `cpu-${aggregation}`, adjustmentType: 'ExactCapacity', cooldownSeconds: 300, minAdjustmentMagnitude: null, metricAggregationType: aggregation,
    steps: [{ lowerBound: 0, upperBound: 15, scalingAdjustment: 4 }, { lowerBound: 15, upperBound: null, scalingAdjustment: 6 }],
    alarm: { name: 'web-cpu-high', metric: 'CPUUtilization', targetGroupId: null, comparison: 'GreaterThanThreshold', threshold: 40, evaluationPeriods: 1 },
  });
  const scaledBy = (aggregation: StepScalingPolicySpec['metricAggregationType']) => run(scaledWorld({
    desired: 2, rate: 32, policies: [policy(aggregation)], script: [{ at: 30, command: { do: 'setDesiredCount', service: 'Web', count: 3 } }],
  }), 61).events;

  it('picks the step from the average, the busiest task or the idlest one', () => {
    // At 60 s three tasks are RUNNING: two served the whole minute (about 65 %), the third only since about 30 s.
    // The datapoint, their average, is 47.64: a breach of 7.64 above 40, the first step (4 tasks).
    const average = scaledBy('Average');
    expect(ofType(average, 'scaling.datapoint').filter((d) => d.metric === 'CPUUtilization').map((d) => [d.t / 1000, d.value, d.over])).toEqual([[60, 47.64, 3]]);
    expect(ofType(average, 'scaling.activity').map((a) => [a.t / 1000, a.from, a.to, a.value])).toEqual([[60, 3, 4, 47.64]]);
    // Maximum: the busiest task, 65.27, a breach of 25.27: the open-ended step (6 tasks).
    expect(ofType(scaledBy('Maximum'), 'scaling.activity').map((a) => [a.t / 1000, a.from, a.to, a.value])).toEqual([[60, 3, 6, 65.27]]);
    // Minimum: the newest task is below the threshold, so no step holds it and the policy asks for nothing.
    expect(ofType(scaledBy('Minimum'), 'scaling.activity')).toEqual([]);
  });
});

describe('putScalingPolicy with steps, judged by Application Auto Scaling\'s rules', () => {
  const stepsPolicy = (steps: StepScalingPolicySpec['steps']): StepScalingPolicySpec => ({
    type: 'StepScaling', name: 'cpu-steps', adjustmentType: 'ChangeInCapacity', cooldownSeconds: 300, minAdjustmentMagnitude: null, metricAggregationType: 'Average',
    steps, alarm: { name: 'web-cpu-high', metric: 'CPUUtilization', targetGroupId: null, comparison: 'GreaterThanThreshold', threshold: 50, evaluationPeriods: 1 },
  });
  const check = (steps: StepScalingPolicySpec['steps']) =>
    run(scaledWorld({ desired: 2, rate: 5, policies: [] }), 1).sim.check({ do: 'putScalingPolicy', service: 'Web', policy: stepsPolicy(steps) });

  it('takes contiguous steps with at most one open end each way, and refuses the rest in AWS\'s words', () => {
    expect(check([{ lowerBound: null, upperBound: -10, scalingAdjustment: -1 }, { lowerBound: -10, upperBound: 0, scalingAdjustment: 0 }, { lowerBound: 0, upperBound: null, scalingAdjustment: 2 }])).toEqual({ allowed: true });
    expect(check([{ lowerBound: 0, upperBound: 10, scalingAdjustment: 1 }, { lowerBound: 5, upperBound: null, scalingAdjustment: 2 }])).toMatchObject({
      allowed: false, code: 'ValidationException',
      reason: 'ValidationException: The ranges of your step adjustments can\'t overlap or have a gap: the step from 0 to 10 and the one from 5 to infinity overlap.',
    });
    expect(check([{ lowerBound: 0, upperBound: null, scalingAdjustment: 1 }, { lowerBound: 10, upperBound: null, scalingAdjustment: 2 }])).toMatchObject({
      allowed: false, reason: 'ValidationException: At most one step adjustment can have a null upper bound.',
    });
    expect(check([{ lowerBound: 0, upperBound: 10, scalingAdjustment: 1 }])).toMatchObject({
      allowed: false, reason: 'ValidationException: If one step adjustment has a positive upper bound, then there must be a step adjustment with a null upper bound.',
    });
    expect(check([{ lowerBound: null, upperBound: null, scalingAdjustment: 1 }])).toMatchObject({
      allowed: false, reason: 'ValidationException: The upper and lower bound can\'t be null in the same step adjustment.',
    });
  });
});
