/** How much engine work one turn of the page may do: a playback frame, or a slice of a seek. */
import type { Simulation } from '../engine';

/**
 * At most `maxEvents` entries, in slices of `sliceEvents`, and no more slices once `wallMs` of `clock` time have
 * gone. An advance always finishes the instant it is in (Simulation.advanceTo), so a turn can run past the budget by
 * what one instant holds.
 */
export interface FrameBudget {
  readonly maxEvents: number;
  readonly sliceEvents: number;
  readonly wallMs: number;
  readonly clock: () => number;
}

/** One turn's use of a budget, across several advances. */
export interface BudgetTurn {
  readonly budget: FrameBudget;
  readonly started: number;
  spent: number;
}

export function startTurn(budget: FrameBudget): BudgetTurn {
  return { budget, started: budget.clock(), spent: 0 };
}

export function turnOver(turn: BudgetTurn): boolean {
  return turn.spent >= turn.budget.maxEvents || turn.budget.clock() - turn.started >= turn.budget.wallMs;
}

/** Advances towards `target` in slices until it gets there or the turn's budget is spent; whether it got there. */
export function advanceWithin(sim: Simulation, target: number, turn: BudgetTurn): boolean {
  const { budget } = turn;
  for (;;) {
    const before = sim.work();
    const reached = sim.advanceTo(target, { maxEvents: Math.max(1, Math.min(budget.sliceEvents, budget.maxEvents - turn.spent)) });
    turn.spent += sim.work() - before;
    if (reached || turnOver(turn)) return reached;
  }
}
