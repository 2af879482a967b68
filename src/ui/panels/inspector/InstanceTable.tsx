import type { InstanceSnapshot } from '../../../engine/snapshot';
import type { Lens } from '../../../lens/vocabulary';
import { StateBadge } from '../../StateBadge';
import { SelectButton } from '../SelectButton';

export interface InstanceTableProps {
  readonly instances: readonly InstanceSnapshot[];
  readonly lens: Lens;
}

function remaining(resource: { readonly registered: number; readonly remaining: number }): string {
  return `${resource.remaining} of ${resource.registered}`;
}

/** EC2 capacity: what each container instance has left, which host ports it has given out, and who sits on it. */
export function InstanceTable({ instances, lens }: InstanceTableProps) {
  if (instances.length === 0) return null;
  const orchestra = lens === 'orchestra';
  return (
    <>
      <h4>{orchestra ? 'Risers (container instances)' : 'Container instances'}</h4>
      <ul className="node-list instance-list">
        {instances.map((instance) => (
          <li key={instance.id} data-instance-id={instance.id}>
            <p>
              <span className="mono">{instance.id}</span> <span className="muted">{instance.instanceType}</span>{' '}
              <StateBadge state={instance.status === 'ACTIVE' ? 'RUNNING' : 'DEACTIVATING'} label={instance.status} />
            </p>
            <p className="muted">
              {instance.availabilityZone} · CPU {remaining(instance.cpu)} · memory {remaining(instance.memory)} MiB
              {instance.portsInUse.length > 0 ? ` · host ports ${instance.portsInUse.join(', ')}` : ''}
            </p>
            {instance.taskIds.length > 0 ? (
              <p>
                {instance.taskIds.map((task, index) => (
                  <span key={task}>
                    {index > 0 ? ', ' : null}
                    <SelectButton kind="task" id={task}>
                      {task}
                    </SelectButton>
                  </span>
                ))}
              </p>
            ) : (
              <p className="muted">{orchestra ? 'No players on it' : 'No tasks'}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
