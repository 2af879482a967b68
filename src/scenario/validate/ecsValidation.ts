/**
 * The ECS side of validation, on the built spec: what CreateService and RegisterTaskDefinition would reject, in
 * AWS's words. Load balancer checks live in elbValidation.ts.
 */
import { type ScenarioSpec, type ServiceSpec, type TaskDefinitionSpec, FARGATE_STOP_TIMEOUT, LIMITS, PORT_RANGE, limitText } from '../../engine';
import type { IssueSink } from '../issueSink';
import { fargateSizeHint, isFargateSize } from './fargate';

const MAX_TARGET_GROUPS_PER_SERVICE = 5;
const MAX_GRACE_PERIOD = 2147483647;

function range(sink: IssueSink, id: string, path: string, label: string, value: number, min: number, max: number, unit = ''): void {
  if (value < min || value > max) sink.error(id, path, `${label} ${value} is out of range: AWS allows ${min}-${max}${unit}.`);
}

function checkTaskDefinition(td: TaskDefinitionSpec, sink: IssueSink): void {
  const id = td.id;
  if (td.containers.length === 0) sink.error(id, 'Properties.ContainerDefinitions', 'Container list cannot be empty.');
  else if (!td.containers.some((c) => c.essential)) {
    sink.error(id, 'Properties.ContainerDefinitions', "Task definition doesn't have any essential container. (Essential defaults to true; at least one container must keep it.)");
  }
  const fargate = td.requiresCompatibilities.includes('FARGATE');
  td.containers.forEach((container, index) => {
    const base = `Properties.ContainerDefinitions[${index}]`;
    container.portMappings.forEach((mapping, m) => {
      const at = `${base}.PortMappings[${m}]`;
      range(sink, id, `${at}.ContainerPort`, 'ContainerPort', mapping.containerPort, PORT_RANGE.min, PORT_RANGE.max);
      if (mapping.hostPort !== null) range(sink, id, `${at}.HostPort`, 'HostPort', mapping.hostPort, 0, PORT_RANGE.max);
    });
    // Fact 11: Fargate allows 2-120 s; on EC2 the agent's own default applies, and a negative time is nothing.
    if (fargate) range(sink, id, `${base}.StopTimeout`, 'StopTimeout', container.stopTimeoutSeconds, FARGATE_STOP_TIMEOUT.min, FARGATE_STOP_TIMEOUT.max, ' seconds on Fargate');
    else if (container.stopTimeoutSeconds < 0) sink.error(id, `${base}.StopTimeout`, `StopTimeout ${container.stopTimeoutSeconds} is out of range: it must be 0 seconds or more.`);
    const mismatched = container.portMappings.some((m) => m.hostPort !== null && m.hostPort !== m.containerPort);
    if (mismatched && (td.networkMode === 'awsvpc' || td.networkMode === 'host')) {
      sink.error(id, `${base}.PortMappings`, `When networkMode=${td.networkMode}, the host ports and container ports in port mappings must match.`);
    }
    // Without task-level memory, ECS cannot size the task on an instance; Fargate's own message covers its case.
    const sized = td.memory !== null || container.memory !== null || container.memoryReservation !== null;
    if (!sized && !td.requiresCompatibilities.includes('FARGATE')) {
      sink.error(id, base, `Invalid setting for container '${container.name}'. At least one of 'memory' or 'memoryReservation' must be specified.`);
    }
    const check = container.healthCheck;
    if (!check) return;
    // Fact 9: the container health check's allowed ranges.
    range(sink, id, `${base}.HealthCheck.Interval`, 'HealthCheck Interval', check.intervalSeconds, 5, 300, ' seconds');
    range(sink, id, `${base}.HealthCheck.Timeout`, 'HealthCheck Timeout', check.timeoutSeconds, 2, 60, ' seconds');
    range(sink, id, `${base}.HealthCheck.Retries`, 'HealthCheck Retries', check.retries, 1, 10);
    range(sink, id, `${base}.HealthCheck.StartPeriod`, 'HealthCheck StartPeriod', check.startPeriodSeconds, 0, 300, ' seconds');
  });
  if (!td.requiresCompatibilities.includes('FARGATE')) return;
  if (td.networkMode !== 'awsvpc') sink.error(id, 'Properties.NetworkMode', "Fargate only supports network mode 'awsvpc'.");
  if (td.cpu === null) sink.error(id, 'Properties.Cpu', "Fargate requires that 'cpu' be defined at the task level.");
  if (td.memory === null) sink.error(id, 'Properties.Memory', "Fargate requires that 'memory' be defined at the task level.");
  if (td.cpu !== null && td.memory !== null && !isFargateSize(td.cpu, td.memory)) {
    sink.error(id, 'Properties.Memory', `No Fargate configuration exists for given values: ${td.cpu} CPU, ${td.memory} memory. See the Amazon ECS documentation for the valid values. (${fargateSizeHint(td.cpu)}.)`);
  }
}

/** Same sizing as the engine's placement: task-level values, else the containers' (MemoryReservation before Memory). */
function checkFits(service: ServiceSpec, td: TaskDefinitionSpec, spec: ScenarioSpec, sink: IssueSink): void {
  const instances = spec.clusters.find((c) => c.id === service.clusterId)?.instances ?? [];
  if (service.launchType !== 'EC2' || instances.length === 0) return;
  const cpu = td.cpu ?? td.containers.reduce((sum, c) => sum + (c.cpu ?? 0), 0);
  const memory = td.memory ?? td.containers.reduce((sum, c) => sum + (c.memoryReservation ?? c.memory ?? 0), 0);
  if (instances.some((i) => i.cpu >= cpu && i.memory >= memory)) return;
  const largest = [...instances].sort((a, b) => b.memory - a.memory || b.cpu - a.cpu)[0];
  const shown = largest ? ` (the largest, ${largest.instanceType}, registers ${largest.cpu} CPU units and ${largest.memory} MiB)` : '';
  sink.warn(service.id, 'Properties.TaskDefinition', `Task definition ${td.id} needs ${cpu} CPU units and ${memory} MiB, more than any container instance of cluster ${service.clusterId} offers${shown}: its tasks cannot be placed until bigger instances are added.`);
}

function checkService(service: ServiceSpec, spec: ScenarioSpec, forwarded: ReadonlySet<string>, sink: IssueSink): void {
  const id = service.id;
  const td = spec.taskDefinitions.find((t) => t.id === service.taskDefinitionId);
  if (service.desiredCount < 0) sink.error(id, 'Properties.DesiredCount', `DesiredCount ${service.desiredCount} is out of range: it must be 0 or more.`);
  if (service.desiredCount > LIMITS.tasksPerService.value) {
    sink.error(id, 'Properties.DesiredCount', `DesiredCount ${service.desiredCount} is out of range: ${limitText(LIMITS.tasksPerService)}.`);
  }
  const { maximumPercent, minimumHealthyPercent } = service.deployment;
  if (maximumPercent < 100) {
    sink.error(id, 'Properties.DeploymentConfiguration.MaximumPercent', `MaximumPercent ${maximumPercent} is out of range: AWS allows 100 or more for rolling updates (the upper limit of tasks, as a percent of DesiredCount).`);
  }
  range(sink, id, 'Properties.DeploymentConfiguration.MinimumHealthyPercent', 'MinimumHealthyPercent', minimumHealthyPercent, 0, 100);
  range(sink, id, 'Properties.HealthCheckGracePeriodSeconds', 'HealthCheckGracePeriodSeconds', service.healthCheckGracePeriodSeconds, 0, MAX_GRACE_PERIOD, ' seconds');
  if (td && service.launchType === 'FARGATE' && !td.requiresCompatibilities.includes('FARGATE')) {
    sink.error(id, 'Properties.LaunchType', `Task definition does not support launch_type FARGATE. (Add FARGATE to RequiresCompatibilities of ${td.id}.)`);
  }
  if (td) checkFits(service, td, spec, sink);
  if (service.loadBalancers.length > MAX_TARGET_GROUPS_PER_SERVICE) {
    sink.error(id, 'Properties.LoadBalancers', `A service can have at most ${MAX_TARGET_GROUPS_PER_SERVICE} target groups.`);
  }
  service.loadBalancers.forEach((binding, index) => {
    const base = `Properties.LoadBalancers[${index}]`;
    range(sink, id, `${base}.ContainerPort`, 'ContainerPort', binding.containerPort, PORT_RANGE.min, PORT_RANGE.max);
    const group = spec.targetGroups.find((g) => g.id === binding.targetGroupId);
    if (td) {
      const container = td.containers.find((c) => c.name === binding.containerName);
      if (!container) sink.error(id, `${base}.ContainerName`, `The container ${binding.containerName} does not exist in the task definition.`);
      else if (!container.portMappings.some((m) => m.containerPort === binding.containerPort)) {
        sink.error(id, `${base}.ContainerPort`, `The container ${binding.containerName} did not have a container port ${binding.containerPort} defined.`);
      }
    }
    if (!group) return;
    if (!forwarded.has(group.id)) {
      sink.error(id, `${base}.TargetGroupArn`, `The target group with targetGroupArn ${group.arn} does not have an associated load balancer. (No listener or rule forwards to ${group.id}.)`);
    }
    if (td?.networkMode === 'awsvpc' && group.targetType === 'instance') {
      sink.error(id, `${base}.TargetGroupArn`, `The provided target group ${group.arn} has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.`);
    }
    if (td && td.networkMode !== 'awsvpc' && group.targetType === 'ip') {
      sink.error(id, `${base}.TargetGroupArn`, `The provided target group ${group.arn} has target type ip, which is incompatible with the ${td.networkMode} network mode specified in the task definition.`);
    }
  });
}

/**
 * `forwarded`: the target groups some listener or rule forwards to, the ones "associated with a load balancer"
 * (collected while reading, so a rule left out for its own errors still counts).
 */
export function validateEcs(spec: ScenarioSpec, forwarded: ReadonlySet<string>, sink: IssueSink): void {
  for (const td of spec.taskDefinitions) checkTaskDefinition(td, sink);
  for (const service of spec.services) checkService(service, spec, forwarded, sink);
  checkCounts(spec, sink);
}

/** Quotas over several resources: services in a cluster, tasks registered in one target group (one message each). */
function checkCounts(spec: ScenarioSpec, sink: IssueSink): void {
  const perCluster = new Map<string, number>();
  for (const service of spec.services) {
    const count = (perCluster.get(service.clusterId) ?? 0) + 1;
    perCluster.set(service.clusterId, count);
    if (count === LIMITS.servicesPerCluster.value + 1) {
      sink.error(service.id, 'Properties.Cluster', `Cluster ${service.clusterId} has more than ${LIMITS.servicesPerCluster.value} services: ${limitText(LIMITS.servicesPerCluster)}.`);
    }
  }
  const perGroup = new Map<string, number>();
  for (const service of spec.services) {
    service.loadBalancers.forEach((binding, index) => {
      const before = perGroup.get(binding.targetGroupId) ?? 0;
      const after = before + Math.max(0, service.desiredCount);
      perGroup.set(binding.targetGroupId, after);
      const limit = LIMITS.targetsPerTargetGroup;
      if (before <= limit.value && after > limit.value) {
        sink.error(service.id, `Properties.LoadBalancers[${index}].TargetGroupArn`, `Target group ${binding.targetGroupId} would hold ${after} targets at the desired counts of the services that register in it: ${limitText(limit)}.`);
      }
    });
  }
}
