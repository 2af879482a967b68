import { useId } from 'react';
import { findService, useSim } from '../store';
import { DeploymentTable } from './DeploymentTable';
import { StateBadge } from './StateBadge';
import { TaskTable } from './TaskTable';

export function ServiceCard({ serviceId }: { readonly serviceId: string }) {
  const service = useSim((state) => findService(state.snapshot, serviceId));
  const headingId = useId();
  if (!service) return null;
  return (
    <article className="card service-card" aria-labelledby={headingId} data-service-id={service.id}>
      <div className="card-head">
        <h3 id={headingId}>{service.name}</h3>
        <StateBadge state={service.steady ? 'steady' : 'changing'} label={service.steady ? 'steady' : 'changing'} />
      </div>
      <dl className="figures">
        <div>
          <dt>Desired</dt>
          <dd>{service.desiredCount}</dd>
        </div>
        <div>
          <dt>Running</dt>
          <dd>{service.runningCount}</dd>
        </div>
        <div>
          <dt>Pending</dt>
          <dd>{service.pendingCount}</dd>
        </div>
        <div>
          <dt>Task definition</dt>
          <dd className="mono">{service.taskDefinition}</dd>
        </div>
      </dl>
      {service.placementFailure ? (
        <p className="placement-note" role="status" aria-label={`${service.name}: tasks waiting for placement`}>
          <span className="placement-note-title">Tasks waiting for placement</span>
          <span className="mono">{service.placementFailure}</span>
        </p>
      ) : null}
      <DeploymentTable deployments={service.deployments} />
      <TaskTable serviceId={service.id} />
    </article>
  );
}
