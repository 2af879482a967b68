/**
 * What each policy asks for at a datapoint (MC27, MC40). Target tracking: with its high alarm in ALARM,
 * `ceil(capacity x metric / target)`; with its low alarm in ALARM, `max(ceil(running x metric / target), running -
 * max(1, floor(running / 10)))`, out fast and in gradually. Step scaling: the step whose bounds hold the breach
 * (metric - threshold; lower bound inclusive, upper exclusive), its adjustment applied to the capacity.
 * `capacity` is the running count, or during a scale-out cooldown the capacity that cooldown started from, so the
 * capacity already added counts (fact 63).
 */
import type { AdjustmentType, ScalingPolicySpec, StepAdjustmentSpec, StepScalingPolicySpec } from '../scalingSpec';

export interface Ask {
  readonly policy: ScalingPolicySpec;
  readonly alarm: string;
  readonly direction: 'out' | 'in';
  /** The desired count the policy asks for (before MinCapacity/MaxCapacity). */
  readonly count: number;
  readonly value: number;
  /** The target value, or the step alarm's threshold. */
  readonly target: number;
}

/** Tolerates the float noise of a product like 4 x 90 / 60, so an exact ratio does not round up by one. */
const ceilish = (x: number): number => Math.ceil(x - 1e-9);

export function targetTrackingOut(capacity: number, value: number, target: number): number {
  return ceilish((capacity * value) / target);
}

export function targetTrackingIn(running: number, value: number, target: number): number {
  return Math.max(ceilish((running * value) / target), running - Math.max(1, Math.floor(running / 10)));
}

export function stepFor(steps: readonly StepAdjustmentSpec[], breach: number): StepAdjustmentSpec | null {
  for (const step of steps) {
    const lower = step.lowerBound ?? -Infinity;
    const upper = step.upperBound ?? Infinity;
    if (breach >= lower && breach < upper) return step;
  }
  // A breach exactly at the top bound of a bounded-above step (a scale-in policy's 0): AWS counts it in that step.
  for (const step of steps) if (step.upperBound !== null && breach === step.upperBound && (step.lowerBound ?? -Infinity) < breach) return step;
  return null;
}

/** PercentChangeInCapacity rounds away from zero and moves at least MinAdjustmentMagnitude (MC27). */
export function adjusted(capacity: number, type: AdjustmentType, adjustment: number, minMagnitude: number | null): number {
  switch (type) {
    case 'ChangeInCapacity':
      return capacity + adjustment;
    case 'ExactCapacity':
      return adjustment;
    case 'PercentChangeInCapacity': {
      const raw = (capacity * adjustment) / 100;
      let change = raw > 0 ? Math.ceil(raw - 1e-9) : raw < 0 ? Math.floor(raw + 1e-9) : 0;
      const least = minMagnitude ?? 0;
      if (change !== 0 && Math.abs(change) < least) change = Math.sign(change) * least;
      return capacity + change;
    }
  }
}

/** A step policy that can lower the count votes on every scale-in (MC27's "every policy with scale-in enabled"). */
export function scalesIn(policy: ScalingPolicySpec): boolean {
  if (policy.type === 'TargetTrackingScaling') return !policy.disableScaleIn;
  return policy.adjustmentType !== 'ExactCapacity' && policy.steps.some((step) => step.scalingAdjustment < 0);
}

/** A step policy's ask from its alarm's latest datapoint, relative to `capacity` (null: no step holds the breach). */
export function stepAsk(policy: StepScalingPolicySpec, value: number, threshold: number, capacity: number): number | null {
  const step = stepFor(policy.steps, value - threshold);
  if (step === null) return null;
  return Math.max(0, adjusted(capacity, policy.adjustmentType, step.scalingAdjustment, policy.minAdjustmentMagnitude));
}
