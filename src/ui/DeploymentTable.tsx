import type { DeploymentSnapshot } from '../engine/snapshot';
import { StateBadge } from './StateBadge';

export interface DeploymentTableProps {
  readonly deployments: readonly DeploymentSnapshot[];
}

export function DeploymentTable({ deployments }: DeploymentTableProps) {
  if (deployments.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="deployments stack-narrow" role="table">
        <caption>Deployments</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">ID</th>
            <th scope="col" role="columnheader">Status</th>
            <th scope="col" role="columnheader">Rollout</th>
            <th scope="col" role="columnheader">Task definition</th>
            <th scope="col" role="columnheader">Running / pending / failed</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {deployments.map((deployment) => (
            <tr role="row" key={deployment.id} data-deployment-id={deployment.id}>
              <th scope="row" role="rowheader" className="mono">
                {deployment.id}
              </th>
              <td role="cell" data-label="Status">
                {deployment.status}
              </td>
              <td role="cell" data-label="Rollout">
                <StateBadge state={deployment.rolloutState} />
              </td>
              <td role="cell" data-label="Task definition">
                <span className="mono">{deployment.taskDefinition}</span>
              </td>
              <td role="cell" data-label="Running / pending / failed">
                {deployment.runningCount} / {deployment.pendingCount} / {deployment.failedTasks}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
