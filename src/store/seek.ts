/**
 * Seeking: bringing a fresh world to a later moment by replaying commands at their times, as a saved session or a
 * share link does. A week of a busy world is minutes of engine work, so the replay runs in slices of a frame's
 * budget with the page free in between (input, painting, the Cancel button), and says how far it has got. Cancelled,
 * the world stays where the replay got to: a consistent run up to that moment, paused, that plays on from there.
 *
 * While it seeks, request events are not delivered (nothing animates a week of requests, and the engine builds
 * none), except over the last stretch that the figures panel keeps; the store's log and figures are then those of a
 * replay that watched every request.
 */
import type { Command, Simulation } from '../engine';
import { advanceWithin, startTurn, turnOver, type FrameBudget } from './budget';
import { METRIC_BUCKET_MS, METRIC_BUCKETS_KEPT } from './metrics';

export interface SeekPlan {
  /** Commands with the simulated time they were given at, in time order. */
  readonly commands: readonly { readonly atMs: number; readonly command: Command }[];
  /** The moment to stop at (simulated ms). */
  readonly atMs: number;
  /** What is being opened, in a few words for the progress ("the shared world"). */
  readonly what: string;
}

/** How far a seek has got, for the page. */
export interface SeekProgress {
  readonly what: string;
  readonly from: number;
  readonly to: number;
  readonly at: number;
}

/** 'replaced': the world was loaded or reset meanwhile, and the seek stopped. */
export type SeekOutcome = 'done' | 'cancelled' | 'replaced';

export interface SeekOptions {
  /** Engine work per slice; the wall clock defaults to performance.now. */
  readonly budget?: Partial<FrameBudget>;
  /** Waits between slices; by default a message-channel turn (input and painting run, a hidden tab still goes on). */
  readonly pause?: () => Promise<void>;
}

/** What the seek needs of the store; the store gives it its own internals. */
export interface SeekAccess {
  readonly sim: () => Simulation;
  /** Whether the store delivers request events (figures, animation). */
  readonly hearRequests: (on: boolean) => void;
  /** Samples the figures' gauges (healthy hosts) now, as a commit does. */
  readonly sample: () => void;
  readonly progress: (progress: SeekProgress | null) => void;
  readonly cancelRequested: () => boolean;
  /** Publishes the world's state to the page, once at the end. */
  readonly commit: () => void;
  /** After each slice: the timeline keeps its checkpoints as the replay goes. */
  readonly slice?: () => void;
}

/** A slice takes about 12 ms, so the page answers input within a frame or so while a seek runs. */
export const SEEK_BUDGET: Omit<FrameBudget, 'clock'> = { maxEvents: 200_000, sliceEvents: 2_000, wallMs: 12 };

/** Requests before this much of the end are not watched: the figures panel keeps no more (metrics.ts). */
const WATCHED_MS = METRIC_BUCKET_MS * (METRIC_BUCKETS_KEPT + 1);

function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Replays `plan` on the store's world: advanceTo each command's time, dispatch it, then advanceTo the moment, exactly
 * as the live run went (so the log is the same bytes). The first slice runs at once: a short session is done before
 * the page paints.
 */
export async function seek(access: SeekAccess, plan: SeekPlan, options: SeekOptions = {}): Promise<SeekOutcome> {
  const sim = access.sim();
  const budget: FrameBudget = { ...SEEK_BUDGET, clock: () => performance.now(), ...options.budget };
  const pause = options.pause ?? nextTurn;
  const from = sim.now();
  const watchFrom = plan.atMs - WATCHED_MS;
  let watching = sim.now() >= watchFrom;
  access.hearRequests(watching);
  access.progress({ what: plan.what, from, to: plan.atMs, at: from });
  let next = 0;
  let outcome: SeekOutcome | null = null;
  let turn = startTurn(budget);
  try {
    while (outcome === null) {
      const command = plan.commands[next];
      const stop = command ? command.atMs : plan.atMs;
      const target = watching ? stop : Math.min(stop, watchFrom);
      const reached = advanceWithin(sim, target, turn);
      if (reached && !watching && target === watchFrom) {
        watching = true;
        access.hearRequests(true);
        access.sample();
      } else if (reached && command) {
        sim.dispatch(command.command);
        next++;
        // A replay in one go commits after each command: the figures' gauges are sampled there too.
        if (watching) access.sample();
      } else if (reached) {
        outcome = 'done';
        break;
      }
      // Many commands close together can use up a turn as surely as a long stretch of time.
      if (!reached || turnOver(turn)) {
        access.slice?.();
        access.progress({ what: plan.what, from, to: plan.atMs, at: sim.now() });
        await pause();
        if (access.sim() !== sim) outcome = 'replaced';
        else if (access.cancelRequested()) outcome = 'cancelled';
        turn = startTurn(budget);
      }
    }
  } finally {
    if (access.sim() === sim) {
      access.hearRequests(true);
      access.commit();
    }
    access.progress(null);
  }
  return outcome;
}
