import { useId } from 'react';
import { TABLES_LENS } from '../lens/vocabulary';
import { findService, useSim } from '../store';
import { DeploymentTable } from './DeploymentTable';
import { StateBadge } from './StateBadge';
import { TaskTable } from './TaskTable';
import { serviceView } from './views/serviceView';

export function ServiceCard({ serviceId }: { readonly serviceId: string }) {
  const service = useSim((state) => findService(state.snapshot, serviceId));
  const headingId = useId();
  if (!service) return null;
  const view = serviceView(service, TABLES_LENS, 'console');
  return (
    <article className="card service-card" aria-labelledby={headingId} data-service-id={view.id}>
      <div className="card-head">
        <h3 id={headingId}>{view.name}</h3>
        <StateBadge state={view.state} label={view.state} />
      </div>
      <dl className="figures">
        {view.counts.map((count) => (
          <div key={count.name}>
            <dt>{count.name}</dt>
            <dd>{count.value}</dd>
          </div>
        ))}
        <div>
          <dt>Task definition</dt>
          <dd className="mono">{view.taskDefinition}</dd>
        </div>
      </dl>
      {view.unplaced ? (
        <p className="placement-note" role="status" aria-label={`${view.name}: ${view.unplaced.title.toLowerCase()}`}>
          <span className="placement-note-title">{view.unplaced.title}</span>
          <span className="mono">{view.unplaced.event}</span>
        </p>
      ) : null}
      <DeploymentTable deployments={service.deployments} />
      <TaskTable serviceId={view.id} />
    </article>
  );
}
