import type { InstanceSnapshot } from '../../../engine';
import { term, type Lens } from '../../../lens/vocabulary';
import { formatCount } from '../../format';
import { InstanceStatus, percentUsed, portsText, usedOf, type Resource } from '../Capacity';
import { SelectButton } from '../SelectButton';

export interface InstanceTableProps {
  readonly instances: readonly InstanceSnapshot[];
  readonly lens: Lens;
}

function Meter({ name, unit, resource }: { readonly name: string; readonly unit: string; readonly resource: Resource }) {
  return (
    <span className="usage-inline">
      <span>
        {name} {formatCount(usedOf(resource))}/{formatCount(resource.registered)} {unit} used, {formatCount(resource.remaining)} free
      </span>
      <span className="usage-bar" aria-hidden="true" data-full={resource.remaining <= 0 || undefined}>
        <span className="usage-fill" style={{ width: `${percentUsed(resource)}%` }} />
      </span>
    </span>
  );
}

/** EC2 capacity: what each container instance has used and has free, and how many tasks sit on it. */
export function InstanceTable({ instances, lens }: InstanceTableProps) {
  const { one, many } = term(lens, 'instance');
  if (instances.length === 0) return null;
  return (
    <>
      <h4>
        {many} ({instances.length})
      </h4>
      <ul className="node-list instance-list">
        {instances.map((instance) => (
          <li key={instance.id} data-instance-id={instance.id}>
            <p>
              <SelectButton kind="instance" id={instance.id} label={`${one} ${instance.id}`}>
                <span className="mono">{instance.id}</span>
              </SelectButton>{' '}
              <span className="muted">
                {instance.instanceType}, {instance.availabilityZone}
              </span>{' '}
              <InstanceStatus status={instance.status} />
            </p>
            <Meter name="CPU" unit="units" resource={instance.cpu} />
            <Meter name="Memory" unit="MiB" resource={instance.memory} />
            <p className="muted">
              {instance.taskIds.length} {instance.taskIds.length === 1 ? term(lens, 'task').one.toLowerCase() : term(lens, 'task').many.toLowerCase()}
              {' · '}host ports in use: {portsText(instance.portsInUse)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
