/**
 * Load on a task and the service's one-minute datapoints (MC26). A task's CPUUtilization is its baseline plus the
 * requests it served in the minute times their CPU cost, over the minute's CPU time of its vCPUs; its
 * MemoryUtilization is its baseline plus its peak in-flight requests times the memory each holds, over its memory.
 * The service's datapoint averages its tasks RUNNING at the minute's end, as ECS reports them; RequestCountPerTarget
 * is a target group's requests in the minute over its healthy targets, as the ALB reports it (fact 67).
 */
import type { TaskRec } from '../core/model';
import type { ScalingMetricName } from '../scalingSpec';
import type { ServiceScalingRec } from './scalingState';

const MINUTE_MS = 60_000;
/** A task definition that sets neither counts as 1 vCPU and 2 GiB (MC41). */
const DEFAULT_CPU_UNITS = 1024;
const DEFAULT_MEMORY_MIB = 2048;

/** One metric's datapoint for the minute just ended. */
export interface Datapoint {
  readonly metric: ScalingMetricName;
  readonly targetGroupId: string | null;
  readonly value: number;
  /** Tasks (CPU, memory) or healthy targets (requests per target) averaged over. */
  readonly over: number;
}

/** Where a metric's values are kept: one series per metric, per target group for requests per target. */
export function seriesKey(metric: ScalingMetricName, targetGroupId: string | null): string {
  return metric === 'RequestCountPerTarget' ? `${metric}:${targetGroupId ?? ''}` : metric;
}

/** Datapoints are kept to the hundredth, so the log shows exactly what the alarms compared. */
const round2 = (value: number): number => Math.round(value * 100) / 100;

export function taskCpuUnits(task: TaskRec): number {
  const spec = task.taskDef.spec;
  const units = spec.cpu ?? spec.containers.reduce((sum, c) => sum + (c.cpu ?? 0), 0);
  return units > 0 ? units : DEFAULT_CPU_UNITS;
}

export function taskMemoryMiB(task: TaskRec): number {
  const spec = task.taskDef.spec;
  const mib = spec.memory ?? spec.containers.reduce((sum, c) => sum + (c.memory ?? c.memoryReservation ?? 0), 0);
  return mib > 0 ? mib : DEFAULT_MEMORY_MIB;
}

export function taskCpuPercent(task: TaskRec, served: number): number {
  const app = task.taskDef.app;
  const vcpus = taskCpuUnits(task) / 1024;
  return Math.min(100, app.baselineCpuPercent + ((served * app.cpuMsPerRequest) / (MINUTE_MS * vcpus)) * 100);
}

export function taskMemoryPercent(task: TaskRec, peakInFlight: number): number {
  const app = task.taskDef.app;
  return Math.min(100, app.baselineMemoryPercent + ((peakInFlight * app.memoryMbPerRequest) / taskMemoryMiB(task)) * 100);
}

function widen(range: { min: number; max: number }, value: number): void {
  if (value < range.min) range.min = value;
  if (value > range.max) range.max = value;
}

/**
 * The minute's datapoints of one service, and the start of the next minute: every task's count and peak start
 * again (a task's peak starts from what it has in flight now). A minute with no RUNNING task gives no CPU or memory
 * datapoint; a target group with no healthy target gives no requests-per-target datapoint.
 */
export function takeDatapoints(rec: ServiceScalingRec): { readonly points: Datapoint[]; readonly running: number } {
  const service = rec.service;
  let running = 0;
  let cpu = 0;
  let memory = 0;
  const cpuRange = { min: Infinity, max: -Infinity };
  const memoryRange = { min: Infinity, max: -Infinity };
  for (const task of service.tasks) {
    if (task.lastStatus === 'RUNNING') {
      running++;
      const taskCpu = taskCpuPercent(task, task.requestsServed - task.servedAtMinute);
      const taskMemory = taskMemoryPercent(task, task.peakInFlight);
      cpu += taskCpu;
      memory += taskMemory;
      widen(cpuRange, taskCpu);
      widen(memoryRange, taskMemory);
    }
    task.servedAtMinute = task.requestsServed;
    task.peakInFlight = task.inFlight;
  }
  const points: Datapoint[] = [];
  rec.extremes.clear();
  if (running > 0) {
    rec.extremes.set('CPUUtilization', { min: round2(cpuRange.min), max: round2(cpuRange.max) });
    rec.extremes.set('MemoryUtilization', { min: round2(memoryRange.min), max: round2(memoryRange.max) });
    points.push({ metric: 'CPUUtilization', targetGroupId: null, value: round2(cpu / running), over: running });
    points.push({ metric: 'MemoryUtilization', targetGroupId: null, value: round2(memory / running), over: running });
  }
  for (const tg of service.targetGroups) {
    const before = rec.groupRequestsAt.get(tg.spec.id) ?? tg.requests;
    rec.groupRequestsAt.set(tg.spec.id, tg.requests);
    if (tg.healthyCount > 0) {
      points.push({ metric: 'RequestCountPerTarget', targetGroupId: tg.spec.id, value: round2((tg.requests - before) / tg.healthyCount), over: tg.healthyCount });
    }
  }
  return { points, running };
}
