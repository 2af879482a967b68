import type { DeploymentSnapshot } from '../../../engine/snapshot';
import { StateBadge } from '../../StateBadge';

const COLUMNS = ['id', 'status', 'rolloutState', 'taskDefinition', 'running / pending / failed'] as const;

/**
 * A service's deployments with describe-services' field names. Explicit table roles: in the narrow side column
 * each row becomes a small grid (CSS), and browsers drop table semantics from restyled tables otherwise.
 */
export function DeploymentsTable({ deployments }: { readonly deployments: readonly DeploymentSnapshot[] }) {
  if (deployments.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="deployments-compact" role="table">
        <caption>Deployments</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" role="columnheader">
                {column}
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
              <td role="cell" data-label="status">
                {deployment.status}
              </td>
              <td role="cell" data-label="rolloutState">
                <StateBadge state={deployment.rolloutState} />
              </td>
              <td role="cell" data-label="taskDefinition" className="mono">
                {deployment.taskDefinition}
              </td>
              <td role="cell" data-label="running / pending / failed">
                {deployment.runningCount} / {deployment.pendingCount} / {deployment.failedTasks}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
