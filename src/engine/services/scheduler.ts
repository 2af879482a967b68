/**
 * The service scheduler, the conductor (facts 21, 39, 43-45; MC6, MC8, MC9, MC24, MC25). For desired count N:
 * L = ceil(N x minimumHealthyPercent / 100) must stay healthy, U = floor(N x maximumPercent / 100) tasks may be
 * active. After any change it runs again until nothing more acts. A pass reads the service's tally (serviceTally.ts)
 * and touches only the tasks it starts or stops.
 */
import type { EngineState } from '../core/engineState';
import type { ServiceRec, TaskRec } from '../core/model';
import { launchTask, stopTask } from '../tasks/taskLifecycle';
import { recordTaskFailure } from './deploymentHealth';
import { retireEmptyDeployments } from './deployments';
import { addToBatch } from './messageBatch';
import { DRAINING_STOPPED_REASON } from '../capacity/instances';
import { serviceMessages, stoppedReasons } from './serviceMessages';
import { firstMarkedTask, markedTasks, olderCount, takeOlder } from './serviceTally';
import { tallyProblems } from './tallyCheck';
import { isProtected, unprotected } from '../scaling/protection';

const MAX_PASSES = 64;

function say(engine: EngineState, service: ServiceRec, message: string): void {
  engine.emit({ t: engine.now, type: 'service.event', service: service.spec.id, message });
}

function isActive(task: TaskRec): boolean {
  return task.lastStatus !== 'STOPPED';
}

/**
 * Run every service that something changed for, each until it rests, in index order. A service marked dirty while a
 * later one settles waits for the next time (as it did when this walked every service): only the dirty ones are
 * visited, so a world of thousands of services costs nothing per event for the ones at rest.
 */
export function settleServices(engine: EngineState): void {
  const queue = engine.dirtyServices;
  if (queue.size === 0) return;
  let last = -1;
  let deferred: number[] | null = null;
  while (queue.size > 0) {
    const index = queue.pop();
    if (index <= last) {
      (deferred ??= []).push(index);
      continue;
    }
    last = index;
    const service = engine.services[index]!;
    service.queued = false;
    if (!service.dirty) continue;
    let passes = 0;
    while (service.dirty && passes++ < MAX_PASSES) {
      service.dirty = false;
      engine.work++;
      if (schedulerPass(engine, service)) engine.markDirty(service);
    }
    retireEmptyDeployments(engine, service);
    checkSteadyState(engine, service);
    if (engine.checkTallies) checkTally(service);
  }
  if (deferred !== null) for (const index of deferred) queue.push(index);
}

function checkTally(service: ServiceRec): void {
  const problems = tallyProblems(service);
  if (problems.length > 0) throw new Error(`The scheduler's counts of ${service.name} are wrong: ${problems.join('; ')}`);
}

/** One pass of MC6; returns whether it started or stopped anything. Reads the service's tally, never walks its tasks. */
function schedulerPass(engine: EngineState, service: ServiceRec): boolean {
  const primary = service.deployments[0];
  if (!primary) return false;
  const n = service.desiredCount;
  const cfg = service.spec.deployment;
  const lower = Math.ceil((n * cfg.minimumHealthyPercent) / 100);
  const upper = Math.floor((n * cfg.maximumPercent) / 100);
  const tally = service.tally;
  let acted = false;

  const healthy = tally.healthy;
  const healthyUnmarked = tally.healthyUnmarked;

  // When the desired count drops, the newest deployment's excess stops at once, AZs kept balanced (MC25).
  // Protected tasks are kept (fact 68); when they alone exceed N, the rest of the pass goes on (fact 69).
  if (primary.usable > n) {
    const usable = service.tasks.filter((t) => t.deployment === primary && t.desiredStatus === 'RUNNING' && t.mark === null && isActive(t));
    const victims = chooseScaleInVictims(unprotected(engine, service, usable, usable.length - n), usable.length - n);
    for (const t of victims) {
      if (stopTask(engine, t, 'ServiceSchedulerInitiated', stoppedReasons.scaling(primary.id))) {
        addToBatch(engine, service, 'stopped', '', t.id);
      }
    }
    if (victims.length > 0) return true;
  } else if (service.protectionReported) {
    service.protectionReported = false;
  }

  // (1) Start tasks of the newest deployment, replacements first (fact 39).
  const wanted = Math.min(n - primary.usable, upper - tally.active);
  if (wanted <= 0 && service.placementFailure !== null) {
    // Nothing is waiting for a place any more.
    service.placementFailure = null;
    engine.version++;
  }
  if (wanted > 0 && primary.rolloutState !== 'FAILED' && engine.now >= service.throttleUntil) {
    const batch = ++engine.batchCounter;
    let placedAll = true;
    for (let i = 0; i < wanted; i++) {
      const task = launchTask(engine, service, primary, batch);
      // Nothing fits: the rest would not fit either; the scheduler tries again when capacity changes.
      if (task === null) {
        placedAll = false;
        break;
      }
      addToBatch(engine, service, 'started', '', task.id);
      acted = true;
    }
    // Every task found a place: the next failure, whatever its cause, is news again.
    if (placedAll && service.placementFailure !== null) {
      service.placementFailure = null;
      engine.version++;
    }
  }

  // (2) Stop tasks ECS marked for replacement, oldest mark first.
  if (tally.markedRunning > 0) {
    let victims: TaskRec[] = [];
    if (healthyUnmarked >= n) {
      victims = markedTasks(tally);
    } else if (upper - tally.active <= 0 && healthy >= lower) {
      // No room for a replacement: one at a time, keeping the minimum healthy (fact 39).
      if (tally.stoppingMarked === 0) victims = [firstMarkedTask(tally)!];
    }
    for (const t of victims) {
      const neverHealthy = !t.everHealthy;
      const reason = t.markStoppedReason ?? stoppedReasons.containerHealth;
      if (stopTask(engine, t, 'ServiceSchedulerInitiated', reason)) {
        addToBatch(engine, service, 'stopped', '', t.id);
        acted = true;
        if (neverHealthy && reason !== DRAINING_STOPPED_REASON) recordTaskFailure(engine, t, 'health');
      }
    }
  }

  // (3) Replace older deployments' tasks while at least L stay healthy.
  // A protected one is passed over until its protection ends or expires (MC43): "You can use Amazon ECS task scale-in
  // protection to protect your tasks from being terminated by scale-in events from either service auto scaling or
  // deployments." (ECS developer guide, task scale-in protection). The deployment waits, IN_PROGRESS, with the task
  // serving; AWS documents no service event for it, so none is written, and the protection's end wakes the service.
  const older = olderCount(service);
  // A failed deployment without rollback leaves the older tasks serving (fact 48).
  const canStop = primary.rolloutState === 'FAILED' ? 0 : Math.min(older, tally.healthy - lower);
  if (canStop > 0) {
    for (const t of takeOlder(service, canStop, (task) => isProtected(task, engine.now))) {
      if (stopTask(engine, t, 'ServiceSchedulerInitiated', stoppedReasons.scaling(t.deployment.id))) {
        addToBatch(engine, service, 'stopped', '', t.id);
        acted = true;
      }
    }
  } else if (!acted) {
    reportStuckDeployment(engine, service, older, upper - tally.active);
  }
  return acted;
}

/**
 * Stop from the AZ holding the most of these tasks; among equals, the most recently started first (MC6). `tasks` is
 * in launch order, so within an AZ the last one is the most recently started, and across the fullest AZs the one
 * launched last wins.
 */
function chooseScaleInVictims(tasks: readonly TaskRec[], count: number): TaskRec[] {
  const byAz = new Map<string, TaskRec[]>();
  for (const t of tasks) {
    const list = byAz.get(t.az);
    if (list) list.push(t);
    else byAz.set(t.az, [t]);
  }
  const stacks = [...byAz.values()];
  const victims: TaskRec[] = [];
  for (let k = 0; k < count; k++) {
    let most = 0;
    for (const stack of stacks) most = Math.max(most, stack.length);
    if (most === 0) break;
    let from: TaskRec[] | null = null;
    for (const stack of stacks) {
      if (stack.length === most && (from === null || stack[stack.length - 1]!.launchNo > from[from.length - 1]!.launchNo)) from = stack;
    }
    victims.push(from!.pop()!);
  }
  return victims;
}

/** Fact 45: neither a start nor a stop is allowed and nothing is in motion that could change that. */
function reportStuckDeployment(engine: EngineState, service: ServiceRec, olderRunning: number, room: number): void {
  const primary = service.deployments[0]!;
  if (olderRunning === 0 || room > 0 || primary.stuckReported || primary.rolloutState !== 'IN_PROGRESS') return;
  if (service.tally.inMotion > 0) return;
  primary.stuckReported = true;
  say(engine, service, serviceMessages.stuckDeployment(service.name));
}

/** Steady: one deployment, N active tasks, all healthy and unmarked (fact 29, MC24). */
function checkSteadyState(engine: EngineState, service: ServiceRec): void {
  const primary = service.deployments[0];
  const tally = service.tally;
  // A healthy task is always one ECS wants RUNNING, so healthy and unmarked covers all three.
  const steady = primary !== undefined && service.deployments.length === 1 && tally.active === service.desiredCount && tally.healthyUnmarked === tally.active;
  if (steady === service.steady) return;
  service.steady = steady;
  engine.version++;
  if (!steady || !primary) return;
  if (primary.rolloutState === 'IN_PROGRESS') {
    primary.rolloutState = 'COMPLETED';
    service.lastCompleted = primary;
    say(engine, service, serviceMessages.deploymentCompleted(service.name, primary.id));
  }
  say(engine, service, serviceMessages.steadyState(service.name));
}
