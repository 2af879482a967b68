/**
 * Where a rolling deployment's time went, read from the run's events alone (teaching.md S7): one batch of new tasks
 * after another, each waiting for room, provisioning, pulling its image, passing its health checks, then the old
 * tasks it replaces draining for the deregistration delay and stopping. Pure: the same events give the same
 * breakdown, so the app can show it live and a test can check it to the millisecond.
 */
import type { Command, SimEvent } from '../../engine';

/** A group of the new deployment's tasks the scheduler started at the same moment, and the old tasks they replaced. */
export interface DeploymentBatch {
  /** The new tasks, in launch order. */
  readonly tasks: readonly string[];
  /** When they were started (PROVISIONING), ms. */
  readonly startedAt: number;
  /** Before they started, since the deployment began or the previous batch ended: waiting for room (ms). */
  readonly waitedMs: number;
  /** PROVISIONING to PENDING (ms), the longest of the batch; null until known. */
  readonly provisioningMs: number | null;
  /** PENDING to ACTIVATING: the image pull (ms). */
  readonly pullMs: number | null;
  /** Registration in the target group to healthy, the last of the batch (ms); null without a load balancer or until then. */
  readonly healthChecksMs: number | null;
  /** When the last of the batch turned healthy, ms. */
  readonly healthyAt: number | null;
  /** The older tasks the scheduler stopped while this batch was the newest (for the first, also those stopped to make room for it). */
  readonly replaced: readonly string[];
  /** Their targets' draining, the longest (ms): the deregistration delay. */
  readonly drainingMs: number | null;
  /** From the end of draining to STOPPED, the longest (ms). */
  readonly stoppingMs: number | null;
  /** When the batch's work was done: it was healthy and the tasks it replaced were STOPPED, ms; null until then. */
  readonly endedAt: number | null;
}

export interface DeploymentBreakdown {
  readonly service: string;
  /** When the deployment began: the command that started it, or ECS's rollback. */
  readonly startedAt: number;
  /** "deployment completed", or null while it runs (or when it failed). */
  readonly completedAt: number | null;
  readonly batches: readonly DeploymentBatch[];
}

/** Whether a command starts a new deployment of the service (a new revision, or forceNewDeployment). */
function startsDeployment(command: Command, service: string): boolean {
  switch (command.do) {
    case 'deploy':
    case 'forceNewDeployment':
      return command.service === service;
    case 'updateService':
      return command.service === service && (command.taskDefinition !== undefined || command.forceNewDeployment === true);
    default:
      return false;
  }
}

interface TaskTimes {
  provisioning?: number;
  pending?: number;
  activating?: number;
  deactivating?: number;
  stopped?: number;
  registered?: number;
  healthy?: number;
  draining?: number;
  unused?: number;
}

function max(values: readonly (number | undefined)[]): number | null {
  let best: number | null = null;
  for (const v of values) {
    if (v === undefined) return null;
    best = best === null ? v : Math.max(best, v);
  }
  return best;
}

function span(tasks: readonly TaskTimes[], from: keyof TaskTimes, to: keyof TaskTimes): number | null {
  return max(
    tasks.map((t) => {
      const a = t[from];
      const b = t[to];
      return a === undefined || b === undefined ? undefined : b - a;
    }),
  );
}

/**
 * The breakdown of the service's latest deployment among `events` (null when none began in them). A task belongs
 * to the deployment when it was started after the deployment began; every other task of the service is an older one
 * it replaces. `events` is the run's log (or the part of it since before the deployment), in order.
 */
export function deploymentBreakdown(events: readonly SimEvent[], service: string): DeploymentBreakdown | null {
  let startedAt: number | null = null;
  let startIndex = -1;
  events.forEach((e, i) => {
    const begins =
      (e.type === 'command.applied' && startsDeployment(e.command, service)) ||
      (e.type === 'service.event' && e.service === service && e.message.includes(' rolling back to deployment '));
    if (begins) {
      startedAt = e.t;
      startIndex = i;
    }
  });
  if (startedAt === null) return null;
  const start: number = startedAt;

  const times = new Map<string, TaskTimes>();
  const fresh: string[] = [];
  let completedAt: number | null = null;
  const prefix = `${service}-`;
  const timesOf = (task: string): TaskTimes => {
    let t = times.get(task);
    if (!t) times.set(task, (t = {}));
    return t;
  };
  for (let i = startIndex + 1; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'task.status' && e.service === service) {
      const t = timesOf(e.task);
      if (e.from === null && e.to === 'PROVISIONING') {
        fresh.push(e.task);
        t.provisioning = e.t;
      } else if (e.to === 'PENDING') t.pending = e.t;
      else if (e.to === 'ACTIVATING') t.activating = e.t;
      else if (e.to === 'DEACTIVATING') t.deactivating = e.t;
      else if (e.to === 'STOPPED') t.stopped = e.t;
    } else if (e.type === 'target.health' && e.target.startsWith(prefix)) {
      const t = timesOf(e.target);
      if (e.from === null && e.to === 'initial') t.registered = e.t;
      else if (e.to === 'healthy') t.healthy = e.t;
      else if (e.to === 'draining') t.draining = e.t;
      else if (e.to === 'unused') t.unused = e.t;
    } else if (e.type === 'service.event' && e.service === service && completedAt === null && e.message.endsWith(' deployment completed.')) {
      completedAt = e.t;
    }
  }

  // Batches: the new tasks started at the same moment.
  const groups: string[][] = [];
  for (const task of fresh) {
    const last = groups[groups.length - 1];
    if (last && times.get(last[0]!)!.provisioning === times.get(task)!.provisioning) last.push(task);
    else groups.push([task]);
  }
  const isFresh = new Set(fresh);
  // The older tasks, by when the scheduler began to stop them.
  const stops = [...times.entries()]
    .filter(([task, t]) => !isFresh.has(task) && t.deactivating !== undefined)
    .sort((a, b) => a[1].deactivating! - b[1].deactivating!);

  const batches: DeploymentBatch[] = [];
  let previousEnd = start;
  groups.forEach((tasks, index) => {
    const own = tasks.map((task) => times.get(task)!);
    const startedAtBatch = own[0]!.provisioning!;
    const hasTargets = own.some((t) => t.registered !== undefined);
    const healthyAt = hasTargets ? max(own.map((t) => t.healthy)) : null;
    // The older tasks stopped while this batch was the newest (the first batch also takes those stopped before it
    // started, which made room for it).
    const next = groups[index + 1];
    const until = next ? times.get(next[0]!)!.provisioning! : Infinity;
    const from = index === 0 ? -Infinity : startedAtBatch;
    const replaced = stops.filter(([, t]) => t.deactivating! >= from && t.deactivating! < until).map(([task]) => task);
    const old = replaced.map((task) => times.get(task)!);
    const oldStopped = old.length === 0 ? null : max(old.map((t) => t.stopped));
    const endedAt = healthyAt === null || (old.length > 0 && oldStopped === null) ? null : Math.max(healthyAt, oldStopped ?? healthyAt);
    batches.push({
      tasks,
      startedAt: startedAtBatch,
      waitedMs: Math.max(0, startedAtBatch - previousEnd),
      provisioningMs: span(own, 'provisioning', 'pending'),
      pullMs: span(own, 'pending', 'activating'),
      healthChecksMs: hasTargets ? span(own, 'registered', 'healthy') : null,
      healthyAt,
      replaced,
      drainingMs: old.length === 0 ? null : span(old, 'draining', 'unused'),
      stoppingMs: old.length === 0 ? null : span(old, 'unused', 'stopped'),
      endedAt,
    });
    if (endedAt !== null) previousEnd = Math.max(previousEnd, endedAt);
  });
  return { service, startedAt: start, completedAt, batches };
}
