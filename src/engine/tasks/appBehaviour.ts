/**
 * How the app in a task answers (MC20): `responses` maps ALB path patterns to statuses, first match in the order
 * written; unmatched paths answer 200. Health checks go through the same mapping, which is how a wrong
 * health-check path is taught.
 */
import { compileWildcard } from '../alb/wildcard';
import type { TaskDefRec } from '../core/model';
import type { ContainerSpec, TaskDefinitionSpec } from '../spec';

export function appStatusForPath(taskDef: TaskDefRec, path: string): number {
  for (const { matcher, status } of taskDef.responseMatchers) if (matcher.matches(path)) return status;
  return 200;
}

/** The container that serves the load balancer: the named one, else the first essential one. */
export function servingContainer(spec: TaskDefinitionSpec, name?: string): ContainerSpec | undefined {
  return spec.containers.find((c) => c.name === name) ?? spec.containers.find((c) => c.essential) ?? spec.containers[0];
}

export function compileTaskDef(spec: TaskDefinitionSpec): TaskDefRec {
  const essentialChecked = spec.containers.find((c) => c.essential && c.healthCheck !== null);
  return {
    spec,
    key: `${spec.family}:${spec.revision}`,
    app: spec.app,
    responseMatchers: spec.app.responses.map((r) => ({ matcher: compileWildcard(r.pattern), status: r.status })),
    checkedContainer: essentialChecked ?? spec.containers.find((c) => c.healthCheck !== null) ?? null,
    image: servingContainer(spec)?.image ?? '',
  };
}
