import { useId } from 'react';
import type { InstanceSnapshot } from '../engine';
import { useSim } from '../store';
import { InstanceStatus, portsText, UsageBar } from './panels/Capacity';

/** One container instance: what it is, what it has left, and who runs on it. */
export function InstanceCard({ instance }: { readonly instance: InstanceSnapshot }) {
  const headingId = useId();
  const select = useSim((state) => state.select);
  const selected = useSim((state) => state.selection?.kind === 'instance' && state.selection.id === instance.id);
  return (
    <article
      className="card instance-card"
      aria-labelledby={headingId}
      data-instance-id={instance.id}
      data-status={instance.status}
      data-selected={selected || undefined}
    >
      <div className="card-head">
        <h4 id={headingId} className="mono">
          {instance.id}
        </h4>
        <InstanceStatus status={instance.status} />
      </div>
      <dl className="figures">
        <div>
          <dt>Type</dt>
          <dd>{instance.instanceType}</dd>
        </div>
        <div>
          <dt>Availability Zone</dt>
          <dd>{instance.availabilityZone}</dd>
        </div>
        <div>
          <dt>Private IP</dt>
          <dd className="mono">{instance.privateIp}</dd>
        </div>
      </dl>
      <UsageBar name="CPU" unit="units" resource={instance.cpu} />
      <UsageBar name="Memory" unit="MiB" resource={instance.memory} />
      <p className="instance-line">
        <span className="instance-line-name">Host ports in use</span> <span className="mono">{portsText(instance.portsInUse)}</span>
      </p>
      <div className="instance-line" data-task-count={instance.taskIds.length}>
        <span className="instance-line-name">Tasks ({instance.taskIds.length})</span>{' '}
        {instance.taskIds.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <ul className="instance-tasks">
            {instance.taskIds.map((task) => (
              <li key={task} className="mono">
                {task}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        className="button-small"
        aria-label={`Inspect ${instance.id}`}
        onClick={() => select({ kind: 'instance', id: instance.id })}
      >
        Inspect
      </button>
    </article>
  );
}
