import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { inspectorWords } from '../../../lens/inspectorWords';
import { findService, tasksOfService, useSim } from '../../../store';
import { StateBadge } from '../../StateBadge';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { DeploymentTable } from '../../DeploymentTable';
import { ServiceEditors } from '../../editors/ecs/ServiceEditors';
import { DesiredCountControl } from './DesiredCountControl';
import { nodeLabel } from './labels';
import { SchedulerMath } from './SchedulerMath';
import { ServiceEvents } from './ServiceEvents';
import { serviceCountWhy, serviceView } from '../../views/serviceView';
import { taskView } from '../../views/taskView';

export function ServiceInspector({ id }: { readonly id: string }) {
  const service = useSim((state) => findService(state.snapshot, id));
  const tasks = useSim(useShallow((state) => tasksOfService(state.snapshot, id)));
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const ctx = useNarrationContext();
  const headingId = useId();
  const heading = nodeLabel(lens, { kind: 'service', id }, spec, ctx);
  const serviceSpec = spec.services.find((candidate) => candidate.id === id);
  if (!service || !serviceSpec) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">No such service in this scenario.</p>
      </article>
    );
  }
  const { deployment } = serviceSpec;
  const cluster = spec.clusters.find((candidate) => candidate.id === serviceSpec.clusterId);
  const words = inspectorWords(lens);
  const view = serviceView(service, lens, 'api');
  return (
    <article className="inspect" aria-label={heading} data-service-id={id}>
      <div className="inspect-head">
        <h3>{heading}</h3>
        <StateBadge state={view.state} />
      </div>
      <dl className="figures">
        {view.counts.map((count) => (
          <div key={count.name}>
            <dt>{count.name}</dt>
            <dd>{count.value}</dd>
          </div>
        ))}
      </dl>
      {/* "3/2 running" explained: the desired count, and why more (or fewer) run now. */}
      <p className="muted" data-testid="service-count-why">
        {serviceCountWhy(lens, service, tasks, deployment)}
      </p>
      {view.unplaced ? (
        <div className="placement-failure" role="group" aria-labelledby={`${headingId}-unplaced`}>
          <h4 id={`${headingId}-unplaced`}>{view.unplaced.title}</h4>
          <p className="muted">{view.unplaced.gloss}.</p>
          <p className="evidence">
            <span className="evidence-name">service event</span> <span className="mono">{view.unplaced.event}</span>
          </p>
        </div>
      ) : null}
      <DesiredCountControl serviceId={id} current={service.desiredCount} />
      <ServiceEditors serviceId={id} />
      <h4>{words.schedulerArithmeticHeading}</h4>
      <SchedulerMath
        desired={service.desiredCount}
        minimumHealthyPercent={deployment.minimumHealthyPercent}
        maximumPercent={deployment.maximumPercent}
        lens={lens}
      />
      <ServiceEvents serviceId={id} lens={lens} />
      <DeploymentTable deployments={service.deployments} headings="api" className="deployments-compact" />
      <h4>{words.tasksHeading}</h4>
      <ul className="node-list">
        {tasks.map((task) => taskView(task, lens, ctx)).map((task) => (
          <li key={task.id}>
            <SelectButton kind="task" id={task.id}>
              {task.label}
            </SelectButton>{' '}
            <StateBadge state={task.lastStatus} />
          </li>
        ))}
      </ul>
      <h4>Configuration</h4>
      <PropertyList
        title="AWS::ECS::Service"
        rows={[
          ['ServiceName', serviceSpec.name],
          ['Cluster', cluster?.name ?? serviceSpec.clusterId],
          ['LaunchType', service.launchType],
          ['SchedulingStrategy', 'REPLICA'],
          ['DesiredCount', String(service.desiredCount)],
          ['TaskDefinition', <span className="mono">{service.taskDefinition}</span>],
          ['HealthCheckGracePeriodSeconds', String(serviceSpec.healthCheckGracePeriodSeconds)],
          ['DeploymentConfiguration.MaximumPercent', String(deployment.maximumPercent)],
          ['DeploymentConfiguration.MinimumHealthyPercent', String(deployment.minimumHealthyPercent)],
          ['DeploymentConfiguration.DeploymentCircuitBreaker.Enable', String(deployment.circuitBreaker.enable)],
          ['DeploymentConfiguration.DeploymentCircuitBreaker.Rollback', String(deployment.circuitBreaker.rollback)],
          ...serviceSpec.placementStrategies.map(
            (strategy, index) => [`PlacementStrategies[${index}]`, <span className="mono">{strategy.field === null ? strategy.type : `${strategy.type} ${strategy.field}`}</span>] as const,
          ),
          ...serviceSpec.placementConstraints.map(
            (constraint, index) => [`PlacementConstraints[${index}]`, <span className="mono">{constraint.expression === null ? constraint.type : `${constraint.type} ${constraint.expression}`}</span>] as const,
          ),
          ...serviceSpec.loadBalancers.flatMap((lb, index) => [
            [`LoadBalancers[${index}].TargetGroupArn`, <SelectButton kind="targetGroup" id={lb.targetGroupId}>{ctx.targetGroups.get(lb.targetGroupId)?.name ?? lb.targetGroupId}</SelectButton>] as const,
            [`LoadBalancers[${index}].ContainerName`, lb.containerName] as const,
            [`LoadBalancers[${index}].ContainerPort`, String(lb.containerPort)] as const,
          ]),
        ]}
      />
    </article>
  );
}
