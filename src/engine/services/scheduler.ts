/**
 * The service scheduler, the conductor (facts 21, 39, 43-45; MC6, MC8, MC9, MC24, MC25). For desired count N:
 * L = ceil(N x minimumHealthyPercent / 100) must stay healthy, U = floor(N x maximumPercent / 100) tasks may be
 * active. After any change it runs again until nothing more acts.
 */
import type { EngineState } from '../core/engineState';
import type { ServiceRec, TaskRec } from '../core/model';
import { launchTask, stopTask } from '../tasks/taskLifecycle';
import { recordTaskFailure } from './deploymentHealth';
import { retireEmptyDeployments } from './deployments';
import { addToBatch } from './messageBatch';
import { DRAINING_STOPPED_REASON } from '../capacity/instances';
import { serviceMessages, stoppedReasons } from './serviceMessages';

const MAX_PASSES = 64;

function say(engine: EngineState, service: ServiceRec, message: string): void {
  engine.emit({ t: engine.now, type: 'service.event', service: service.spec.id, message });
}

function isActive(task: TaskRec): boolean {
  return task.lastStatus !== 'STOPPED';
}

/** Run every service that something changed for, each until it rests. */
export function settleServices(engine: EngineState): void {
  for (const service of engine.services) {
    if (!service.dirty) continue;
    let passes = 0;
    while (service.dirty && passes++ < MAX_PASSES) {
      service.dirty = false;
      if (schedulerPass(engine, service)) service.dirty = true;
    }
    retireEmptyDeployments(engine, service);
    checkSteadyState(engine, service);
  }
}

/** One pass of MC6; returns whether it started or stopped anything. */
function schedulerPass(engine: EngineState, service: ServiceRec): boolean {
  const primary = service.deployments[0];
  if (!primary) return false;
  const n = service.desiredCount;
  const cfg = service.spec.deployment;
  const lower = Math.ceil((n * cfg.minimumHealthyPercent) / 100);
  const upper = Math.floor((n * cfg.maximumPercent) / 100);
  let acted = false;

  const tasks = service.tasks;
  let active = 0;
  let healthy = 0;
  let healthyUnmarked = 0;
  const usable: TaskRec[] = [];
  for (const t of tasks) {
    if (!isActive(t)) continue;
    active++;
    if (t.healthy) {
      healthy++;
      if (t.mark === null) healthyUnmarked++;
    }
    if (t.deployment === primary && t.desiredStatus === 'RUNNING' && t.mark === null) usable.push(t);
  }

  // When the desired count drops, the newest deployment's excess stops at once, AZs kept balanced (MC25).
  if (usable.length > n) {
    const victims = chooseScaleInVictims(usable, usable.length - n);
    for (const t of victims) {
      if (stopTask(engine, t, 'ServiceSchedulerInitiated', stoppedReasons.scaling(primary.id))) {
        addToBatch(engine, service, 'stopped', '', t.id);
      }
    }
    return true;
  }

  // (1) Start tasks of the newest deployment, replacements first (fact 39).
  const wanted = Math.min(n - usable.length, upper - active);
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
      active++;
      acted = true;
    }
    // Every task found a place: the next failure, whatever its cause, is news again.
    if (placedAll && service.placementFailure !== null) {
      service.placementFailure = null;
      engine.version++;
    }
  }

  // (2) Stop tasks ECS marked for replacement, oldest mark first.
  const marked = tasks.filter((t) => t.mark !== null && t.desiredStatus === 'RUNNING').sort((a, b) => a.markedAt - b.markedAt);
  if (marked.length > 0) {
    let victims: TaskRec[] = [];
    if (healthyUnmarked >= n) {
      victims = marked;
    } else if (upper - active <= 0 && healthy >= lower) {
      // No room for a replacement: one at a time, keeping the minimum healthy (fact 39).
      const oneInFlight = tasks.some(
        (t) => t.desiredStatus === 'STOPPED' && t.lastStatus !== 'STOPPED' && t.markStoppedReason !== null && t.mark !== null,
      );
      if (!oneInFlight) victims = [marked[0]!];
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
  const older = tasks.filter((t) => t.deployment !== primary && t.desiredStatus === 'RUNNING');
  healthy = tasks.filter((t) => t.healthy && t.desiredStatus === 'RUNNING').length;
  // A failed deployment without rollback leaves the older tasks serving (fact 48).
  const canStop = primary.rolloutState === 'FAILED' ? 0 : Math.min(older.length, healthy - lower);
  if (canStop > 0) {
    older.sort((a, b) => {
      if (a.healthy !== b.healthy) return a.healthy ? 1 : -1;
      return (b.runningAt ?? b.launchedAt) - (a.runningAt ?? a.launchedAt);
    });
    for (const t of older.slice(0, canStop)) {
      if (stopTask(engine, t, 'ServiceSchedulerInitiated', stoppedReasons.scaling(t.deployment.id))) {
        addToBatch(engine, service, 'stopped', '', t.id);
        acted = true;
      }
    }
  } else if (!acted) {
    reportStuckDeployment(engine, service, older.length, upper - active);
  }
  return acted;
}

/** Stop from the AZ holding the most of these tasks; among equals, the most recently started first (MC6). */
function chooseScaleInVictims(tasks: readonly TaskRec[], count: number): TaskRec[] {
  const remaining = [...tasks];
  const victims: TaskRec[] = [];
  for (let k = 0; k < count && remaining.length > 0; k++) {
    const perAz = new Map<string, number>();
    for (const t of remaining) perAz.set(t.az, (perAz.get(t.az) ?? 0) + 1);
    const most = Math.max(...perAz.values());
    let victim: TaskRec | null = null;
    for (const t of remaining) {
      if (perAz.get(t.az) !== most) continue;
      // `remaining` is in launch order, so among equal launch times the later one wins.
      if (victim === null || t.launchedAt >= victim.launchedAt) {
        victim = t;
      }
    }
    victims.push(victim!);
    remaining.splice(remaining.indexOf(victim!), 1);
  }
  return victims;
}

/** Fact 45: neither a start nor a stop is allowed and nothing is in motion that could change that. */
function reportStuckDeployment(engine: EngineState, service: ServiceRec, olderRunning: number, room: number): void {
  const primary = service.deployments[0]!;
  if (olderRunning === 0 || room > 0 || primary.stuckReported || primary.rolloutState !== 'IN_PROGRESS') return;
  const inMotion = service.tasks.some(
    (t) => t.lastStatus !== 'STOPPED' && (t.lastStatus !== 'RUNNING' || t.desiredStatus !== 'RUNNING' || (!t.healthy && t.mark === null)),
  );
  if (inMotion) return;
  primary.stuckReported = true;
  say(engine, service, serviceMessages.stuckDeployment(service.name));
}

/** Steady: one deployment, N active tasks, all healthy and unmarked (fact 29, MC24). */
function checkSteadyState(engine: EngineState, service: ServiceRec): void {
  const primary = service.deployments[0];
  let steady = primary !== undefined && service.deployments.length === 1;
  if (steady) {
    let active = 0;
    for (const t of service.tasks) {
      if (!isActive(t)) continue;
      active++;
      if (!t.healthy || t.mark !== null || t.desiredStatus !== 'RUNNING') steady = false;
    }
    if (active !== service.desiredCount) steady = false;
  }
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
