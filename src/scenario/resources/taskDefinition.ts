/** AWS::ECS::TaskDefinition to TaskDefinitionSpec, with ECS's defaults; the app's behaviour comes from its Metadata. */
import type { ContainerHealthCheckSpec, ContainerSpec, NetworkMode, PortMappingSpec, TaskDefinitionSpec } from '../../engine';
import type { LoadContext } from '../context';
import { CONTAINER_HEALTH_CHECK_DEFAULTS, TASK_DEFINITION_DEFAULTS } from '../defaults';
import { parseTaskRevision, parseTaskSettings } from '../metadata';
import { Node, bool, int, list, obj, str } from '../node';
import type { TemplateResource } from '../template';
import {
  CONTAINER_HEALTH_CHECK_PROPERTIES, CONTAINER_PROPERTIES, PORT_MAPPING_PROPERTIES, TASK_DEFINITION_PROPERTIES,
} from './knownProperties';

const NETWORK_MODES = ['awsvpc', 'bridge', 'host', 'none'] as const;

/** AWS's enum wording, e.g. for networkMode. */
export function enumMessage(value: string, field: string, allowed: readonly string[]): string {
  return `Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`;
}

function readNetworkMode(props: Node): NetworkMode {
  const node = props.get('NetworkMode');
  const mode = node?.asString('the simulator uses bridge');
  if (!node || mode === undefined) return TASK_DEFINITION_DEFAULTS.networkMode;
  if (!(NETWORK_MODES as readonly string[]).includes(mode)) {
    node.error(enumMessage(mode, 'networkMode', NETWORK_MODES));
    return TASK_DEFINITION_DEFAULTS.networkMode;
  }
  if (mode === 'none') {
    node.warn('NetworkMode none is not simulated yet: the tasks run with bridge networking.');
    return 'bridge';
  }
  return mode as NetworkMode;
}

/** Task CPU and memory: units and MiB as numbers or strings, or CloudFormation's "1 vCPU" and "2 GB" forms. */
function readTaskSize(props: Node, key: 'Cpu' | 'Memory'): number | null {
  const node = props.get(key);
  if (!node) return null;
  const text = node.asString();
  if (text === undefined) return null;
  const unit = key === 'Cpu' ? 'vcpu' : 'gb';
  const match = new RegExp(`^\\s*(\\d+(?:\\.\\d+)?)\\s*(${unit})?\\s*$`, 'i').exec(text);
  const amount = match ? Number(match[1]) * (match[2] ? 1024 : 1) : NaN;
  if (!Number.isInteger(amount)) {
    node.error(`expected type: Integer (${key === 'Cpu' ? 'CPU units or "1 vCPU"' : 'MiB or "2 GB"'}), found: String "${text}"`);
    return null;
  }
  return amount;
}

/**
 * Host ports as ECS fills them in: bridge HostPort 0 or absent takes an ephemeral port (null); host mode uses the
 * container port when HostPort is absent; awsvpc keeps what is written (it must match, checked in validation).
 */
function hostPortOf(written: number | undefined, containerPort: number, networkMode: NetworkMode): number | null {
  if (networkMode === 'bridge') return written === undefined || written === 0 ? null : written;
  if (networkMode === 'host') return written ?? containerPort;
  return written ?? null;
}

function readPortMapping(node: Node, networkMode: NetworkMode): PortMappingSpec | null {
  const mapping = node.asObject();
  if (!mapping) return null;
  mapping.warnUnknown(PORT_MAPPING_PROPERTIES);
  const containerPort = int(mapping, 'ContainerPort');
  if (containerPort === undefined) {
    if (mapping.get('ContainerPortRange')) mapping.warn('ContainerPortRange is not simulated yet; this port mapping is ignored.');
    else if (!mapping.get('ContainerPort')) mapping.error('needs "ContainerPort"');
    return null;
  }
  const protocolNode = mapping.get('Protocol');
  const protocol = protocolNode?.asString()?.toLowerCase() ?? TASK_DEFINITION_DEFAULTS.portProtocol;
  if (protocol !== 'tcp' && protocol !== 'udp') {
    protocolNode?.error(enumMessage(protocol, 'protocol', ['tcp', 'udp']));
    return null;
  }
  return { containerPort, hostPort: hostPortOf(int(mapping, 'HostPort'), containerPort, networkMode), protocol };
}

function readHealthCheck(node: Node): ContainerHealthCheckSpec | null {
  node.warnUnknown(CONTAINER_HEALTH_CHECK_PROPERTIES);
  const command = node.get('Command')?.asStringList();
  if (!command || command.length === 0) node.error('needs "Command", e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]');
  return {
    command: command ?? [],
    intervalSeconds: int(node, 'Interval') ?? CONTAINER_HEALTH_CHECK_DEFAULTS.intervalSeconds,
    timeoutSeconds: int(node, 'Timeout') ?? CONTAINER_HEALTH_CHECK_DEFAULTS.timeoutSeconds,
    retries: int(node, 'Retries') ?? CONTAINER_HEALTH_CHECK_DEFAULTS.retries,
    startPeriodSeconds: int(node, 'StartPeriod') ?? CONTAINER_HEALTH_CHECK_DEFAULTS.startPeriodSeconds,
  };
}

function readContainer(node: Node, networkMode: NetworkMode): ContainerSpec | null {
  const container = node.asObject();
  if (!container) return null;
  container.warnUnknown(CONTAINER_PROPERTIES);
  const name = str(container, 'Name');
  if (!name) container.error('Container.name should not be null or empty.');
  const image = str(container, 'Image');
  if (!image) container.error('Container.image should not be null or empty.');
  const healthCheck = obj(container, 'HealthCheck');
  return {
    name: name ?? '',
    image: image ?? '',
    essential: bool(container, 'Essential') ?? TASK_DEFINITION_DEFAULTS.essential,
    portMappings: (list(container, 'PortMappings') ?? []).map((m) => readPortMapping(m, networkMode)).filter((m): m is PortMappingSpec => m !== null),
    healthCheck: healthCheck ? readHealthCheck(healthCheck) : null,
    cpu: int(container, 'Cpu') ?? null,
    memory: int(container, 'Memory') ?? null,
    memoryReservation: int(container, 'MemoryReservation') ?? null,
    stopTimeoutSeconds: int(container, 'StopTimeout') ?? TASK_DEFINITION_DEFAULTS.stopTimeoutSeconds,
  };
}

export function buildTaskDefinition(ctx: LoadContext, resource: TemplateResource): TaskDefinitionSpec {
  const props = Node.properties(ctx, resource);
  props.warnUnknown(TASK_DEFINITION_PROPERTIES);
  str(props, 'Family');
  const networkMode = readNetworkMode(props);
  const containers = (list(props, 'ContainerDefinitions') ?? []).map((c) => readContainer(c, networkMode)).filter((c): c is ContainerSpec => c !== null);
  return {
    id: resource.logicalId,
    family: ctx.naming.name(resource.logicalId),
    revision: parseTaskRevision(resource.metadata) ?? TASK_DEFINITION_DEFAULTS.revision,
    networkMode,
    requiresCompatibilities: props.get('RequiresCompatibilities')?.asStringList() ?? [],
    cpu: readTaskSize(props, 'Cpu'),
    memory: readTaskSize(props, 'Memory'),
    containers,
    app: parseTaskSettings(resource.metadata, resource.logicalId, ctx.sink),
  };
}
