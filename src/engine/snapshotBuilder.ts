/**
 * Copies the live records into the plain read models of snapshot.ts. Built on demand and cached by the engine's
 * version, so a view that reads it every frame pays only when something changed.
 */
import type { EngineState } from './core/engineState';
import type { TargetRec, TaskRec } from './core/model';
import type { TrafficGenerator } from './requests/traffic';
import { scalingSnapshot } from './scaling/scalingSnapshot';
import type {
  DeploymentSnapshot,
  ReplacementReason,
  RequestCounters,
  ServiceSnapshot,
  TargetSnapshot,
  TaskSnapshot,
  WorldSnapshot,
} from './snapshot';

/**
 * Why the scheduler will replace this task (MC6): its mark, else an older deployment's task while the newest
 * deployment has not failed (a failed one without rollback leaves the older tasks serving, fact 48).
 */
function replacementOf(task: TaskRec): ReplacementReason | null {
  if (task.desiredStatus !== 'RUNNING' || task.lastStatus === 'STOPPED') return null;
  if (task.mark !== null) return task.mark;
  const primary = task.service.deployments[0];
  if (primary !== undefined && task.deployment !== primary && primary.rolloutState !== 'FAILED') return 'deployment';
  return null;
}

function taskSnapshot(task: TaskRec, now: number): TaskSnapshot {
  return {
    id: task.id,
    serviceId: task.service.spec.id,
    deploymentId: task.deployment.id,
    taskDefinition: task.taskDef.key,
    image: task.taskDef.image,
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    healthStatus: task.healthStatus,
    availabilityZone: task.az,
    privateIp: task.ip,
    instanceId: task.placement?.instance.spec.id ?? null,
    hostPorts: task.placement ? Object.fromEntries([...task.placement.hostPorts].map(([c, h]) => [String(c), h])) : {},
    launchedAt: task.launchedAt,
    startedAt: task.runningAt,
    stoppingAt: task.stoppingAt,
    stoppedAt: task.stoppedAt,
    stopCode: task.stopCode,
    stoppedReason: task.stoppedReason,
    replacement: replacementOf(task),
    faults: {
      healthChecks: task.faults.hcTimeout ? 'timeout' : task.faults.hcStatus,
      containerHealthChecks: task.faults.containerFail,
      extraLatencyMs: task.faults.extraLatencyMs,
      refusesConnections: task.faults.refusesConnections,
    },
    statusHistory: task.statusHistory.map((h) => ({ ...h })),
    protectedUntil: task.protectedUntil > now ? task.protectedUntil : null,
  };
}

function targetSnapshot(target: TargetRec): TargetSnapshot {
  return {
    targetGroupId: target.tg.spec.id,
    taskId: target.task.id,
    ip: target.task.ip,
    port: target.port,
    state: target.state,
    reason: target.reason,
    description: target.description,
    registeredAt: target.registeredAt,
    drainingEndsAt: target.drainingEndsAt,
    history: target.history.map((h) => ({ ...h })),
  };
}

export function buildSnapshot(engine: EngineState, traffic: TrafficGenerator): WorldSnapshot {
  // A deleted service stays in view while its tasks drain, then it is gone.
  const shown = engine.services.filter((s) => !s.deleted || s.tasks.some((t) => t.lastStatus !== 'STOPPED'));
  const services: ServiceSnapshot[] = shown.map((s) => {
    const primary = s.deployments[0];
    const deployments: DeploymentSnapshot[] = s.deployments.map((d) => {
      const mine = s.tasks.filter((t) => t.deployment === d);
      return {
        id: d.id,
        status: d.status,
        rolloutState: d.rolloutState,
        taskDefinition: d.taskDef.key,
        failedTasks: d.failedTasks,
        runningCount: mine.filter((t) => t.lastStatus === 'RUNNING').length,
        pendingCount: mine.filter((t) => t.lastStatus === 'PENDING').length,
        createdAt: d.createdAt,
      };
    });
    return {
      id: s.spec.id,
      name: s.name,
      status: s.deleted ? 'DRAINING' : 'ACTIVE',
      clusterId: s.spec.clusterId,
      launchType: s.spec.launchType,
      placementFailure: s.placementFailure,
      desiredCount: s.desiredCount,
      runningCount: s.tasks.filter((t) => t.lastStatus === 'RUNNING').length,
      pendingCount: s.tasks.filter((t) => t.lastStatus === 'PENDING').length,
      taskDefinition: primary?.taskDef.key ?? '',
      image: primary?.taskDef.image ?? '',
      deployments,
      targetGroupIds: s.targetGroups.map((tg) => tg.spec.id),
      started: s.started,
      stopped: s.stopped,
      steady: s.steady,
      scaling: scalingSnapshot(engine, s),
    };
  });
  const tasks: TaskSnapshot[] = [];
  for (const s of shown) for (const t of s.tasks) tasks.push(taskSnapshot(t, engine.now));
  return {
    version: engine.version,
    clusters: engine.clusters.map((c) => ({
      id: c.spec.id,
      name: c.spec.name,
      instances: c.instances.map((i) => ({
        id: i.spec.id,
        instanceType: i.spec.instanceType,
        availabilityZone: i.spec.availabilityZone,
        status: i.status === 'DRAINING' ? 'DRAINING' : 'ACTIVE',
        removing: i.removeWhenEmpty,
        privateIp: i.privateIp,
        cpu: { registered: i.spec.cpu, remaining: i.cpuFree },
        memory: { registered: i.spec.memory, remaining: i.memoryFree },
        portsInUse: [...i.ports].sort((a, b) => a - b),
        taskIds: [...i.tasks].filter((t) => t.lastStatus !== 'STOPPED').map((t) => t.id),
      })),
    })),
    services,
    tasks,
    targetGroups: engine.targetGroups.map((tg) => ({
      id: tg.spec.id,
      name: tg.spec.name,
      arn: tg.spec.arn,
      targets: tg.targets.map(targetSnapshot),
      healthyCount: tg.healthyCount,
      unhealthyCount: tg.unhealthyCount,
    })),
    listeners: engine.listeners.map((l) => ({
      id: l.spec.id,
      loadBalancerId: l.lb.id,
      port: l.spec.port,
      protocol: l.spec.protocol,
      rules: l.rules.map((r) => ({ id: r.spec?.id ?? null, priority: r.priority })),
    })),
    traffic: { rate: traffic.rate, mix: traffic.mix },
  };
}

/**
 * Counters are keyed by logical IDs, which may be "constructor" or "toString": readers do `byTask[id] ?? 0`, so the
 * records have no prototype to answer for an ID that has no count yet.
 */
function counts<T = number>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function buildCounters(engine: EngineState): RequestCounters {
  const byStatus = counts();
  engine.stats.byStatus.forEach((count, status) => {
    if (count > 0) byStatus[String(status)] = count;
  });
  const byRule = counts();
  const byListenerRule = counts<Record<string, number>>();
  for (const l of engine.listeners) {
    const mine = counts();
    byListenerRule[l.spec.id] = mine;
    for (const r of l.rules) {
      if (r.requests === 0) continue;
      const key = String(r.priority);
      mine[key] = r.requests;
      byRule[key] = (byRule[key] ?? 0) + r.requests;
    }
  }
  const inFlightByTarget = counts<Record<string, number>>();
  for (const tg of engine.targetGroups) {
    const mine = counts();
    inFlightByTarget[tg.spec.id] = mine;
    for (const t of tg.targets) if (t.inFlight > 0) mine[t.task.id] = t.inFlight;
  }
  const byTargetGroup = counts();
  for (const tg of engine.targetGroups) if (tg.requests > 0) byTargetGroup[tg.spec.id] = tg.requests;
  const byTask = counts();
  for (const [task, served] of engine.retiredByTask) byTask[task] = served;
  for (const s of engine.services) for (const t of s.tasks) if (t.requestsServed > 0) byTask[t.id] = t.requestsServed;
  return {
    total: engine.stats.total,
    inFlight: engine.pool.inFlight,
    byStatus,
    byRule,
    byListenerRule,
    byTargetGroup,
    byTask,
    inFlightByTarget,
    elb5xx: engine.stats.elb5xx,
    target5xx: engine.stats.target5xx,
  };
}
