import { useShallow } from 'zustand/react/shallow';
import { ACCOUNT_ID, REGION, type InstanceSnapshot, type TaskSnapshot } from '../../../engine';
import { inspectorWords } from '../../../lens/inspectorWords';
import { term } from '../../../lens/vocabulary';
import { useSim } from '../../../store';
import { StateBadge } from '../../StateBadge';
import { InstanceStatus, portsText, UsageBar } from '../Capacity';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { CommandButtons } from './CommandButtons';
import { instanceButtons } from './instanceActions';
import { nodeLabel } from './labels';
import { clusterOfInstance, findInstance } from './selectors';
import { taskView } from '../../views/taskView';

const NO_TASKS: readonly TaskSnapshot[] = [];

function tasksOn(tasks: readonly TaskSnapshot[], instance: InstanceSnapshot | undefined): readonly TaskSnapshot[] {
  if (!instance || instance.taskIds.length === 0) return NO_TASKS;
  return tasks.filter((task) => instance.taskIds.includes(task.id));
}

export function InstanceInspector({ id }: { readonly id: string }) {
  const instance = useSim((state) => findInstance(state.snapshot, id));
  const clusterId = useSim((state) => clusterOfInstance(state.snapshot, id)?.id ?? null);
  const tasks = useSim(useShallow((state) => tasksOn(state.snapshot.tasks, findInstance(state.snapshot, id))));
  const check = useSim((state) => state.check);
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'instance', id }, spec, ctx);
  const words = inspectorWords(lens);

  if (!instance || clusterId === null) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">This container instance is no longer registered: it was stopped or removed, and ECS deregistered it.</p>
      </article>
    );
  }
  const clusterName = spec.clusters.find((cluster) => cluster.id === clusterId)?.name ?? clusterId;
  const arn = `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:container-instance/${clusterName}/${id}`;
  const pending = tasks.filter((task) => task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING').length;
  const running = tasks.filter((task) => task.lastStatus === 'RUNNING').length;

  return (
    <article className="inspect" aria-label={heading} data-instance-id={id} data-status={instance.status}>
      <div className="inspect-head">
        {/* An ID broken after "i-" reads as two things. */}
        <h3>
          {term(lens, 'instance').one} <span className="nowrap">{id}</span>
        </h3>
        <InstanceStatus status={instance.status} />
      </div>
      <p className="inspect-sub">
        {words.instanceRegisteredIn}{' '}
        <SelectButton kind="cluster" id={clusterId}>
          {nodeLabel(lens, { kind: 'cluster', id: clusterId }, spec, ctx)}
        </SelectButton>
      </p>
      {instance.status === 'DRAINING' ? (
        <p className="evidence">
          <span className="evidence-name">DRAINING</span>{' '}
          {words.instanceDraining}
        </p>
      ) : null}
      {instance.removing ? (
        <p className="evidence" data-removing="true">
          <span className="evidence-name">{words.instanceRemovingName}</span> {words.instanceRemoving}
        </p>
      ) : null}
      <CommandButtons heading={words.instanceActionsHeading} buttons={instanceButtons(check, id)} />
      <dl className="figures">
        <div>
          <dt>Instance type</dt>
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
      <h4>{words.capacityHeading}</h4>
      <div className="usage-list">
        <UsageBar name="CPU" unit="units" resource={instance.cpu} />
        <UsageBar name="Memory" unit="MiB" resource={instance.memory} />
        <p className="usage-text">
          <span className="usage-name">Host ports in use</span> <span className="mono">{portsText(instance.portsInUse)}</span>
        </p>
      </div>
      <h4>
        {term(lens, 'task').many} on it ({instance.taskIds.length})
      </h4>
      {tasks.length === 0 ? (
        <p className="muted">{words.noTasksOnInstance}</p>
      ) : (
        <ul className="node-list">
          {tasks.map((task) => taskView(task, lens, ctx)).map((task) => (
            <li key={task.id}>
              <SelectButton kind="task" id={task.id}>
                {task.label}
              </SelectButton>{' '}
              <StateBadge state={task.lastStatus} />
              {task.hostPorts ? <span className="muted"> host port {task.hostPorts}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h4>Configuration</h4>
      <PropertyList
        title="aws ecs describe-container-instances"
        rows={[
          ['containerInstanceArn', <span className="mono">{arn}</span>],
          ['ec2InstanceId', <span className="mono">{id}</span>],
          ['status', instance.status],
          ['runningTasksCount', String(running)],
          ['pendingTasksCount', String(pending)],
          ['registeredResources CPU', String(instance.cpu.registered)],
          ['registeredResources MEMORY', String(instance.memory.registered)],
          ['remainingResources CPU', String(instance.cpu.remaining)],
          ['remainingResources MEMORY', String(instance.memory.remaining)],
          // ECS lists the ports already taken here, confusingly under "remaining".
          ['remainingResources PORTS', instance.portsInUse.length === 0 ? null : <span className="mono">{portsText(instance.portsInUse)}</span>],
          ['attributes ecs.instance-type', instance.instanceType],
          ['attributes ecs.availability-zone', instance.availabilityZone],
          ['PrivateIpAddress (EC2)', <span className="mono">{instance.privateIp}</span>],
        ]}
      />
    </article>
  );
}
