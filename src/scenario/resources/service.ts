/**
 * AWS::ECS::Service to ServiceSpec. Daemon scheduling and non-ECS deployment controllers load with a warning that
 * says what the simulator does instead; a service of task sets runs its primary task set's task definition. An omitted LaunchType is settled once the clusters' EC2 capacity is known.
 */
import type { DeploymentConfigurationSpec, LaunchType, ServiceLoadBalancerSpec, ServiceSpec, TaskDefinitionSpec } from '../../engine';
import type { LoadContext } from '../context';
import { SERVICE_DEFAULTS } from '../defaults';
import { Node, bool, int, isCustomResourceType, list, obj, str } from '../node';
import { CLUSTER, PRIMARY_TASK_SET, TARGET_GROUP, TASK_DEFINITION, TASK_SET } from '../resourceTypes';
import type { TemplateResource } from '../template';
import { Link, Unresolved, isRecord } from '../values';
import type { Clusters } from './cluster';
import {
  DEPLOYMENT_CONFIGURATION_PROPERTIES, SERVICE_LOAD_BALANCER_PROPERTIES, SERVICE_PROPERTIES,
} from './knownProperties';
import { readPlacementConstraints, readPlacementStrategies } from './placement';
import { enumMessage } from './taskDefinition';

/** The sentence, for a CODE_DEPLOY or EXTERNAL deployment controller (and a world of task sets). */
export function blueGreenNotSimulated(controller: string): string {
  return `Blue/green deployments (${controller}) are not simulated yet: the service runs its task definition with the rolling (ECS) controller`;
}

export const BLUE_GREEN_NOT_SIMULATED = blueGreenNotSimulated('CODE_DEPLOY');

/** A service the simulator cannot run at all; the loader lists it as not simulated. */
export interface SkippedService {
  readonly skipped: true;
}

/** A service read from the template whose launch type may still depend on its cluster's capacity. */
export interface PendingService {
  readonly spec: Omit<ServiceSpec, 'launchType'>;
  /** null: LaunchType omitted and no capacity provider decides it. */
  readonly launchType: LaunchType | null;
  readonly taskDefinition: TaskDefinitionSpec;
  readonly props: Node;
}

function clusterOf(props: Node, clusters: Clusters): string {
  const node = props.get('Cluster');
  if (!node) {
    props.warn(`No Cluster: ECS uses the cluster named "${SERVICE_DEFAULTS.clusterName}", which the simulator adds.`);
    return clusters.implicit(SERVICE_DEFAULTS.clusterName);
  }
  const target = node.asLink([CLUSTER], 'the service runs in an implicit cluster');
  if (target && 'id' in target) return target.id;
  const imported = node.value instanceof Unresolved ? node.value.name : null;
  const text = target?.text ?? imported ?? 'imported-cluster';
  const name = text.slice(text.lastIndexOf('/') + 1);
  if (target) node.warn(`Cluster "${text}" is not a cluster of this template; the simulator adds an implicit cluster named "${name}".`);
  return clusters.implicit(name);
}

function launchTypeOf(props: Node): LaunchType | null {
  const node = props.get('LaunchType');
  const given = node?.asString();
  if (given === 'FARGATE' || given === 'EC2') return given;
  if (given !== undefined && node) {
    if (given !== 'EXTERNAL') node.error(enumMessage(given, 'launchType', ['EC2', 'FARGATE', 'EXTERNAL']));
    else node.warn('LaunchType EXTERNAL is not simulated yet: the tasks run on the cluster\'s EC2 container instances.');
    return 'EC2';
  }
  const providers = props.get('CapacityProviderStrategy')?.asList()
    ?.map((entry) => entry.asObject() && str(entry, 'CapacityProvider')) ?? [];
  if (providers.some((p) => p === 'FARGATE' || p === 'FARGATE_SPOT')) return 'FARGATE';
  return providers.length > 0 ? 'EC2' : null;
}

/**
 * An omitted LaunchType: EC2 when the cluster has EC2 capacity of its own, else Fargate when the task definition is
 * Fargate-compatible, else EC2 (the cluster then gets the default instances). Fargate rejects placement settings.
 */
export function settleService(pending: PendingService, clusterHasCapacity: boolean): ServiceSpec {
  const { spec, taskDefinition, props } = pending;
  const fargateCompatible = taskDefinition.requiresCompatibilities.includes('FARGATE');
  const launchType = pending.launchType ?? (!clusterHasCapacity && fargateCompatible ? 'FARGATE' : 'EC2');
  if (launchType === 'FARGATE') {
    const why = pending.launchType === null
      ? ` (LaunchType is omitted, cluster ${spec.clusterId} has no EC2 capacity and task definition ${taskDefinition.id} is Fargate-compatible, so the service runs on Fargate; set LaunchType to EC2 to place tasks on instances.)`
      : '';
    if (props.get('PlacementStrategies') && spec.placementStrategies.length > 0) {
      props.get('PlacementStrategies')?.error(`Placement strategies are not supported with FARGATE launch type.${why}`);
    }
    if (props.get('PlacementConstraints') && spec.placementConstraints.length > 0) {
      props.get('PlacementConstraints')?.error(`Placement constraints are not supported with FARGATE launch type.${why}`);
    }
  }
  return {
    id: spec.id,
    name: spec.name,
    clusterId: spec.clusterId,
    taskDefinitionId: spec.taskDefinitionId,
    desiredCount: spec.desiredCount,
    launchType,
    loadBalancers: spec.loadBalancers,
    healthCheckGracePeriodSeconds: spec.healthCheckGracePeriodSeconds,
    deployment: spec.deployment,
    placementStrategies: spec.placementStrategies,
    placementConstraints: spec.placementConstraints,
  };
}

function readLoadBalancer(node: Node): ServiceLoadBalancerSpec | null {
  const entry = node.asObject();
  if (!entry) return null;
  entry.warnUnknown(SERVICE_LOAD_BALANCER_PROPERTIES);
  if (entry.get('LoadBalancerName')) {
    entry.warn('Classic Load Balancers (LoadBalancerName) are not simulated; this entry is ignored.');
    return null;
  }
  const targetGroupNode = entry.get('TargetGroupArn');
  const containerName = str(entry, 'ContainerName');
  const containerPort = int(entry, 'ContainerPort');
  if (!targetGroupNode) entry.error('needs "TargetGroupArn"');
  if (!entry.get('ContainerName')) entry.error('needs "ContainerName"');
  if (!entry.get('ContainerPort')) entry.error('needs "ContainerPort"');
  const target = targetGroupNode?.asLink([TARGET_GROUP], 'this load balancer entry is not simulated');
  if (target && 'text' in target) targetGroupNode?.error(`Target group '${target.text}' not found`);
  if (!target || !('id' in target) || containerName === undefined || containerPort === undefined) return null;
  return { targetGroupId: target.id, containerName, containerPort };
}

function readDeployment(props: Node, daemon: boolean): DeploymentConfigurationSpec {
  const config = obj(props, 'DeploymentConfiguration');
  config?.warnUnknown(DEPLOYMENT_CONFIGURATION_PROPERTIES);
  const breaker = config && obj(config, 'DeploymentCircuitBreaker');
  if (breaker && !breaker.get('Enable')) breaker.error('needs "Enable"');
  if (breaker && !breaker.get('Rollback')) breaker.error('needs "Rollback"');
  const strategy = config && str(config, 'Strategy');
  if (config && strategy !== undefined && strategy !== 'ROLLING') {
    config.get('Strategy')?.warn(`Strategy ${strategy} is not simulated yet: the service deploys with rolling updates.`);
  }
  if (config?.get('Alarms')) config.get('Alarms')?.warn('Deployment alarms are not simulated (CloudWatch is not); only the circuit breaker can fail a deployment.');
  return {
    // Daemon services default to 100 / 0 (fact 46); they still run as replicas here.
    maximumPercent: (config && int(config, 'MaximumPercent')) ?? (daemon ? 100 : SERVICE_DEFAULTS.maximumPercent),
    minimumHealthyPercent: (config && int(config, 'MinimumHealthyPercent')) ?? (daemon ? 0 : SERVICE_DEFAULTS.minimumHealthyPercent),
    circuitBreaker: {
      enable: (breaker && bool(breaker, 'Enable')) ?? false,
      rollback: (breaker && bool(breaker, 'Rollback')) ?? false,
    },
  };
}

function madeByCustomResource(ctx: LoadContext, node: Node): boolean {
  const value = node.value;
  const target = value instanceof Link ? ctx.resource(value.logicalId) : undefined;
  return target !== undefined && isCustomResourceType(target.type);
}

/** The properties of the task set a service of task sets runs: the one AWS::ECS::PrimaryTaskSet names, else the first. */
function primaryTaskSet(ctx: LoadContext, serviceId: string): Node | null {
  const kept = ctx.template.resources.filter((r) => ctx.kept.has(r.logicalId));
  const linksTo = (raw: unknown, id: string): boolean => {
    const value = ctx.evaluator.shallow(raw, { resource: '', path: '' });
    return value instanceof Link && value.logicalId === id;
  };
  const prop = (r: TemplateResource, key: string): unknown => (isRecord(r.properties) ? r.properties[key] : undefined);
  const sets = kept.filter((r) => r.type === TASK_SET && linksTo(prop(r, 'Service'), serviceId));
  const primary = kept.find((r) => r.type === PRIMARY_TASK_SET && linksTo(prop(r, 'Service'), serviceId));
  const chosen = sets.find((set) => primary !== undefined && linksTo(prop(primary, 'TaskSetId'), set.logicalId)) ?? sets[0];
  return chosen ? Node.properties(ctx, chosen) : null;
}

export function buildService(
  ctx: LoadContext,
  resource: TemplateResource,
  taskDefinitions: ReadonlyMap<string, TaskDefinitionSpec>,
  clusters: Clusters,
): PendingService | SkippedService | null {
  const props = Node.properties(ctx, resource);
  props.warnUnknown(SERVICE_PROPERTIES);
  str(props, 'ServiceName');
  const scheduling = str(props, 'SchedulingStrategy');
  const daemon = scheduling === 'DAEMON';
  if (daemon) props.get('SchedulingStrategy')?.warn('SchedulingStrategy DAEMON is not simulated yet: the service runs as a REPLICA service with its desired count.');
  const controller = obj(props, 'DeploymentController');
  const controllerType = controller && str(controller, 'Type');
  const taskSet = props.get('TaskDefinition') ? null : primaryTaskSet(ctx, resource.logicalId);
  const ofTaskSet = taskSet ? ` (the task definition of task set ${taskSet.resource})` : '';
  if (controller && controllerType !== undefined && controllerType !== 'ECS') controller.warn(`${blueGreenNotSimulated(controllerType)}${ofTaskSet}.`);
  else if (taskSet) props.warn(`${blueGreenNotSimulated('EXTERNAL')}${ofTaskSet}.`);
  // A service of task sets (EXTERNAL controller) takes its task definition, load balancers and network from its primary set.
  const source = taskSet ?? props;
  const tdNode = source.get('TaskDefinition');
  if (!tdNode) {
    props.error('needs "TaskDefinition" (a service with the ECS deployment controller runs one task definition)');
    return null;
  }
  const tdTarget = tdNode.asLink([TASK_DEFINITION], 'the task definition is made by a custom resource, so the service is listed as not simulated');
  // An unresolved import was warned about: the service is listed as not simulated rather than failing the load.
  if (!tdTarget) return tdNode.value instanceof Unresolved || madeByCustomResource(ctx, tdNode) ? { skipped: true } : null;
  if ('text' in tdTarget) {
    tdNode.error(`Unable to describe task definition. ("${tdTarget.text}" is not a task definition of this template)`);
    return null;
  }
  const taskDefinition = taskDefinitions.get(tdTarget.id);
  if (!taskDefinition) return null;

  if (taskDefinition.networkMode === 'awsvpc' && !source.get('NetworkConfiguration')) {
    props.error("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
  }
  const spec: PendingService['spec'] = {
    id: resource.logicalId,
    name: ctx.naming.name(resource.logicalId),
    clusterId: clusterOf(props, clusters),
    taskDefinitionId: taskDefinition.id,
    desiredCount: int(props, 'DesiredCount', `the simulator uses ${SERVICE_DEFAULTS.desiredCount}`) ?? SERVICE_DEFAULTS.desiredCount,
    loadBalancers: (list(source, 'LoadBalancers') ?? []).map(readLoadBalancer).filter((lb): lb is ServiceLoadBalancerSpec => lb !== null),
    healthCheckGracePeriodSeconds: int(props, 'HealthCheckGracePeriodSeconds') ?? SERVICE_DEFAULTS.healthCheckGracePeriodSeconds,
    deployment: readDeployment(props, daemon),
    placementStrategies: readPlacementStrategies(props),
    placementConstraints: readPlacementConstraints(props),
  };
  return { spec, launchType: launchTypeOf(taskSet?.get('LaunchType') ? taskSet : props), taskDefinition, props };
}
