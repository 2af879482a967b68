import { createWeightedPicker } from '../../../src/engine/alb/weightedPick';

function counts(weights: number[], picks: number): number[] {
  const picker = createWeightedPicker(weights);
  const result = weights.map(() => 0);
  for (let i = 0; i < picks; i++) {
    const index = picker.next();
    result[index] = (result[index] ?? 0) + 1;
  }
  return result;
}

describe('createWeightedPicker', () => {
  it('splits 10/20 exactly over 30 picks', () => {
    expect(counts([10, 20], 30)).toEqual([10, 20]);
  });

  it('splits 90/10 exactly over 100 picks', () => {
    expect(counts([90, 10], 100)).toEqual([90, 10]);
  });

  it('is exact over every full cycle of several groups', () => {
    expect(counts([1, 2, 3, 4, 5], 15 * 7)).toEqual([7, 14, 21, 28, 35]);
  });

  it('never picks a weight of 0', () => {
    expect(counts([0, 5], 50)).toEqual([0, 50]);
    expect(counts([3, 0, 1], 40)).toEqual([30, 0, 10]);
  });

  it('always picks index 0 for a single group', () => {
    expect(counts([7], 5)).toEqual([5]);
  });

  it('returns -1 when every weight is 0 or there are no groups', () => {
    expect(createWeightedPicker([0, 0]).next()).toBe(-1);
    expect(createWeightedPicker([]).next()).toBe(-1);
  });

  it('interleaves smoothly, as nginx does', () => {
    const picker = createWeightedPicker([5, 1, 1]);
    const sequence = Array.from({ length: 7 }, () => picker.next());
    expect(sequence).toEqual([0, 0, 1, 0, 2, 0, 0]);
  });

  it('is deterministic and resettable', () => {
    const picker = createWeightedPicker([1, 2]);
    const first = Array.from({ length: 6 }, () => picker.next());
    picker.reset();
    expect(Array.from({ length: 6 }, () => picker.next())).toEqual(first);
    expect(first).toEqual([1, 0, 1, 1, 0, 1]);
  });
});
