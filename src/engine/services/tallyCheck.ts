/**
 * The scheduler's tally (serviceTally.ts) checked against a count from scratch, for tests: the counts are only worth
 * keeping if they are exactly what walking the tasks would give. SimulationOptions.checkTallies runs it after every
 * settle.
 */
import type { DeploymentRec, ServiceRec } from '../core/model';
import { classify, count, markedTasks, newTally } from './serviceTally';

/** The problems found (the first task counted wrongly, or each count that differs); none when they agree. */
export function tallyProblems(service: ServiceRec): string[] {
  const fresh = newTally();
  const deployments = new Map<DeploymentRec, { active: number; runningDesired: number; usable: number }>();
  for (const task of service.tasks) {
    const d = deployments.get(task.deployment) ?? { active: 0, runningDesired: 0, usable: 0 };
    deployments.set(task.deployment, d);
    const mask = classify(task);
    count(fresh, d, task, mask, 1);
    if (mask !== task.tallied) return [`${task.id} is counted as ${task.tallied}, is ${mask}`];
  }
  const problems: string[] = [];
  const t = service.tally;
  for (const key of ['active', 'healthy', 'healthyUnmarked', 'inMotion', 'stoppingMarked', 'runningDesired', 'markedRunning', 'stopped'] as const) {
    if (t[key] !== fresh[key]) problems.push(`${service.name} ${key} ${t[key]} != ${fresh[key]}`);
  }
  for (const [az, n] of fresh.activeByAz) if ((t.activeByAz.get(az) ?? 0) !== n) problems.push(`${service.name} active in ${az}`);
  for (const d of service.deployments) {
    const f = deployments.get(d) ?? { active: 0, runningDesired: 0, usable: 0 };
    if (f.active !== d.active || f.runningDesired !== d.runningDesired || f.usable !== d.usable) problems.push(`${service.name} ${d.id} counts`);
  }
  const marked = service.tasks.filter((task) => task.mark !== null && task.desiredStatus === 'RUNNING').sort((a, b) => a.markedAt - b.markedAt);
  const queued = markedTasks(t);
  if (queued.length !== marked.length || queued.some((task, i) => task !== marked[i])) problems.push(`${service.name} marked order`);
  return problems;
}
