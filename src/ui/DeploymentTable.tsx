import type { DeploymentSnapshot } from '../engine';
import { StateBadge } from './StateBadge';

/** Column headings as the console words them, or as describe-services names the fields. */
const HEADINGS = {
  console: ['ID', 'Status', 'Rollout', 'Task definition', 'Running / pending / failed'],
  api: ['id', 'status', 'rolloutState', 'taskDefinition', 'running / pending / failed'],
} as const;

export interface DeploymentTableProps {
  readonly deployments: readonly DeploymentSnapshot[];
  readonly headings?: keyof typeof HEADINGS;
  readonly className?: string;
}

/**
 * A service's deployments. Explicit table roles: where a narrow column turns each row into a small grid (CSS),
 * browsers would otherwise drop the table semantics.
 */
export function DeploymentTable({ deployments, headings = 'console', className = 'deployments stack-narrow' }: DeploymentTableProps) {
  if (deployments.length === 0) return null;
  const [id, status, rollout, taskDefinition, counts] = HEADINGS[headings];
  return (
    <div className="table-scroll">
      <table className={className} role="table">
        <caption>Deployments</caption>
        <thead role="rowgroup">
          <tr role="row">
            {[id, status, rollout, taskDefinition, counts].map((heading) => (
              <th key={heading} scope="col" role="columnheader">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {deployments.map((deployment) => (
            <tr role="row" key={deployment.id} data-deployment-id={deployment.id}>
              <th scope="row" role="rowheader" className="mono">
                {deployment.id}
              </th>
              <td role="cell" data-label={status}>
                {deployment.status}
              </td>
              <td role="cell" data-label={rollout}>
                <StateBadge state={deployment.rolloutState} />
              </td>
              <td role="cell" data-label={taskDefinition} className="mono">
                {deployment.taskDefinition}
              </td>
              <td role="cell" data-label={counts}>
                {deployment.runningCount} / {deployment.pendingCount} / {deployment.failedTasks}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
