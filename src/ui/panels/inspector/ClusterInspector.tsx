import { clusterArn, DEFAULT_INSTANCE_TYPE } from '../../../engine';
import { ClusterEditors } from '../../editors/ecs/ClusterEditors';
import { inspectorWords } from '../../../lens/inspectorWords';
import { useSim } from '../../../store';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { AddInstancesForm } from './AddInstancesForm';
import { InstanceTable } from './InstanceTable';
import { nodeLabel } from './labels';

export function ClusterInspector({ id }: { readonly id: string }) {
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const services = useSim((state) => state.snapshot.services);
  const instances = useSim((state) => state.snapshot.clusters.find((candidate) => candidate.id === id)?.instances);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'cluster', id }, spec, ctx);
  const cluster = spec.clusters.find((candidate) => candidate.id === id);
  if (!cluster) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">No such cluster in this scenario.</p>
      </article>
    );
  }
  const here = services.filter((service) => service.clusterId === id);
  // A Fargate-only cluster has no use for instances; one that had any, or runs EC2 services, may want more.
  const ec2 = cluster.instances.length > 0 || (instances?.length ?? 0) > 0 || here.some((service) => service.launchType === 'EC2');
  const firstType = instances?.[0]?.instanceType ?? cluster.instances[0]?.instanceType ?? DEFAULT_INSTANCE_TYPE;
  return (
    <article className="inspect" aria-label={heading} data-cluster-id={id}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      <h4>{inspectorWords(lens).servicesHeading}</h4>
      <ul className="node-list">
        {here.map((service) => (
          <li key={service.id}>
            <SelectButton kind="service" id={service.id}>
              {nodeLabel(lens, { kind: 'service', id: service.id }, spec, ctx)}
            </SelectButton>{' '}
            <span className="muted">
              {service.runningCount} running of {service.desiredCount} desired
            </span>
          </li>
        ))}
      </ul>
      <InstanceTable instances={instances ?? []} lens={lens} />
      {ec2 ? <AddInstancesForm key={id} clusterId={id} defaultType={firstType} /> : null}
      <ClusterEditors clusterId={id} />
      <p>
        <SelectButton kind="conductor" id="conductor">
          {nodeLabel(lens, { kind: 'conductor', id: 'conductor' }, spec, ctx)}
        </SelectButton>
      </p>
      <h4>Configuration</h4>
      <PropertyList
        title="AWS::ECS::Cluster"
        rows={[
          ['ClusterName', cluster.name],
          ['ClusterArn', <span className="mono">{clusterArn(cluster.name)}</span>],
          ['Capacity', cluster.instances.length === 0 ? 'FARGATE' : `EC2, ${cluster.instances.length} container instances at start`],
        ]}
      />
    </article>
  );
}
