import type { Simulation, SimulationOptions } from '../../src/engine/api';
import { createSimulation } from '../../src/engine';
import type { ScenarioSpec } from '../../src/engine/spec';

/** The real engine, with a count of every call that moves the clock, so tests can prove "paused = no calls". */
export function countingFactory() {
  const calls = { advance: 0 };
  const factory = (spec: ScenarioSpec, options?: SimulationOptions): Simulation => {
    const sim = createSimulation(spec, options);
    return new Proxy(sim, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if ((key === 'runUntil' || key === 'advanceTo') && typeof value === 'function') {
          return (...args: unknown[]) => {
            calls.advance++;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { factory, calls };
}
