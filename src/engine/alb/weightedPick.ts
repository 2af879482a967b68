/**
 * Smooth weighted round robin (nginx's algorithm) over the target groups of a weighted forward action (MC3):
 * deterministic and exact over every run of sum(weights) picks (10 and 20 -> 10 and 20 of every 30), and
 * interleaved rather than bursty (A B B A B B ..., not A x10 then B x20).
 */

export interface WeightedPicker {
  /** Index of the next group; -1 when every weight is 0. */
  next(): number;
  /** The index `next()` would return, without taking the turn (the rule tester's prediction). */
  peek(): number;
  /** Back to the state right after creation. */
  reset(): void;
}

/**
 * The state is fields, not closure variables, so a checkpoint copies a rule's position with the rest of the engine
 * (core/cloneState.ts).
 */
class SmoothWeightedPicker implements WeightedPicker {
  private readonly weight: Float64Array;
  private readonly current: Float64Array;
  private readonly total: number;

  constructor(weights: readonly number[]) {
    // Negative or non-finite weights would break the invariant that the current values sum to 0; treat them as 0.
    this.weight = Float64Array.from(weights, (w) => (Number.isFinite(w) && w > 0 ? w : 0));
    this.current = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += this.weight[i] ?? 0;
    this.total = total;
  }

  /** The group with the highest current value plus weight; ties go to the earlier group, so the sequence is reproducible. */
  peek(): number {
    if (this.total <= 0) return -1;
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < this.weight.length; i++) {
      const w = this.weight[i] ?? 0;
      // A weight of 0 takes no turns at all, so it is left out instead of relying on it never being the maximum.
      if (w === 0) continue;
      const value = (this.current[i] ?? 0) + w;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    return best;
  }

  /** Take the turn: every group gains its weight, the chosen one gives back the total. */
  next(): number {
    const best = this.peek();
    if (best < 0) return best;
    const { current, weight } = this;
    for (let i = 0; i < weight.length; i++) current[i] = (current[i] ?? 0) + (weight[i] ?? 0);
    current[best] = (current[best] ?? 0) - this.total;
    return best;
  }

  reset(): void {
    this.current.fill(0);
  }
}

export function createWeightedPicker(weights: readonly number[]): WeightedPicker {
  return new SmoothWeightedPicker(weights);
}
