import { useId } from 'react';
import { useSim } from '../store';
import { InstanceCard } from './InstanceCard';

/**
 * EC2 capacity, cluster by cluster. Absent for Fargate-only worlds; kept (with a note) when an EC2 service has lost
 * every instance, since "nowhere to run" is exactly what the learner needs to see then.
 */
export function InstancesPanel() {
  const headingId = useId();
  const clusters = useSim((state) => state.snapshot.clusters);
  const services = useSim((state) => state.snapshot.services);
  const shown = clusters.filter(
    (cluster) => cluster.instances.length > 0 || services.some((service) => service.clusterId === cluster.id && service.launchType === 'EC2'),
  );
  if (shown.length === 0) return null;
  return (
    <section className="panel panel-instances" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>Container instances</h2>
        <p className="muted">The CPU, memory and host ports each EC2 task reserves on its instance</p>
      </div>
      {shown.map((cluster) => (
        <div key={cluster.id} className="instance-cluster" data-cluster-id={cluster.id}>
          <h3>Cluster {cluster.name}</h3>
          {cluster.instances.length === 0 ? (
            <p className="empty">No container instances are registered: EC2 tasks have nowhere to run.</p>
          ) : (
            <ul className="instance-cards">
              {cluster.instances.map((instance) => (
                <li key={instance.id}>
                  <InstanceCard instance={instance} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
