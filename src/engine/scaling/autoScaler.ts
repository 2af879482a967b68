/**
 * Service Auto Scaling, once a minute (MC26, MC27, MC40): each scaled service's datapoints, its alarms, what its
 * policies ask, and, when they agree, one scaling activity: out if any policy asks for more (the largest ask wins),
 * in only if every policy with scale-in enabled asks for less (the largest of their asks wins), clamped to
 * [MinCapacity, MaxCapacity] (fact 65), within the cooldowns (fact 63), with no scale-in while a deployment is in
 * progress (fact 47). The desired count changes through UpdateService, as Application Auto Scaling changes it.
 */
import type { CommandContext } from '../commands/definition';
import { prepareCommand } from '../commands/run';
import { Kind, type EngineState } from '../core/engineState';
import type { ServiceRec } from '../core/model';
import { scalableResourceId } from '../names';
import type { ScalableTargetSpec, ScalingMetricName, ScalingPolicySpec, StepScalingPolicySpec } from '../scalingSpec';
import { alarmsOfPolicy, alarmSeriesKey, evaluateAlarm } from './alarms';
import { seriesKey, takeDatapoints } from './loadMetrics';
import { scalesIn, stepAsk, targetTrackingIn, targetTrackingOut, type Ask } from './policyAsks';
import { CHART_ACTIVITIES, CHART_MINUTES, MAX_HISTORY, newServiceScaling, type ServiceScalingRec } from './scalingState';

export const SCALING_MINUTE_MS = 60_000;

/** The scalable targets of the world now. */
export function scalableTargets(engine: EngineState): readonly ScalableTargetSpec[] {
  return engine.world.scaling ?? [];
}

/**
 * Start the minutes when the world first has a scalable target: the next whole minute, then every minute. A service
 * newly scaled counts its load from now (its first datapoint covers the rest of this minute).
 */
export function ensureScaling(engine: EngineState): void {
  if (scalableTargets(engine).length === 0) return;
  engine.scaling ??= { ticking: false, services: new Map() };
  for (const target of scalableTargets(engine)) {
    const service = engine.servicesById.get(target.serviceId);
    if (service !== undefined) recOf(engine, service);
  }
  if (engine.scaling.ticking) return;
  engine.scaling.ticking = true;
  engine.at((Math.floor(engine.now / SCALING_MINUTE_MS) + 1) * SCALING_MINUTE_MS, Kind.ScalingMinute, 0);
}

function recOf(engine: EngineState, service: ServiceRec): ServiceScalingRec {
  const state = engine.scaling!;
  let rec = state.services.get(service);
  if (rec === undefined) {
    rec = newServiceScaling(service);
    // The first minute counts from now: what the tasks did before is not this minute's load.
    for (const task of service.tasks) {
      task.servedAtMinute = task.requestsServed;
      task.peakInFlight = task.inFlight;
    }
    state.services.set(service, rec);
  }
  return rec;
}

/** The scaling state of a scaled service, made at its first minute (null while it has none). */
export function serviceScaling(engine: EngineState, service: ServiceRec): ServiceScalingRec | null {
  return engine.scaling?.services.get(service) ?? null;
}

function pushValue(rec: ServiceScalingRec, key: string, value: number | null): void {
  let series = rec.series.get(key);
  if (series === undefined) rec.series.set(key, (series = []));
  series.push(value);
  if (series.length > MAX_HISTORY) series.shift();
}

function latest(rec: ServiceScalingRec, key: string): number | null {
  const series = rec.series.get(key);
  return series === undefined || series.length === 0 ? null : (series[series.length - 1] ?? null);
}

/** A deployment is in progress while the service has more than one, or its only one has not completed (fact 47). */
function deploymentInProgress(service: ServiceRec): boolean {
  const primary = service.deployments[0];
  return service.deployments.length > 1 || (primary !== undefined && primary.rolloutState === 'IN_PROGRESS');
}

export function onScalingMinute(ctx: CommandContext): void {
  const { engine } = ctx;
  const targets = scalableTargets(engine);
  for (const target of targets) {
    const service = engine.servicesById.get(target.serviceId);
    if (service === undefined || service.deleted) continue;
    scaleService(ctx, service, target);
  }
  engine.at(engine.now + SCALING_MINUTE_MS, Kind.ScalingMinute, 0);
}

function scaleService(ctx: CommandContext, service: ServiceRec, target: ScalableTargetSpec): void {
  const { engine } = ctx;
  const rec = recOf(engine, service);
  const { points, running } = takeDatapoints(rec);
  // Every series this service keeps gets this minute's value, or a gap.
  const seen = new Set<string>();
  for (const point of points) {
    const key = seriesKey(point.metric, point.targetGroupId);
    seen.add(key);
    pushValue(rec, key, point.value);
    engine.emit({ t: engine.now, type: 'scaling.datapoint', service: service.spec.id, metric: point.metric, targetGroup: point.targetGroupId, value: point.value, over: point.over });
  }
  for (const key of ['CPUUtilization', 'MemoryUtilization', ...service.targetGroups.map((tg) => seriesKey('RequestCountPerTarget', tg.spec.id))]) {
    if (!seen.has(key)) pushValue(rec, key, null);
  }
  rec.peakRunning = Math.max(rec.peakRunning, running);
  updateAlarms(engine, rec, target);
  decide(ctx, rec, target, running);
  rec.peakDesired = Math.max(rec.peakDesired, service.desiredCount);
  keepMinute(engine, rec, running);
}

/** The minute as the chart draws it: its datapoints, the counts after any activity, the alarms in ALARM. */
function keepMinute(engine: EngineState, rec: ServiceScalingRec, running: number): void {
  const service = rec.service;
  rec.minutes.push({
    t: engine.now,
    cpu: latest(rec, 'CPUUtilization'),
    memory: latest(rec, 'MemoryUtilization'),
    requestCountPerTarget: Object.fromEntries(service.targetGroups.map((tg) => [tg.spec.id, latest(rec, seriesKey('RequestCountPerTarget', tg.spec.id))])),
    desired: service.desiredCount,
    running,
    inAlarm: [...rec.alarms.values()].filter((a) => a.state === 'ALARM').map((a) => a.name),
  });
  if (rec.minutes.length > CHART_MINUTES) rec.minutes.shift();
}

function updateAlarms(engine: EngineState, rec: ServiceScalingRec, target: ScalableTargetSpec): void {
  const service = rec.service;
  const wanted = new Set<string>();
  for (const policy of target.policies) {
    for (const shape of alarmsOfPolicy(policy, service.cluster.spec.name, service.name)) {
      wanted.add(shape.name);
      const state = evaluateAlarm(shape, rec.series.get(alarmSeriesKey(shape)));
      const existing = rec.alarms.get(shape.name);
      const from = existing?.state ?? 'INSUFFICIENT_DATA';
      rec.alarms.set(shape.name, { ...shape, state });
      if (state !== from) {
        engine.emit({
          t: engine.now, type: 'scaling.alarm', service: service.spec.id, policy: policy.name, alarm: shape.name, role: shape.role,
          from, to: state, metric: shape.metric, value: latest(rec, alarmSeriesKey(shape)), threshold: shape.threshold,
          comparison: shape.comparison, periods: shape.periods,
        });
      }
    }
  }
  for (const name of [...rec.alarms.keys()]) if (!wanted.has(name)) rec.alarms.delete(name);
}

/** Each policy's ask, if its alarm is in ALARM. */
function asksOf(engine: EngineState, rec: ServiceScalingRec, policy: ScalingPolicySpec, running: number): Ask[] {
  const service = rec.service;
  const inOutCooldown = engine.now < rec.scaleOutUntil;
  const outCapacity = inOutCooldown ? rec.scaleOutBase : running;
  const asks: Ask[] = [];
  for (const shape of alarmsOfPolicy(policy, service.cluster.spec.name, service.name)) {
    const alarm = rec.alarms.get(shape.name);
    const value = latest(rec, alarmSeriesKey(shape));
    if (alarm?.state !== 'ALARM' || value === null) continue;
    if (policy.type === 'TargetTrackingScaling') {
      if (shape.role === 'high') asks.push({ policy, alarm: shape.name, direction: 'out', count: targetTrackingOut(outCapacity, value, policy.targetValue), value, target: policy.targetValue });
      else asks.push({ policy, alarm: shape.name, direction: 'in', count: targetTrackingIn(running, value, policy.targetValue), value, target: policy.targetValue });
      continue;
    }
    // A step policy's direction is its step's sign: up from the cooldown's capacity, down from the running count.
    const aggregated = aggregatedValue(rec, policy, shape.metric, value);
    const up = stepAsk(policy, aggregated, shape.threshold, outCapacity);
    const down = stepAsk(policy, aggregated, shape.threshold, running);
    if (up !== null && up > outCapacity) asks.push({ policy, alarm: shape.name, direction: 'out', count: up, value: aggregated, target: shape.threshold });
    else if (down !== null && down < running) asks.push({ policy, alarm: shape.name, direction: 'in', count: down, value: aggregated, target: shape.threshold });
  }
  return asks;
}

/**
 * The value a step policy picks its step from (MC44): its MetricAggregationType across the service's RUNNING tasks in
 * the minute. Average is the datapoint; RequestCountPerTarget is one figure per target group (the ALB reports its Sum
 * per target), so every aggregation reads the datapoint.
 */
function aggregatedValue(rec: ServiceScalingRec, policy: StepScalingPolicySpec, metric: ScalingMetricName, datapoint: number): number {
  if (policy.metricAggregationType === 'Average') return datapoint;
  const range = rec.extremes.get(metric);
  if (range === undefined) return datapoint;
  return policy.metricAggregationType === 'Maximum' ? range.max : range.min;
}

function largest(asks: readonly Ask[]): Ask {
  return asks.reduce((best, ask) => (ask.count > best.count ? ask : best));
}

function decide(ctx: CommandContext, rec: ServiceScalingRec, target: ScalableTargetSpec, running: number): void {
  const { engine } = ctx;
  const service = rec.service;
  const desired = service.desiredCount;
  const clamp = (n: number): number => Math.min(target.maxCapacity, Math.max(target.minCapacity, n));
  const all = target.policies.flatMap((policy) => asksOf(engine, rec, policy, running));
  const outs = all.filter((ask) => ask.direction === 'out');
  if (outs.length > 0) {
    const winner = largest(outs);
    const to = clamp(winner.count);
    if (to > desired) {
      const base = engine.now < rec.scaleOutUntil ? rec.scaleOutBase : running;
      const cooldown = cooldownSeconds(winner.policy, 'out');
      rec.scaleOutBase = base;
      rec.scaleOutUntil = engine.now + cooldown * 1000;
      // A scale-out during a scale-in cooldown ends that cooldown (fact 63).
      rec.scaleInUntil = Math.min(rec.scaleInUntil, engine.now);
      activity(ctx, rec, winner, 'out', to, rec.scaleOutUntil);
    }
    return;
  }
  const voters = target.policies.filter(scalesIn);
  const ins = all.filter((ask) => ask.direction === 'in');
  const agreed = voters.length > 0 && voters.every((policy) => ins.some((ask) => ask.policy === policy));
  if (!agreed || engine.now < rec.scaleInUntil || deploymentInProgress(service)) return;
  const winner = largest(ins.filter((ask) => voters.includes(ask.policy)));
  const to = clamp(winner.count);
  if (to >= desired) return;
  rec.scaleInUntil = engine.now + cooldownSeconds(winner.policy, 'in') * 1000;
  activity(ctx, rec, winner, 'in', to, rec.scaleInUntil);
}

function cooldownSeconds(policy: ScalingPolicySpec, direction: 'out' | 'in'): number {
  if (policy.type === 'StepScaling') return policy.cooldownSeconds;
  return direction === 'out' ? policy.scaleOutCooldownSeconds : policy.scaleInCooldownSeconds;
}

/** "monitor alarm <alarm> in state ALARM triggered policy <policy>": the cause Application Auto Scaling records. */
export function activityCause(alarm: string, policy: string): string {
  return `monitor alarm ${alarm} in state ALARM triggered policy ${policy}`;
}

function activity(ctx: CommandContext, rec: ServiceScalingRec, ask: Ask, direction: 'out' | 'in', to: number, cooldownEndsAt: number): void {
  const { engine } = ctx;
  const service = rec.service;
  const from = service.desiredCount;
  engine.emit({
    t: engine.now, type: 'scaling.activity', service: service.spec.id, policy: ask.policy.name, alarm: ask.alarm, direction, from, to,
    cause: activityCause(ask.alarm, ask.policy.name), description: `Setting desired count to ${to}.`,
    metric: rec.alarms.get(ask.alarm)?.metric ?? 'CPUUtilization', value: ask.value, target: ask.target, cooldownEndsAt,
  });
  rec.activities.push({ t: engine.now, direction, from, to, policy: ask.policy.name, cooldownEndsAt });
  if (rec.activities.length > CHART_ACTIVITIES) rec.activities.shift();
  // Application Auto Scaling calls UpdateService; the command log keeps only what the learner did.
  const effect = prepareCommand(ctx, { do: 'updateService', service: service.spec.id, desiredCount: to });
  if (typeof effect === 'function') effect();
}

/** The resource ID of a scaled service, for the narration and the inspector. */
export function resourceIdOf(service: ServiceRec): string {
  return scalableResourceId(service.cluster.spec.name, service.name);
}
