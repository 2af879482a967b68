/**
 * A service as the forms hold it, and the commands it becomes: UpdateService with only what changed (so Undo
 * puts back exactly that, and a deployment starts only for a new revision), and CreateService with CreateService's
 * defaults. Pure, so the conversions are tested without a browser.
 */
import type { CreateServiceCommand, LaunchType, ScenarioSpec, ServiceSpec, UpdateServiceCommand } from '../../../engine';
import { DEFAULT_DEPLOYMENT_DRAFT, deploymentDraft, deploymentFromDraft, sameDeployment, type DeploymentDraft } from './deploymentDraft';
import { wholeNumber, type DraftResult } from '../form/draft';
import { logicalIdFor, nameProblem } from './ids';
import { constraintsFromDraft, placementDraft, sameJson, strategiesFromDraft, type PlacementDraft } from './placementDraft';

export interface ServiceEditDraft {
  readonly desiredCount: string;
  readonly taskDefinitionId: string;
  readonly gracePeriod: string;
  readonly deployment: DeploymentDraft;
  readonly placement: PlacementDraft;
}

export function serviceEditDraft(service: ServiceSpec): ServiceEditDraft {
  return {
    desiredCount: String(service.desiredCount),
    taskDefinitionId: service.taskDefinitionId,
    gracePeriod: String(service.healthCheckGracePeriodSeconds),
    deployment: deploymentDraft(service.deployment),
    placement: placementDraft(service.placementStrategies, service.placementConstraints),
  };
}

/** The revisions a service may move to: its task definition's family, newest first. */
export function familyRevisions(world: ScenarioSpec, taskDefinitionId: string): ScenarioSpec['taskDefinitions'] {
  const family = world.taskDefinitions.find((td) => td.id === taskDefinitionId)?.family;
  return world.taskDefinitions.filter((td) => td.family === family).slice().sort((a, b) => b.revision - a.revision);
}

/** null command: nothing changed. */
export function updateServiceFromDraft(service: ServiceSpec, draft: ServiceEditDraft): DraftResult<UpdateServiceCommand | null> {
  const errors: Record<string, string> = {};
  const desiredCount = wholeNumber(draft.desiredCount);
  const grace = wholeNumber(draft.gracePeriod);
  if (desiredCount === null) errors.desiredCount = 'Enter a whole number of tasks.';
  if (grace === null) errors.gracePeriod = 'Enter a whole number of seconds.';
  const deployment = deploymentFromDraft(draft.deployment);
  if (!deployment.ok) Object.assign(errors, deployment.errors);
  if (desiredCount === null || grace === null || !deployment.ok) return { ok: false, errors };
  const ec2 = service.launchType === 'EC2';
  const strategies = strategiesFromDraft(draft.placement);
  const constraints = constraintsFromDraft(draft.placement, service.placementConstraints);
  const command: UpdateServiceCommand = {
    do: 'updateService',
    service: service.id,
    ...(desiredCount !== service.desiredCount ? { desiredCount } : {}),
    ...(draft.taskDefinitionId !== service.taskDefinitionId ? { taskDefinition: draft.taskDefinitionId } : {}),
    ...(grace !== service.healthCheckGracePeriodSeconds ? { healthCheckGracePeriodSeconds: grace } : {}),
    ...(!sameDeployment(deployment.value, service.deployment) ? { deployment: deployment.value } : {}),
    // Fargate has no placement to choose: the fields are not offered, and nothing is sent.
    ...(ec2 && !sameJson(strategies, service.placementStrategies) ? { placementStrategies: strategies } : {}),
    ...(ec2 && !sameJson(constraints, service.placementConstraints) ? { placementConstraints: constraints } : {}),
  };
  return { ok: true, value: Object.keys(command).length > 2 ? command : null };
}

export interface CreateServiceDraft {
  readonly name: string;
  readonly clusterId: string;
  readonly taskDefinitionId: string;
  readonly launchType: LaunchType;
  readonly desiredCount: string;
  /** '' for a service no load balancer fronts. */
  readonly targetGroupId: string;
  readonly containerName: string;
  readonly containerPort: string;
  readonly gracePeriod: string;
  readonly deployment: DeploymentDraft;
}

/** The container and port a binding would most likely use: the first container's first port. */
export function defaultBinding(world: ScenarioSpec, taskDefinitionId: string): { containerName: string; containerPort: string } {
  const container = world.taskDefinitions.find((td) => td.id === taskDefinitionId)?.containers[0];
  return { containerName: container?.name ?? '', containerPort: String(container?.portMappings[0]?.containerPort ?? '') };
}

export function launchTypeFor(world: ScenarioSpec, taskDefinitionId: string): LaunchType {
  const td = world.taskDefinitions.find((t) => t.id === taskDefinitionId);
  return td && !td.requiresCompatibilities.includes('FARGATE') ? 'EC2' : 'FARGATE';
}

/** CreateService's defaults: one task, no grace period, 200 / 100 with the breaker off. */
export function newServiceDraft(world: ScenarioSpec, clusterId?: string): CreateServiceDraft {
  const taskDefinitionId = world.taskDefinitions[0]?.id ?? '';
  return {
    name: '',
    clusterId: clusterId ?? world.clusters[0]?.id ?? '',
    taskDefinitionId,
    launchType: launchTypeFor(world, taskDefinitionId),
    desiredCount: '1',
    targetGroupId: world.targetGroups[0]?.id ?? '',
    ...defaultBinding(world, taskDefinitionId),
    gracePeriod: '0',
    deployment: DEFAULT_DEPLOYMENT_DRAFT,
  };
}

export function createServiceFromDraft(world: ScenarioSpec, draft: CreateServiceDraft): DraftResult<CreateServiceCommand> {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  const problem = nameProblem('service', name);
  if (problem) errors.name = problem;
  if (draft.clusterId === '') errors.clusterId = 'Create a cluster first.';
  if (draft.taskDefinitionId === '') errors.taskDefinitionId = 'Register a task definition first.';
  const desiredCount = wholeNumber(draft.desiredCount);
  if (desiredCount === null) errors.desiredCount = 'Enter a whole number of tasks.';
  const grace = wholeNumber(draft.gracePeriod);
  if (grace === null) errors.gracePeriod = 'Enter a whole number of seconds.';
  const bound = draft.targetGroupId !== '';
  const containerPort = wholeNumber(draft.containerPort);
  if (bound && draft.containerName === '') errors.containerName = 'Choose the container the load balancer sends requests to.';
  if (bound && containerPort === null) errors.containerPort = 'Enter the container port, a whole number.';
  const deployment = deploymentFromDraft(draft.deployment);
  if (!deployment.ok) Object.assign(errors, deployment.errors);
  if (Object.keys(errors).length > 0 || desiredCount === null || grace === null || !deployment.ok) return { ok: false, errors };
  const service: ServiceSpec = {
    id: logicalIdFor(world, name, 'Service'),
    name,
    clusterId: draft.clusterId,
    taskDefinitionId: draft.taskDefinitionId,
    desiredCount,
    launchType: draft.launchType,
    loadBalancers: bound ? [{ targetGroupId: draft.targetGroupId, containerName: draft.containerName, containerPort: containerPort ?? 0 }] : [],
    healthCheckGracePeriodSeconds: grace,
    deployment: deployment.value,
    placementStrategies: [],
    placementConstraints: [],
  };
  return { ok: true, value: { do: 'createService', service } };
}
