/**
 * Looking ahead: what a prediction's observation will answer if nobody acts, read from a copy of the run. The copy is
 * the same world replayed from its start, seed and commands exactly as the live app dispatched them (advanceTo, then
 * dispatch: as a saved session is restored), then played on with the step's scripted commands. Used to build options
 * { around } before the learner answers; the reveal still reads the real run.
 */
import { createSimulation, type Simulation } from '../../engine';
import type { TimedCommand } from '../format/lesson';
import type { Observation, Observed } from '../format/prediction';
import { Observer } from './observer';

/** A new simulation at the same moment as `sim`, with the same past. */
export function forkSimulation(sim: Simulation): Simulation {
  const copy = createSimulation(sim.initialWorld, { seed: sim.seed });
  for (const { atMs, command } of sim.commandLog()) {
    copy.advanceTo(atMs);
    copy.dispatch(command);
  }
  copy.advanceTo(sim.now());
  return copy;
}

export function lookahead(sim: Simulation, observation: Observation, commands: readonly TimedCommand[], withinSeconds: number): Observed {
  const copy = forkSimulation(sim);
  const startMs = copy.now();
  const deadline = startMs + withinSeconds * 1000;
  const observer = new Observer(observation, startMs, copy.snapshot(), () => copy.world());
  const unsubscribe = copy.subscribe((event) => observer.observe(event), { requests: true });
  const pending = commands.map((c) => ({ atMs: startMs + Math.round(c.at * 1000), command: c.command }));
  try {
    for (;;) {
      const found = observer.check(copy.now(), deadline);
      if (found) return found;
      const due = pending[0]?.atMs ?? Infinity;
      const target = Math.min(due, copy.nextEventTime() ?? Infinity, observer.nextChange(copy.now(), deadline) ?? Infinity, deadline);
      if (due <= target) {
        copy.advanceTo(due);
        while (pending.length > 0 && pending[0]!.atMs <= due) copy.dispatch(pending.shift()!.command);
      } else copy.runUntil(target);
    }
  } finally {
    unsubscribe();
  }
}
