/** Traffic timelines (MC42): the rate at a moment, when it next changes, and what a run's arrivals follow. */
import { describe, expect, it } from 'vitest';
import { nextRateChange, rateAt } from '../../src/engine/requests/trafficTimeline';
import type { TrafficSpec } from '../../src/engine';
import { ofType, run, world } from '../support/world';

const traffic = (timeline: TrafficSpec['timeline']): TrafficSpec => ({ rate: 10, mix: [{}], timeline });

describe('a traffic timeline', () => {
  it('holds the traffic rate before its first phase, then each steady phase from its moment', () => {
    const t = traffic([{ kind: 'steady', at: 60, rate: 30 }, { kind: 'steady', at: 120, rate: 5 }]);
    expect([0, 59.999, 60, 119, 120, 10_000].map((s) => rateAt(t, s))).toEqual([10, 10, 30, 30, 5, 5]);
    expect([0, 60, 120].map((s) => nextRateChange(t, s))).toEqual([60, 120, null]);
  });

  it('ramps linearly from the rate at its start, in whole-second steps, then holds', () => {
    const t = traffic([{ kind: 'ramp', at: 100, to: 110, seconds: 100 }]);
    expect([100, 150, 199, 200, 500].map((s) => rateAt(t, s))).toEqual([10, 60, 109, 110, 110]);
    expect(nextRateChange(t, 150)).toBe(151);
    expect(nextRateChange(t, 200)).toBeNull();
  });

  it('spikes over whatever else runs, then gives it back', () => {
    const t = traffic([{ kind: 'steady', at: 0, rate: 20 }, { kind: 'spike', at: 300, rate: 200, seconds: 60 }]);
    expect([299, 300, 359, 360].map((s) => rateAt(t, s))).toEqual([20, 200, 200, 20]);
    expect(nextRateChange(t, 300)).toBe(360);
  });

  it('waves between low and high over its period, starting low', () => {
    const t = traffic([{ kind: 'wave', at: 0, low: 10, high: 100 }]);
    // A day by default: high at noon, low at midnight, halfway at 6 h.
    expect([0, 21_600, 43_200, 86_400].map((s) => rateAt(t, s))).toEqual([10, 55, 100, 10]);
  });

  it('drives the arrivals: about the rate each phase asks for', () => {
    const spec = world({
      services: [{ id: 'Web', path: '/web*' }], start: 'warm',
      traffic: { rate: 10, mix: [{ path: '/web' }], timeline: [{ kind: 'steady', at: 60, rate: 100 }, { kind: 'spike', at: 120, rate: 0, seconds: 30 }] },
    });
    const { events } = run(spec, 180);
    const count = (from: number, to: number) => ofType(events, 'request.completed').filter((e) => e.t >= from * 1000 && e.t < to * 1000).length;
    expect(count(0, 60)).toBeGreaterThan(500);
    expect(count(0, 60)).toBeLessThan(700);
    expect(count(61, 120)).toBeGreaterThan(5300);
    expect(count(61, 120)).toBeLessThan(6500);
    expect(count(121, 150)).toBe(0);
    expect(count(151, 180)).toBeGreaterThan(2600);
  });
});
