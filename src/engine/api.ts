/**
 * The engine's public surface. One Simulation per mounted stage; nothing is shared between instances.
 */
import type { Command, CommandCheck } from './commands';
import type { SimEvent } from './events';
import type { RequestCounters, WorldSnapshot } from './snapshot';
import type { ScenarioSpec } from './spec';

/** How much one advance may do before it stops at an instant's end (Simulation.advanceTo). */
export interface AdvanceBudget {
  readonly maxEvents: number;
}

export interface SubscribeOptions {
  /** Also deliver request.completed events (one per request; off by default because it is the hot path). */
  readonly requests?: boolean;
}

export interface Simulation {
  /** The world as the scenario started it (its script included): replays and exports start from it. `world()` is the world now. */
  readonly initialWorld: ScenarioSpec;
  readonly seed: number;
  /** Simulated time in milliseconds. */
  now(): number;
  /** Apply a command now (before anything else still due at this millisecond, MC14). */
  dispatch(command: Command): void;
  /**
   * Whether the world allows the command now: allowed, or refused with the reason (AWS's words, and its error code
   * where AWS has one). The same judgement dispatch makes: a refused command dispatched now is logged as
   * `command.rejected` with this reason; an allowed one applies. Changes nothing.
   */
  check(command: Command): CommandCheck;
  /** Every command applied so far, with its time: with the spec and seed, enough to replay the run. */
  commandLog(): readonly { readonly atMs: number; readonly command: Command }[];
  /** Apply a command at a later simulated time (ms). */
  schedule(atMs: number, command: Command): void;
  /** Process everything due up to and including `tMs`, then set the clock to `tMs` (command line, tests). */
  runUntil(tMs: number): void;
  /**
   * Process everything due strictly before `tMs`, then set the clock to `tMs`. The live app advances this way, so a
   * command dispatched now still runs before everything else due at this millisecond, exactly as the same command
   * in a scenario script would (MC14): a recorded session replays byte for byte.
   *
   * With `budget`, it stops early once `maxEvents` entries (arrivals, completions, scheduled work) are done, at the
   * end of the instant it is in: the clock is then 1 ms past that instant, where `advanceTo(instant + 1)` would
   * leave it, and the call returns false. The same commands at the same simulated times give the same log however
   * the advance is cut. Returns true when the clock got to `tMs`.
   */
  advanceTo(tMs: number, budget?: AdvanceBudget): boolean;
  /**
   * The engine's work so far: entries processed (arrivals, request completions, scheduled work) and service
   * scheduler passes. A measure of cost that does not depend on the machine or its load.
   */
  work(): number;
  /** Time of the next scheduled thing, or null when nothing is scheduled. */
  nextEventTime(): number | null;
  /** Listen to events as they happen; returns an unsubscribe function. */
  subscribe(listener: (event: SimEvent) => void, options?: SubscribeOptions): () => void;
  /**
   * The world as configured now: the scenario with every edit so far applied (createService, modifyRule,
   * setDesiredCount, deploy, addInstances, ...), `script` empty. The same object until the configuration changes.
   */
  world(): ScenarioSpec;
  /** The world as plain data; the same object until something changes. */
  snapshot(): WorldSnapshot;
  /** Request figures so far. */
  counters(): RequestCounters;
  /** The most recent events (bounded ring), oldest first. */
  recentEvents(): readonly SimEvent[];
  /**
   * The whole state of the run now, copied: `restoreSimulation(checkpoint)` gives a Simulation that goes on exactly
   * as this one would (the same events, byte for byte, for the same later commands), and can be called again for
   * another. A seek back in time restores the nearest checkpoint and replays from there instead of from t = 0.
   */
  checkpoint(): Checkpoint;
}

/** An opaque copy of a run's state at a moment (Simulation.checkpoint); only restoreSimulation reads it. */
export interface Checkpoint {
  /** The simulated moment it was taken at (ms). */
  readonly atMs: number;
}

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  readonly seed?: number;
  /** How many recent events to keep (default 500). */
  readonly eventRingSize?: number;
  /** Keep request.completed events in the ring too (default false). */
  readonly ringRequests?: boolean;
  /**
   * Tests only: after every settle, count each service's tasks again from scratch and throw if the counts the
   * scheduler keeps (services/serviceTally.ts) disagree. Slow: it walks every task after every event.
   */
  readonly checkTallies?: boolean;
}
