/** A small scaled world for the auto scaling tests: Fargate tasks of 0.25 vCPU behind one target group. */
import type { ScalingPolicySpec, ScenarioSpec, ScriptEntry, TargetTrackingPolicySpec, TrafficPhase } from '../../../src/engine';
import { world } from '../../support/world';

export interface ScaledOptions {
  readonly desired: number;
  readonly min?: number;
  readonly max?: number;
  readonly rate: number;
  readonly timeline?: readonly TrafficPhase[];
  readonly policies: readonly ScalingPolicySpec[];
  readonly script?: ScriptEntry[];
  readonly deregistrationDelaySeconds?: number;
}

/**
 * With the defaults of MC26 (5 % baseline, 10 ms per request) a 0.25 vCPU task serving R requests a second alone
 * runs at 5 + 60R x 10 / 15,000 x 100 = 5 + 4R %; n tasks sharing R average 5 + 4R / n.
 */
export function scaledWorld(options: ScaledOptions): ScenarioSpec {
  const spec = world({
    start: 'warm',
    services: [{
      id: 'Web', desiredCount: options.desired, path: '/web*',
      healthCheck: { intervalSeconds: 5, healthyThreshold: 2 },
      deregistrationDelaySeconds: options.deregistrationDelaySeconds ?? 0,
    }],
    traffic: { rate: options.rate, mix: [{ path: '/web' }], ...(options.timeline ? { timeline: options.timeline } : {}) },
    script: options.script ?? [],
  });
  return { ...spec, scaling: [{ id: 'WebScalableTarget', serviceId: 'Web', minCapacity: options.min ?? 1, maxCapacity: options.max ?? 10, policies: options.policies }] };
}

export function cpuTracking(target: number, extra: Partial<TargetTrackingPolicySpec> = {}): TargetTrackingPolicySpec {
  return {
    type: 'TargetTrackingScaling', name: `cpu-${target}`, metric: 'ECSServiceAverageCPUUtilization', resourceLabel: null, targetGroupId: null,
    targetValue: target, scaleOutCooldownSeconds: 300, scaleInCooldownSeconds: 300, disableScaleIn: false, ...extra,
  };
}
