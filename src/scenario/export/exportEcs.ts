/**
 * ECS resources of an exported world: clusters (with their EC2 instances in Metadata), task definitions (with the
 * app's behaviour and the revision in Metadata) and services, each written so the loader reads back the same spec.
 */
import { DEFAULT_APP, type ActionSpec, type AppBehaviour, type ClusterSpec, type ContainerInstanceSpec, type ContainerSpec, type PortMappingSpec, type ServiceSpec, type TaskDefinitionSpec } from '../../engine';
import { CLUSTER_CAPACITY_DEFAULTS, CONTAINER_HEALTH_CHECK_DEFAULTS, SERVICE_DEFAULTS, TASK_DEFINITION_DEFAULTS } from '../defaults';
import { registeredResources } from '../instanceTypes';
import { containerInstances } from '../resources/cluster';
import { CLUSTER, SERVICE, TASK_DEFINITION } from '../resourceTypes';
import { nonEmpty, props, ref, unlessDefault, type CfnObject } from './cfn';
import type { ExportContext } from './context';

function sameInstances(a: readonly ContainerInstanceSpec[], b: readonly ContainerInstanceSpec[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.id === y.id && x.instanceType === y.instanceType && x.availabilityZone === y.availabilityZone
      && x.cpu === y.cpu && x.memory === y.memory && x.source === y.source;
  });
}

/** Shortest Metadata that gives the cluster exactly its instances: none, a count and type, or the list. */
function clusterSettings(cluster: ClusterSpec, spec: ExportContext['spec']): CfnObject | undefined {
  const runsEc2 = spec.services.some((s) => s.clusterId === cluster.id && s.launchType === 'EC2');
  const { instances: defaultCount, instanceType: defaultType } = CLUSTER_CAPACITY_DEFAULTS;
  const implied = runsEc2 ? containerInstances(cluster.id, 'default', defaultCount, defaultType) : [];
  if (sameInstances(cluster.instances, implied)) return undefined;
  const type = cluster.instances[0]?.instanceType ?? defaultType;
  if (sameInstances(cluster.instances, containerInstances(cluster.id, 'Metadata', cluster.instances.length, type))) {
    return props({ instances: cluster.instances.length, instanceType: cluster.instances.length > 0 ? type : undefined });
  }
  return {
    instances: cluster.instances.map((instance) => {
      const registered = registeredResources(instance.instanceType);
      return props({
        id: instance.id,
        instanceType: instance.instanceType,
        availabilityZone: instance.availabilityZone,
        source: unlessDefault(instance.source, 'Metadata'),
        cpu: unlessDefault(instance.cpu, registered.cpu),
        memory: unlessDefault(instance.memory, registered.memory),
      });
    }),
  };
}

export function clusterResource(cluster: ClusterSpec, ctx: ExportContext): CfnObject {
  const settings = clusterSettings(cluster, ctx.spec);
  return props({
    Type: CLUSTER,
    Metadata: settings && { EcsOrchestra: settings },
    Properties: cluster.name === cluster.id ? undefined : { ClusterName: cluster.name },
  });
}

/** The app's settings that differ from DEFAULT_APP; `responses` as the pattern-to-status object the loader reads. */
export function appSettings(app: AppBehaviour): CfnObject {
  const keys = Object.keys(DEFAULT_APP) as (keyof AppBehaviour)[];
  const settings: CfnObject = {};
  for (const key of keys) {
    if (key === 'responses') {
      if (app.responses.length > 0) settings.responses = Object.fromEntries(app.responses.map((r) => [r.pattern, r.status]));
    } else if (app[key] !== DEFAULT_APP[key]) {
      settings[key] = app[key];
    }
  }
  return settings;
}

function portMapping(mapping: PortMappingSpec): CfnObject {
  return props({
    ContainerPort: mapping.containerPort,
    // Absent (bridge: an ephemeral port; awsvpc: the container port) reads back as null.
    HostPort: mapping.hostPort ?? undefined,
    Protocol: unlessDefault(mapping.protocol, TASK_DEFINITION_DEFAULTS.portProtocol),
  });
}

function container(c: ContainerSpec): CfnObject {
  const hc = c.healthCheck;
  const d = CONTAINER_HEALTH_CHECK_DEFAULTS;
  return props({
    Name: c.name,
    Image: c.image,
    Essential: c.essential,
    Cpu: c.cpu ?? undefined,
    Memory: c.memory ?? undefined,
    MemoryReservation: c.memoryReservation ?? undefined,
    PortMappings: nonEmpty(c.portMappings.map(portMapping)),
    HealthCheck: hc ? props({
      Command: hc.command,
      Interval: unlessDefault(hc.intervalSeconds, d.intervalSeconds),
      Timeout: unlessDefault(hc.timeoutSeconds, d.timeoutSeconds),
      Retries: unlessDefault(hc.retries, d.retries),
      StartPeriod: unlessDefault(hc.startPeriodSeconds, d.startPeriodSeconds),
    }) : undefined,
    StopTimeout: unlessDefault(c.stopTimeoutSeconds, TASK_DEFINITION_DEFAULTS.stopTimeoutSeconds),
  });
}

export function taskDefinitionResource(td: TaskDefinitionSpec): CfnObject {
  const settings = { ...appSettings(td.app), ...props({ revision: unlessDefault(td.revision, TASK_DEFINITION_DEFAULTS.revision) }) };
  return props({
    Type: TASK_DEFINITION,
    Metadata: Object.keys(settings).length > 0 ? { EcsOrchestra: settings } : undefined,
    Properties: props({
      Family: td.family,
      NetworkMode: td.networkMode,
      RequiresCompatibilities: nonEmpty(td.requiresCompatibilities),
      // CloudFormation's type for both is String.
      Cpu: td.cpu === null ? undefined : String(td.cpu),
      Memory: td.memory === null ? undefined : String(td.memory),
      ContainerDefinitions: td.containers.map(container),
    }),
  });
}

/** Listeners and rules that forward to the service's groups: ECS refuses a group no load balancer uses yet. */
function forwardersOf(service: ServiceSpec, spec: ExportContext['spec']): string[] {
  const groups = new Set(service.loadBalancers.map((lb) => lb.targetGroupId));
  const forwards = (actions: readonly ActionSpec[]): boolean =>
    actions.some((a) => a.type === 'forward' && a.targetGroups.some((g) => groups.has(g.targetGroupId)));
  return [
    ...spec.listeners.filter((l) => forwards(l.defaultActions)).map((l) => l.id),
    ...spec.rules.filter((r) => forwards(r.actions)).map((r) => r.id),
  ];
}

export function serviceResource(service: ServiceSpec, ctx: ExportContext): CfnObject {
  const cluster = ctx.spec.clusters.find((c) => c.id === service.clusterId);
  const taskDefinition = ctx.spec.taskDefinitions.find((td) => td.id === service.taskDefinitionId);
  const { deployment } = service;
  const breaker = deployment.circuitBreaker;
  const dependsOn = forwardersOf(service, ctx.spec);
  return props({
    Type: SERVICE,
    DependsOn: nonEmpty(dependsOn),
    Properties: props({
      ServiceName: unlessDefault(service.name, service.id),
      Cluster: ctx.isClusterResource(service.clusterId) ? ref(service.clusterId) : (cluster?.name ?? service.clusterId),
      TaskDefinition: ref(service.taskDefinitionId),
      DesiredCount: service.desiredCount,
      LaunchType: service.launchType,
      HealthCheckGracePeriodSeconds: unlessDefault(service.healthCheckGracePeriodSeconds, SERVICE_DEFAULTS.healthCheckGracePeriodSeconds),
      DeploymentConfiguration: props({
        MaximumPercent: deployment.maximumPercent,
        MinimumHealthyPercent: deployment.minimumHealthyPercent,
        DeploymentCircuitBreaker: breaker.enable || breaker.rollback ? { Enable: breaker.enable, Rollback: breaker.rollback } : undefined,
      }),
      PlacementStrategies: nonEmpty(service.placementStrategies.map((s) => props({ Type: s.type, Field: s.field ?? undefined }))),
      PlacementConstraints: nonEmpty(service.placementConstraints.map((c) => props({ Type: c.type, Expression: c.expression ?? undefined }))),
      // Not simulated, but ECS requires it for awsvpc tasks; Fargate tasks in public subnets need a public IP to pull.
      NetworkConfiguration: taskDefinition?.networkMode === 'awsvpc'
        ? { AwsvpcConfiguration: props({ Subnets: ref(ctx.parameter('subnets')), AssignPublicIp: service.launchType === 'FARGATE' ? 'ENABLED' : undefined }) }
        : undefined,
      LoadBalancers: nonEmpty(service.loadBalancers.map((lb) => ({
        ContainerName: lb.containerName,
        ContainerPort: lb.containerPort,
        TargetGroupArn: ref(lb.targetGroupId),
      }))),
    }),
  });
}
