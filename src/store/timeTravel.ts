/**
 * Moving a run in time, as the store does it: playing on gives the commands the run recorded at their times (a
 * replay, "watch that again"), and a seek restores the nearest checkpoint and replays from it. Both give commands
 * exactly as the live run gave them (advanceTo the command's moment, then dispatch), so the log is the same bytes.
 */
import { restoreSimulation, type Simulation } from '../engine';
import { advanceWithin, type BudgetTurn as Turn } from './budget';
import type { KeptCheckpoint, TimedCommand } from './timeline';

/**
 * Runs `sim` to `target` (exclusive, as advanceTo), giving each of `later` (the recorded commands still to come)
 * whose moment comes before it. `given` is told each time one is given. With a turn, stops where its budget runs out
 * and returns false.
 */
export function runTo(sim: Simulation, target: number, later: () => TimedCommand | undefined, given: () => void, turn?: Turn): boolean {
  for (;;) {
    const next = later();
    if (next === undefined || next.atMs >= target) return turn ? advanceWithin(sim, target, turn) : sim.advanceTo(target);
    if (next.atMs > sim.now()) {
      const reached = turn ? advanceWithin(sim, next.atMs, turn) : sim.advanceTo(next.atMs);
      if (!reached) return false;
    }
    sim.dispatch(next.command);
    given();
  }
}

export interface Moved {
  readonly sim: Simulation;
  /** Whether `sim` is a run restored from a checkpoint (else the run it was given, played forward). */
  readonly restored: boolean;
  /** The commands after the moment, still to come. */
  readonly later: readonly TimedCommand[];
}

/**
 * The run at `atMs` whose commands are `all` (in time order; the first `current.commandLog().length` are those
 * `current` has given). Plays `current` forward when that is no longer than replaying from `kept` (the nearest
 * checkpoint at or before the moment) and `current` is on the same branch; otherwise restores `kept`. Commands at the moment itself are given, as a
 * session's replay gives them.
 */
export function moveTo(current: Simulation, kept: KeptCheckpoint, all: readonly TimedCommand[], atMs: number, sameBranch = true): Moved {
  const forward = sameBranch && current.now() <= atMs && kept.checkpoint.atMs <= current.now();
  const sim = forward ? current : restoreSimulation(kept.checkpoint);
  let i = forward ? current.commandLog().length : kept.commandCount;
  while (i < all.length && all[i]!.atMs <= atMs) {
    const { atMs: at, command } = all[i]!;
    sim.advanceTo(at);
    sim.dispatch(command);
    i++;
  }
  sim.advanceTo(atMs);
  return { sim, restored: !forward, later: all.slice(i) };
}
