/**
 * A service's tasks counted the way the scheduler asks about them (MC6, MC24, MC25): how many are active, healthy,
 * healthy and unmarked, in motion, stopping for a mark, per Availability Zone and per deployment; the tasks ECS
 * marked, oldest mark first; the older deployments' tasks in the order a rolling deployment replaces them; plain
 * tasks waiting out their 40 s. Kept up to date as tasks change (`retally` after every change to a task's
 * lastStatus, desiredStatus, health or mark) instead of counted on every pass, so a pass costs what it does rather
 * than the size of the service: walking 5,000 tasks after every health check made a big service quadratic.
 *
 * Queue entries are never removed in place: an entry stops counting once its task no longer qualifies or has a
 * newer entry, is skipped when reached, and the queue is compacted when stale entries outnumber live ones.
 */
import { BinaryHeap } from '../core/binaryHeap';
import type { DeploymentRec, ServiceRec, TaskRec } from '../core/model';
import { sortedIndexOf } from '../core/sortedIndexOf';

const ACTIVE = 1;
const HEALTHY = 2;
const HEALTHY_UNMARKED = 4;
/** Active, and not simply RUNNING, wanted and either healthy or marked: what a stuck deployment waits for (fact 45). */
const IN_MOTION = 8;
/** On its way to STOPPED because ECS marked it: the one replacement in flight when there is no room (fact 39). */
const STOPPING_MARKED = 16;
const RUNNING_DESIRED = 32;
/** desiredStatus RUNNING and not marked: what counts towards the desired count. */
const USABLE = 64;
const MARKED_RUNNING = 128;
const STOPPED = 256;

export interface MarkEntry {
  readonly task: TaskRec;
  readonly markedAt: number;
}

export interface OlderEntry {
  readonly task: TaskRec;
  readonly healthy: boolean;
  /** runningAt, else launchedAt: the newest go first. */
  readonly time: number;
}

export interface ServiceTally {
  active: number;
  healthy: number;
  healthyUnmarked: number;
  inMotion: number;
  stoppingMarked: number;
  runningDesired: number;
  markedRunning: number;
  stopped: number;
  /** Active tasks per Availability Zone. */
  readonly activeByAz: Map<string, number>;
  /** Marked tasks by (markedAt, launch order), from `markHead` on. */
  marks: MarkEntry[];
  markHead: number;
  /** Older deployments' wanted tasks in the order they are replaced. */
  readonly older: BinaryHeap<OlderEntry>;
  /** STOPPED tasks still in the service's list, earliest launched first: the first to be forgotten. */
  readonly stoppedByLaunch: BinaryHeap<TaskRec>;
  /** Tasks with neither a load balancer nor a container health check, by the time they reached RUNNING. */
  plainWaiting: TaskRec[];
  plainHead: number;
}

export function newTally(): ServiceTally {
  return {
    active: 0,
    healthy: 0,
    healthyUnmarked: 0,
    inMotion: 0,
    stoppingMarked: 0,
    runningDesired: 0,
    markedRunning: 0,
    stopped: 0,
    activeByAz: new Map(),
    marks: [],
    markHead: 0,
    older: new BinaryHeap(before),
    stoppedByLaunch: new BinaryHeap((a, b) => a.launchNo < b.launchNo),
    plainWaiting: [],
    plainHead: 0,
  };
}

/** What the tally counts a task as: one bit per count it is in. */
export function classify(task: TaskRec): number {
  if (task.lastStatus === 'STOPPED') return STOPPED;
  const wanted = task.desiredStatus === 'RUNNING';
  const unmarked = task.mark === null;
  let mask = ACTIVE;
  if (task.healthy) mask |= unmarked ? HEALTHY | HEALTHY_UNMARKED : HEALTHY;
  if (task.lastStatus !== 'RUNNING' || !wanted || (!task.healthy && unmarked)) mask |= IN_MOTION;
  if (!wanted && task.markStoppedReason !== null && !unmarked) mask |= STOPPING_MARKED;
  if (wanted) mask |= unmarked ? RUNNING_DESIRED | USABLE : RUNNING_DESIRED | MARKED_RUNNING;
  return mask;
}

/** Adds (or, with `by` -1, takes away) a task counted as `mask`. */
export function count(
  tally: ServiceTally,
  deployment: Pick<DeploymentRec, 'active' | 'runningDesired' | 'usable'>,
  task: TaskRec,
  mask: number,
  by: number,
): void {
  if (mask & ACTIVE) {
    tally.active += by;
    deployment.active += by;
    tally.activeByAz.set(task.az, (tally.activeByAz.get(task.az) ?? 0) + by);
  }
  if (mask & HEALTHY) tally.healthy += by;
  if (mask & HEALTHY_UNMARKED) tally.healthyUnmarked += by;
  if (mask & IN_MOTION) tally.inMotion += by;
  if (mask & STOPPING_MARKED) tally.stoppingMarked += by;
  if (mask & RUNNING_DESIRED) {
    tally.runningDesired += by;
    deployment.runningDesired += by;
  }
  if (mask & USABLE) deployment.usable += by;
  if (mask & MARKED_RUNNING) tally.markedRunning += by;
  if (mask & STOPPED) tally.stopped += by;
}

/** Counts a task again after any change to its state; cheap when nothing the tally reads changed. */
export function retally(task: TaskRec): void {
  const service = task.service;
  const tally = service.tally;
  const mask = classify(task);
  if (mask !== task.tallied) {
    count(tally, task.deployment, task, task.tallied, -1);
    count(tally, task.deployment, task, mask, 1);
    if (mask & STOPPED && !(task.tallied & STOPPED)) tally.stoppedByLaunch.push(task);
    task.tallied = mask;
  }
  if (mask & RUNNING_DESIRED && task.deployment !== service.deployments[0]) {
    const entry = task.olderEntry;
    const time = task.runningAt ?? task.launchedAt;
    if (entry === null || entry.healthy !== task.healthy || entry.time !== time) {
      pushOlder(tally, task);
      compactOlder(service);
    }
  }
}

// --- Stopped tasks --------------------------------------------------------------------------------------------

/**
 * Takes the earliest launched STOPPED task out of the service's counts, for the caller to drop from its list; null
 * when none is left. A STOPPED task never changes again, so the queue holds no stale entries.
 */
export function forgetOldestStopped(service: ServiceRec): TaskRec | null {
  const stopped = service.tally.stoppedByLaunch;
  if (stopped.size === 0) return null;
  const task = stopped.pop();
  count(service.tally, task.deployment, task, task.tallied, -1);
  task.tallied = 0;
  return task;
}

/** Where a task sits in its service's list, which is in launch order. */
export function indexOfTask(tasks: readonly TaskRec[], task: TaskRec): number {
  return sortedIndexOf(tasks, task, (t) => t.launchNo);
}

// --- Marked tasks -------------------------------------------------------------------------------------------

/** ECS marked the task now (MC6): it queues after every earlier mark, and after same-instant marks of older tasks. */
export function queueMark(task: TaskRec): void {
  const marks = task.service.tally.marks;
  const entry: MarkEntry = { task, markedAt: task.markedAt };
  task.markEntry = entry;
  let i = marks.length;
  marks.push(entry);
  while (i > 0 && marks[i - 1]!.markedAt === entry.markedAt && marks[i - 1]!.task.launchNo > task.launchNo) {
    marks[i] = marks[i - 1]!;
    i--;
  }
  marks[i] = entry;
}

function isLiveMark(entry: MarkEntry): boolean {
  const task = entry.task;
  return task.markEntry === entry && task.mark !== null && task.desiredStatus === 'RUNNING';
}

function compactMarks(tally: ServiceTally): void {
  if (tally.marks.length - tally.markHead <= 2 * tally.markedRunning + 32) return;
  tally.marks = tally.marks.slice(tally.markHead).filter(isLiveMark);
  tally.markHead = 0;
}

/** The marked tasks still wanted RUNNING, oldest mark first. */
export function markedTasks(tally: ServiceTally): TaskRec[] {
  compactMarks(tally);
  const out: TaskRec[] = [];
  for (let i = tally.markHead; i < tally.marks.length; i++) if (isLiveMark(tally.marks[i]!)) out.push(tally.marks[i]!.task);
  return out;
}

/** The marked task with the oldest mark, or null. */
export function firstMarkedTask(tally: ServiceTally): TaskRec | null {
  const marks = tally.marks;
  // A dead entry never comes back to life (a new mark gets a new entry), so skipped entries are dropped for good.
  while (tally.markHead < marks.length && !isLiveMark(marks[tally.markHead]!)) tally.markHead++;
  compactMarks(tally);
  return tally.markHead < marks.length ? marks[tally.markHead]!.task : null;
}

// --- Older deployments' tasks ---------------------------------------------------------------------------------

/** Replaced first: unhealthy before healthy, then the most recently started, then launch order (MC6, fact 39). */
function before(a: OlderEntry, b: OlderEntry): boolean {
  if (a.healthy !== b.healthy) return !a.healthy;
  if (a.time !== b.time) return a.time > b.time;
  return a.task.launchNo < b.task.launchNo;
}

function pushOlder(tally: ServiceTally, task: TaskRec): void {
  const entry: OlderEntry = { task, healthy: task.healthy, time: task.runningAt ?? task.launchedAt };
  task.olderEntry = entry;
  tally.older.push(entry);
}

function isLiveOlder(entry: OlderEntry, primary: DeploymentRec | undefined): boolean {
  const task = entry.task;
  return task.olderEntry === entry && task.desiredStatus === 'RUNNING' && task.deployment !== primary;
}

/** Drops dead entries once they outnumber the live ones (a task whose health flaps leaves one per change). */
function compactOlder(service: ServiceRec): void {
  const tally = service.tally;
  if (tally.older.size <= 2 * olderCount(service) + 32) return;
  const primary = service.deployments[0];
  tally.older.retain((entry) => isLiveOlder(entry, primary));
}

/** A new primary deployment: every task still wanted belongs to an older one now. */
export function rebuildOlder(service: ServiceRec): void {
  const tally = service.tally;
  tally.older.clear();
  const primary = service.deployments[0];
  for (const task of service.tasks) {
    task.olderEntry = null;
    if (task.desiredStatus === 'RUNNING' && task.deployment !== primary) pushOlder(tally, task);
  }
}

/** How many tasks of older deployments are still wanted RUNNING. */
export function olderCount(service: ServiceRec): number {
  const primary = service.deployments[0];
  return service.tally.runningDesired - (primary ? primary.runningDesired : 0);
}

/**
 * The first `count` older tasks in replacement order, taken off the queue (the caller stops them). Those `kept` holds
 * back (scale-in protection) are passed over and stay queued in their place, for when it no longer does.
 */
export function takeOlder(service: ServiceRec, count: number, kept: (task: TaskRec) => boolean): TaskRec[] {
  const primary = service.deployments[0];
  const heap = service.tally.older;
  const out: TaskRec[] = [];
  let passed: OlderEntry[] | null = null;
  while (out.length < count && heap.size > 0) {
    const entry = heap.pop();
    if (!isLiveOlder(entry, primary)) continue;
    if (kept(entry.task)) {
      (passed ??= []).push(entry);
      continue;
    }
    entry.task.olderEntry = null;
    out.push(entry.task);
  }
  if (passed !== null) for (const entry of passed) heap.push(entry);
  compactOlder(service);
  return out;
}

// --- Plain tasks ----------------------------------------------------------------------------------------------

export function queuePlain(task: TaskRec): void {
  task.service.tally.plainWaiting.push(task);
}

/** Plain tasks whose 40 s have passed by `now` and that still run, in launch order; each is handed out once. */
export function takeDuePlain(tally: ServiceTally, now: number, afterMs: number): TaskRec[] {
  const queue = tally.plainWaiting;
  const due: TaskRec[] = [];
  while (tally.plainHead < queue.length) {
    const task = queue[tally.plainHead]!;
    if (task.runningAt !== null && task.runningAt + afterMs > now) break;
    tally.plainHead++;
    if (task.lastStatus === 'RUNNING') due.push(task);
  }
  if (tally.plainHead > 64 && tally.plainHead * 2 > queue.length) {
    tally.plainWaiting = queue.slice(tally.plainHead);
    tally.plainHead = 0;
  }
  return due.sort((a, b) => a.launchNo - b.launchNo);
}
