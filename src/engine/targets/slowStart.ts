/**
 * Slow start (fact 122, MC31): a target that turns healthy while its group has slow start on, and another healthy
 * target of the group is not in slow start, gets a share of requests that rises linearly from 0 to a full share over
 * `slow_start.duration_seconds`. Deterministic: in the round robin each target in slow start gathers its current
 * weight (elapsed / duration) as credit every time the rotation reaches it, and is picked when its credit makes a
 * whole one, so over any stretch it gets its weight's share of what a full target gets.
 */
import type { TargetGroupRec, TargetRec } from '../core/model';
import { isEligible } from './targetSelection';

/** A target turning healthy (or leaving healthy) enters (or leaves) slow start. */
export function onSlowStartChange(tg: TargetGroupRec, target: TargetRec, healthy: boolean, now: number): void {
  target.slowStartCredit = 0;
  if (!healthy || !tg.spec.slowStartSeconds) {
    target.slowStartFrom = -1;
    return;
  }
  const durationMs = tg.spec.slowStartSeconds * 1000;
  const another = tg.targets.some((t) => t !== target && t.state === 'healthy' && (t.slowStartFrom < 0 || now - t.slowStartFrom >= durationMs));
  target.slowStartFrom = another ? now : -1;
}

/** The target's share now: 1 outside slow start, else the elapsed part of the duration. */
export function slowStartWeight(target: TargetRec, durationMs: number, now: number): number {
  if (target.slowStartFrom < 0) return 1;
  return Math.min(1, (now - target.slowStartFrom) / durationMs);
}

/**
 * Round robin from `start` with slow-start credits; `take` writes the credits it gathers (routing), else it only
 * looks (the rule tester). Returns the index picked, -1 for none.
 */
export function slowStartPick(tg: TargetGroupRec, start: number, now: number, take: boolean): number {
  const targets = tg.targets;
  const durationMs = (tg.spec.slowStartSeconds ?? 0) * 1000;
  const n = targets.length;
  let firstEligible = -1;
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    const t = targets[i]!;
    if (!isEligible(t.state, false)) continue;
    if (firstEligible < 0) firstEligible = i;
    const weight = slowStartWeight(t, durationMs, now);
    if (weight >= 1) {
      if (take && t.slowStartFrom >= 0) t.slowStartFrom = -1;
      return i;
    }
    const credit = t.slowStartCredit + weight;
    if (credit >= 1) {
      if (take) t.slowStartCredit = credit - 1;
      return i;
    }
    if (take) t.slowStartCredit = credit;
  }
  // Every eligible target is still ramping up and none has a whole credit yet: the rotation's next one.
  return firstEligible;
}
