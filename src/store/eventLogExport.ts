/**
 * The whole event log of a run as JSON lines (requests included), made by replaying it: the scenario, its seed and
 * the commands at their times, in a fresh simulation. The live store keeps only its last few hundred events, so the
 * export is a replay, byte for byte the run's own log. Handed out in pieces: an hour of a busy world is gigabytes.
 */
import type { Simulation } from '../engine';
import type { SimulationFactory } from './simState';

/** Lines per piece of an exported event log: about a megabyte. */
export const EVENT_LOG_PIECE_LINES = 4096;

export function writeReplayedLog(factory: SimulationFactory, sim: Simulation, write: (piece: string) => void): void {
  const replay = factory(sim.initialWorld, { seed: sim.seed });
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) write(lines.join('\n') + '\n');
    lines = [];
  };
  replay.subscribe((event) => {
    lines.push(JSON.stringify(event));
    if (lines.length >= EVENT_LOG_PIECE_LINES) flush();
  }, { requests: true });
  // As they ran live: a command given at the current millisecond is in the log too.
  for (const { atMs, command } of sim.commandLog()) {
    replay.advanceTo(atMs);
    replay.dispatch(command);
  }
  replay.advanceTo(sim.now());
  flush();
}
