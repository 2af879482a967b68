/**
 * The limits a command or the traffic must keep (src/engine/limits.ts), checked wherever commands come from outside:
 * a scenario script, a saved session, a share link. The command schemas check types and AWS's ranges; these are the
 * numbers that, unbounded, would let one command stall a run (a rate of 1e9, 100,000 tasks).
 */
import type { Command } from '../../engine/commands';
import { LIMITS, limitText, trafficRateMessage } from '../../engine/limits';
import type { TrafficMixEntry } from '../../engine/spec';

export interface LimitProblem {
  /** Inside the command or the traffic object: "rate", "count", "mix". */
  readonly path: string;
  readonly message: string;
}

function tooMany(path: string, count: number, what: string, limit: (typeof LIMITS)[keyof typeof LIMITS]): LimitProblem[] {
  return count > limit.value ? [{ path, message: `${count} ${what} is too many: ${limitText(limit)}.` }] : [];
}

/** A traffic setting (the template's `traffic`, or setTraffic): a rate within the limit, a mix that can draw. */
export function trafficProblems(traffic: { readonly rate?: number; readonly mix?: readonly TrafficMixEntry[] }): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const limit = LIMITS.trafficRate;
  if (traffic.rate !== undefined && traffic.rate > limit.value) {
    problems.push({ path: 'rate', message: trafficRateMessage(traffic.rate) });
  }
  const mix = traffic.mix;
  if (mix !== undefined && mix.length > 0 && mix.every((entry) => (entry.weight ?? 1) <= 0)) {
    problems.push({ path: 'mix', message: 'every mix entry has weight 0, so no request would ever be drawn: give at least one entry a weight above 0 (or set the rate to 0 for no traffic).' });
  }
  return problems;
}

/** What in one command passes a limit; empty when nothing does. */
export function commandLimitProblems(command: Command): LimitProblem[] {
  switch (command.do) {
    case 'setTraffic':
      return trafficProblems(command);
    case 'setDesiredCount':
      return tooMany('count', command.count, 'tasks', LIMITS.tasksPerService);
    case 'updateService':
      return command.desiredCount === undefined ? [] : tooMany('desiredCount', command.desiredCount, 'tasks', LIMITS.tasksPerService);
    case 'createService':
      return tooMany('service.desiredCount', command.service.desiredCount, 'tasks', LIMITS.tasksPerService);
    case 'addInstances':
      return tooMany('count', command.count ?? 1, 'instances', LIMITS.containerInstancesPerCluster);
    case 'createCluster':
      return tooMany('cluster.instances', command.cluster.instances.length, 'instances', LIMITS.containerInstancesPerCluster);
    default:
      return [];
  }
}

/** A script entry's or a session command's time, in milliseconds: within the simulated-time limit. */
export function timeProblem(atMs: number): string | null {
  const limit = LIMITS.simulatedSeconds;
  return atMs > limit.value * 1000 ? `${atMs / 1000} seconds is too late: ${limitText(limit)}.` : null;
}

/** A script or a session's command list: at most so many entries (each is replayed on opening). */
export function scriptLengthProblem(length: number): string | null {
  const limit = LIMITS.scriptEntries;
  return length > limit.value ? `${length} entries is too many: ${limitText(limit)}.` : null;
}
