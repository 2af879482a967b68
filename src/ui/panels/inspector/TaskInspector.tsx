import { useShallow } from 'zustand/react/shallow';
import { ACCOUNT_ID, REGION, taskDefinitionArn, type TaskSnapshot } from '../../../engine';
import { serviceName } from '../../../lens/narrationContext';
import { NewRevisionEditor } from '../../editors/ecs/NewRevisionEditor';
import { inspectorWords } from '../../../lens/inspectorWords';
import { replacementExplanation, replacementLabel } from '../../../lens/replacement';
import { term } from '../../../lens/vocabulary';
import { targetsOfTask, useSim } from '../../../store';
import { taskTargetRows, taskView, type TaskView } from '../../views/taskView';
import { formatClock, formatCount } from '../../format';
import { StateBadge } from '../../StateBadge';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { nodeLabel } from './labels';
import { findTask } from './selectors';
import { TaskControls } from './TaskControls';
import { TaskProtection } from './TaskProtection';
import { TaskTargets } from './TaskTargets';
import { Timeline } from '../Timeline';

function time(ms: number | null): string | null {
  return ms === null ? null : `${formatClock(ms)} (simulated)`;
}

/** Snapshots carry family:revision; describe-tasks shows the full ARN. */
function definitionArn(familyRevision: string): string {
  const at = familyRevision.lastIndexOf(':');
  return at < 0 ? familyRevision : taskDefinitionArn(familyRevision.slice(0, at), Number(familyRevision.slice(at + 1)));
}

/** Bridge and host mode: which host port each container port got (fact 7). */
function bindings(view: TaskView): string | null {
  const pairs = view.portBindings;
  return pairs.length === 0 ? null : pairs.map(([container, host]) => `${container} → ${host}`).join(', ');
}

/** ", container port 8080 on host port 32768": what the load balancer's instance target points at. */
function hostPortText(view: TaskView): string {
  const pairs = view.portBindings;
  if (pairs.length === 0) return '';
  return `, ${pairs.map(([container, host]) => `container port ${container} on host port ${host}`).join(', ')}`;
}

function faultsText(task: TaskSnapshot): string | null {
  const parts: string[] = [];
  const { healthChecks, containerHealthChecks, extraLatencyMs, refusesConnections } = task.faults;
  if (healthChecks === 'timeout') parts.push('health checks time out');
  else if (healthChecks !== null) parts.push(`health checks get ${healthChecks}`);
  if (containerHealthChecks) parts.push('container health check fails');
  if (extraLatencyMs > 0) parts.push(`${extraLatencyMs} ms slower per request`);
  if (refusesConnections) parts.push('refuses new connections (502 at once)');
  return parts.length === 0 ? null : parts.join('; ');
}

export function TaskInspector({ id }: { readonly id: string }) {
  const task = useSim((state) => findTask(state.snapshot, id));
  const targets = useSim(useShallow((state) => targetsOfTask(state.snapshot, id)));
  const served = useSim((state) => state.counters.byTask[id] ?? 0);
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'task', id }, spec, ctx);

  if (!task) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">This task is no longer in the world: ECS has forgotten it.</p>
      </article>
    );
  }
  const serviceSpec = spec.services.find((service) => service.id === task.serviceId);
  const cluster = spec.clusters.find((candidate) => candidate.id === serviceSpec?.clusterId)?.name ?? 'default';
  const words = inspectorWords(lens);
  const view = taskView(task, lens, ctx);

  return (
    <article className="inspect" aria-label={heading} data-task-id={task.id}>
      <div className="inspect-head">
        <h3>{heading}</h3>
        <StateBadge state={task.lastStatus} />
      </div>
      <p className="inspect-sub">
        {term(lens, 'task').one} of{' '}
        <SelectButton kind="service" id={task.serviceId}>
          {serviceName(lens, ctx, task.serviceId)}
        </SelectButton>
      </p>
      {task.instanceId !== null ? (
        <p className="inspect-sub" data-placement="ec2">
          On {term(lens, 'instance').one.toLowerCase()}{' '}
          <SelectButton kind="instance" id={task.instanceId} label={`${term(lens, 'instance').one} ${task.instanceId}`}>
            <span className="mono">{task.instanceId}</span>
          </SelectButton>
          {hostPortText(view)}
        </p>
      ) : null}
      {task.replacement !== null ? (
        <p className="evidence" data-replacement={task.replacement}>
          <StateBadge state="replacing" label={replacementLabel(lens, task.replacement)} />{' '}
          {replacementExplanation(lens, task.replacement)}
        </p>
      ) : null}
      {task.stoppedReason ? (
        <p className="evidence">
          <span className="evidence-name">stoppedReason</span> <span className="mono">{task.stoppedReason}</span>
        </p>
      ) : null}
      <TaskControls task={task} heading={words.taskControlsHeading} />
      <TaskProtection task={task} />
      <NewRevisionEditor serviceId={task.serviceId} />
      <dl className="figures">
        <div>
          <dt>{words.requestsServed}</dt>
          <dd>{formatCount(served)}</dd>
        </div>
        {taskTargetRows(targets, lens).map((target) => (
          <div key={`${target.groupId}|${target.key}`}>
            <dt>{target.groupName}</dt>
            <dd>
              <StateBadge state={target.state} label={target.stateLabel} />
            </dd>
          </div>
        ))}
      </dl>
      <TaskTargets taskId={task.id} details={targets} lens={lens} />
      <h4>{words.statusHistoryHeading}</h4>
      <Timeline label="lastStatus history" entries={task.statusHistory.map((step) => ({ at: step.at, what: <StateBadge state={step.status} /> }))} />
      <h4>Configuration</h4>
      <PropertyList
        title="aws ecs describe-tasks"
        rows={[
          ['taskArn', <span className="mono">{`arn:aws:ecs:${REGION}:${ACCOUNT_ID}:task/${cluster}/${task.id}`}</span>],
          ['lastStatus', <StateBadge state={task.lastStatus} />],
          ['desiredStatus', task.desiredStatus],
          ['healthStatus', <StateBadge state={task.healthStatus} />],
          ['availabilityZone', task.availabilityZone],
          ['privateIpv4Address', <span className="mono">{task.privateIp}</span>],
          ['taskDefinitionArn', <span className="mono">{definitionArn(task.taskDefinition)}</span>],
          ['image', <span className="mono">{task.image}</span>],
          ['launchType', serviceSpec?.launchType ?? null],
          // Fargate tasks have neither, and describe-tasks leaves them out.
          ...(task.instanceId === null
            ? []
            : ([
                ['containerInstanceArn', <span className="mono">{`arn:aws:ecs:${REGION}:${ACCOUNT_ID}:container-instance/${cluster}/${task.instanceId}`}</span>],
                ['networkBindings', bindings(view)],
              ] as const)),
          ['group', <span className="mono">{`service:${serviceSpec?.name ?? task.serviceId}`}</span>],
          ['startedBy', <span className="mono">{task.deploymentId}</span>],
          ['startedAt', time(task.startedAt)],
          ['stoppingAt', time(task.stoppingAt)],
          ['stoppedAt', time(task.stoppedAt)],
          ['stopCode', task.stopCode],
          ['stoppedReason', task.stoppedReason],
          ['Injected faults (simulator)', faultsText(task)],
        ]}
      />
    </article>
  );
}
