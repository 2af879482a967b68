/**
 * How the app in a task answers (MC20): `responses` maps ALB path patterns to statuses, first match in the order
 * written; unmatched paths answer 200. Health checks go through the same mapping, which is how a wrong
 * health-check path is taught.
 */
import { compileWildcard } from '../alb/wildcard';
import type { TaskDefRec, TaskRec } from '../core/model';
import type { ContainerSpec, TaskDefinitionSpec } from '../spec';

/**
 * Whether the app in a task accepts connections now (MC18, MC20, MC33), and why not: its essential container exited,
 * the task is not RUNNING, it refuses connections (refuseConnections), or the app is still starting (`startupSeconds` after RUNNING; a warm task's never is). Requests, load balancer
 * health checks and container health checks all ask this one question.
 */
export type AppState = 'up' | 'crashed' | 'not-running' | 'starting' | 'refusing';

export function appState(task: TaskRec, now: number): AppState {
  if (now >= task.answersFrom) return 'up';
  if (task.crashed) return 'crashed';
  if (task.lastStatus !== 'RUNNING' || task.runningAt === null) return 'not-running';
  if (task.faults.refusesConnections) return 'refusing';
  return 'starting';
}

/**
 * When a task's app starts answering, for `answersFrom`: from RUNNING plus its startup, never once it crashed. A warm
 * task's app started before the clock did.
 */
export function answersFrom(task: TaskRec): number {
  if (task.crashed || task.faults.refusesConnections || task.lastStatus !== 'RUNNING' || task.runningAt === null) return Infinity;
  return task.warm ? task.runningAt : task.runningAt + task.taskDef.app.startupSeconds * 1000;
}

export function appStatusForPath(taskDef: TaskDefRec, path: string): number {
  for (const { matcher, status } of taskDef.responseMatchers) if (matcher.matches(path)) return status;
  return 200;
}

/** The container that serves the load balancer: the named one, else the first essential one. */
export function servingContainer(spec: TaskDefinitionSpec, name?: string): ContainerSpec | undefined {
  return spec.containers.find((c) => c.name === name) ?? spec.containers.find((c) => c.essential) ?? spec.containers[0];
}

export function compileTaskDef(spec: TaskDefinitionSpec): TaskDefRec {
  const essentialChecked = spec.containers.filter((c) => c.essential && c.healthCheck !== null);
  const anyChecked = spec.containers.find((c) => c.healthCheck !== null);
  const checkedContainers = essentialChecked.length > 0 ? essentialChecked : anyChecked ? [anyChecked] : [];
  return {
    spec,
    key: `${spec.family}:${spec.revision}`,
    app: spec.app,
    responseMatchers: spec.app.responses.map((r) => ({ matcher: compileWildcard(r.pattern), status: r.status })),
    checkedContainer: checkedContainers[0] ?? null,
    checkedContainers,
    image: servingContainer(spec)?.image ?? '',
  };
}
