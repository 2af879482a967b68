/**
 * The run's timeline: what lets time go backwards. The engine is deterministic, so any earlier moment is a replay;
 * to keep a seek short the timeline keeps checkpoints of the engine's state as the run goes (Simulation.checkpoint),
 * every CHECKPOINT_EVERY_MS of simulated time, and a seek restores the nearest one at or before the moment and
 * replays the commands from there. It also keeps what the run recorded beyond the moment on screen: the commands
 * still to come (played again, at their times, when the run plays on), the markers, and how far the run has been.
 * A new command given before that end is a branch: the later commands, markers and checkpoints are set aside and
 * can be restored.
 *
 * Plain bookkeeping: the store drives the engine and asks this what to restore and replay.
 */
import type { Checkpoint, Command } from '../engine';
import type { Marker } from './markers';

export interface TimedCommand {
  readonly atMs: number;
  readonly command: Command;
}

/** A checkpoint and how many commands the run had given when it was taken. */
export interface KeptCheckpoint {
  readonly checkpoint: Checkpoint;
  readonly commandCount: number;
}

/** Seconds of simulated time between checkpoints: a seek replays at most this much (README, "The timeline"). */
export const CHECKPOINT_EVERY_MS = 30_000;
/**
 * At most this many checkpoints; past it every other one goes and the spacing doubles, so a week-long run keeps
 * memory bounded and a seek replays at most 1/128 of the run.
 */
export const MAX_CHECKPOINTS = 256;
/**
 * A checkpoint copies the engine's state (a few ms for the bundled worlds, about 25 ms for a service of 5,000 tasks), so
 * the next one waits at least this many times as long in wall time: checkpoints cost at most about 2 % of a run.
 */
export const CHECKPOINT_COST_SHARE = 50;
/** At most this many markers are kept (the oldest go first). */
export const MAX_MARKERS = 5_000;

export interface Bookmark {
  readonly atMs: number;
  readonly name: string;
}

/** A future set aside by a branch: restorable. */
export interface SetAside {
  /** Where the branches part. */
  readonly atMs: number;
  /** How many commands the run had given there (the branches share those). */
  readonly commandCount: number;
  readonly commands: readonly TimedCommand[];
  readonly markers: readonly Marker[];
  readonly checkpoints: readonly KeptCheckpoint[];
  readonly end: number;
}

/** What the page reads of the timeline (a new object whenever any of it changes). */
export interface TimelineView {
  /** How far this branch of the run has been (simulated ms): the scrubber's end. */
  readonly end: number;
  readonly markers: readonly Marker[];
  readonly bookmarks: readonly Bookmark[];
  /** Commands recorded after the moment on screen, played again as the run plays on. */
  readonly later: readonly TimedCommand[];
  /** The future a branch set aside, if any: where it parted and how many commands it holds. */
  readonly aside: { readonly atMs: number; readonly commands: number } | null;
  /** How many checkpoints this branch keeps. */
  readonly checkpoints: number;
}

export const EMPTY_TIMELINE: TimelineView = { end: 0, markers: [], bookmarks: [], later: [], aside: null, checkpoints: 0 };

function after<T>(list: readonly T[], time: (item: T) => number, atMs: number): { kept: T[]; later: T[] } {
  const kept: T[] = [];
  const later: T[] = [];
  for (const item of list) (time(item) > atMs ? later : kept).push(item);
  return { kept, later };
}

export class Timeline {
  private checkpoints: KeptCheckpoint[] = [];
  private spacing = CHECKPOINT_EVERY_MS;
  /** Wall time (ms) before which no checkpoint is taken (CHECKPOINT_COST_SHARE). */
  private quietUntil = -Infinity;
  private markers: Marker[] = [];
  /** Commands recorded after the moment on screen, in time order. */
  private future: TimedCommand[] = [];
  private end = 0;
  private aside: SetAside | null = null;
  private bookmarks: Bookmark[] = [];
  private view: TimelineView = EMPTY_TIMELINE;

  constructor(private readonly publish: (view: TimelineView) => void) {}

  current(): TimelineView {
    return this.view;
  }

  bookmarkList(): readonly Bookmark[] {
    return this.bookmarks;
  }

  asideNow(): SetAside | null {
    return this.aside;
  }

  /** A new run (load, reset): everything goes, bookmarks too unless given. */
  start(first: KeptCheckpoint, bookmarks: readonly Bookmark[] = []): void {
    this.checkpoints = [first];
    this.spacing = CHECKPOINT_EVERY_MS;
    this.quietUntil = -Infinity;
    this.markers = [];
    this.future = [];
    this.end = first.checkpoint.atMs;
    this.aside = null;
    this.bookmarks = [...bookmarks].sort((a, b) => a.atMs - b.atMs);
    this.changed();
  }

  /**
   * Whether a checkpoint is due at `nowMs` (the last kept one is at least the spacing behind), and the last one's cost
   * has been paid off by `wallMs` (CHECKPOINT_COST_SHARE).
   */
  checkpointDue(nowMs: number, wallMs: number): boolean {
    const last = this.checkpoints[this.checkpoints.length - 1];
    return (last === undefined || nowMs - last.checkpoint.atMs >= this.spacing) && wallMs >= this.quietUntil;
  }

  /** Keeps a checkpoint that took `costMs` of wall time to take, ending at `wallMs`. */
  addCheckpoint(kept: KeptCheckpoint, wallMs = 0, costMs = 0): void {
    this.quietUntil = wallMs + costMs * CHECKPOINT_COST_SHARE;
    this.checkpoints.push(kept);
    if (this.checkpoints.length > MAX_CHECKPOINTS) {
      // Keep the first (t = 0) and every other one after it.
      this.checkpoints = this.checkpoints.filter((_, i) => i % 2 === 0);
      this.spacing *= 2;
    }
    this.changed();
  }

  /** The last checkpoint at or before `atMs` (there is always one at the run's start). */
  nearest(atMs: number): KeptCheckpoint {
    let best = this.checkpoints[0]!;
    for (const kept of this.checkpoints) {
      if (kept.checkpoint.atMs <= atMs) best = kept;
      else break;
    }
    return best;
  }

  checkpointCount(): number {
    return this.checkpoints.length;
  }

  /** The run has got to `nowMs`: the end moves on. */
  reached(nowMs: number): void {
    if (nowMs <= this.end) return;
    this.end = nowMs;
    this.changed();
  }

  /**
   * Markers from events the run just went through. Only those at or after `fromMs` (the end before this advance) are
   * new; earlier ones are a replay of what this branch recorded already, and one at the same moment with the same
   * words is the same marker.
   */
  recordMarkers(candidates: readonly Marker[], fromMs: number): void {
    const fresh = candidates.filter((m) => m.t >= fromMs && !this.has(m));
    if (fresh.length === 0) return;
    const last = this.markers[this.markers.length - 1];
    this.markers = this.markers.concat(fresh);
    // A lesson step marked after a seek back can land among markers already kept: keep them in time order.
    if (last !== undefined && fresh[0]!.t < last.t) this.markers.sort((a, b) => a.t - b.t);
    if (this.markers.length > MAX_MARKERS) this.markers = this.markers.slice(this.markers.length - MAX_MARKERS);
    this.changed();
  }

  /** Whether the same marker is kept already (markers are in time order: look back from the latest). */
  private has(marker: Marker): boolean {
    for (let i = this.markers.length - 1; i >= 0; i--) {
      const kept = this.markers[i]!;
      if (kept.t < marker.t) return false;
      if (kept.t > marker.t) continue;
      if (kept.t === marker.t && kept.kind === marker.kind && kept.label === marker.label) return true;
    }
    return false;
  }

  /** How far this branch has been. */
  endMs(): number {
    return this.end;
  }

  /** Commands still to give as the run plays on (the first is next). */
  later(): readonly TimedCommand[] {
    return this.future;
  }

  setLater(commands: readonly TimedCommand[]): void {
    this.future = [...commands];
    this.changed();
  }

  /** The next recorded command was given again. */
  takeNext(): void {
    this.future = this.future.slice(1);
    this.changed();
  }

  /**
   * A new command at `atMs` before the branch's end: what was recorded after it (commands, markers, checkpoints,
   * the end) is set aside, replacing anything set aside before. Nothing happens at the end of the run.
   */
  branch(atMs: number, commandCount: number): boolean {
    if (atMs >= this.end && this.future.length === 0) return false;
    const markers = after(this.markers, (m) => m.t, atMs);
    const checkpoints = after(this.checkpoints, (c) => c.checkpoint.atMs, atMs);
    this.aside = { atMs, commandCount, commands: this.future, markers: markers.later, checkpoints: checkpoints.later, end: this.end };
    this.markers = markers.kept;
    this.checkpoints = checkpoints.kept;
    this.future = [];
    this.end = atMs;
    this.changed();
    return true;
  }

  /**
   * Brings back the future set aside, trading places with the one recorded since the branch (which is set aside in
   * turn). `commandsSince` are the commands this branch gave after the parting moment (they go aside). Returns the
   * set-aside future now restored, or null when there is none.
   */
  restoreAside(commandsSince: readonly TimedCommand[]): SetAside | null {
    const restored = this.aside;
    if (restored === null) return null;
    const at = restored.atMs;
    const markers = after(this.markers, (m) => m.t, at);
    const checkpoints = after(this.checkpoints, (c) => c.checkpoint.atMs, at);
    this.aside = { atMs: at, commandCount: restored.commandCount, commands: [...commandsSince, ...this.future], markers: markers.later, checkpoints: checkpoints.later, end: this.end };
    this.markers = [...markers.kept, ...restored.markers];
    this.checkpoints = [...checkpoints.kept, ...restored.checkpoints];
    this.end = restored.end;
    this.future = [];
    this.changed();
    return restored;
  }

  addBookmark(bookmark: Bookmark): void {
    this.bookmarks = [...this.bookmarks.filter((b) => b.atMs !== bookmark.atMs), bookmark].sort((a, b) => a.atMs - b.atMs);
    this.changed();
  }

  removeBookmark(atMs: number): void {
    this.bookmarks = this.bookmarks.filter((b) => b.atMs !== atMs);
    this.changed();
  }

  private changed(): void {
    this.view = {
      end: this.end,
      markers: this.markers,
      bookmarks: this.bookmarks,
      later: this.future,
      aside: this.aside ? { atMs: this.aside.atMs, commands: this.aside.commands.length } : null,
      checkpoints: this.checkpoints.length,
    };
    this.publish(this.view);
  }
}
