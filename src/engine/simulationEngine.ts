/**
 * The engine state behind a Simulation, for the engine's functions that take a Simulation instead of being its
 * methods (explainRequest: only the rule tester needs it, so it stays out of every page's first download). Kept in
 * the engine: nothing outside it can reach the state.
 */
import type { Simulation } from './api';
import type { EngineState } from './core/engineState';

const engines = new WeakMap<Simulation, EngineState>();

export function attachEngine(sim: Simulation, engine: EngineState): Simulation {
  engines.set(sim, engine);
  return sim;
}

export function engineOf(sim: Simulation): EngineState {
  const engine = engines.get(sim);
  if (!engine) throw new Error('Not a simulation of this engine.');
  return engine;
}
