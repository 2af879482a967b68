/**
 * AWS::ECS::Cluster, the implicit clusters services name without defining them, and the EC2 container instances
 * registered in each at t = 0: from Auto Scaling groups, from the cluster's `Metadata.EcsOrchestra`, or the
 * simulator's default for a cluster that runs EC2 services with no capacity of its own.
 */
import { LIMITS, limitText, AVAILABILITY_ZONES, instanceId, type ClusterSpec, type ContainerInstanceSpec } from '../../engine';
import type { LoadContext } from '../context';
import { CLUSTER_CAPACITY_DEFAULTS } from '../defaults';
import { DEFAULT_INSTANCE_TYPE, isKnownInstanceType, registeredResources, unknownInstanceTypeMessage } from '../instanceTypes';
import { parseClusterSettings, type ClusterSettings, type ContainerInstanceEntry } from '../metadata';
import { Node, str } from '../node';
import type { TemplateResource } from '../template';
import type { GroupCapacity } from './autoScaling';
import { CLUSTER_PROPERTIES } from './knownProperties';

/** Stable across runs: the cluster, where the instance came from and its 1-based number there. */
export function containerInstanceId(clusterId: string, source: string, n: number): string {
  return instanceId(`${clusterId}/${source}/${n}`);
}

/** `count` instances of one type, round-robin over the Availability Zones from the first (subnets are not simulated). */
export function containerInstances(clusterId: string, source: string, count: number, instanceType: string): ContainerInstanceSpec[] {
  const { cpu, memory } = registeredResources(instanceType);
  return Array.from({ length: count }, (_, index) => ({
    id: containerInstanceId(clusterId, source, index + 1),
    instanceType,
    availabilityZone: AVAILABILITY_ZONES[index % AVAILABILITY_ZONES.length] ?? AVAILABILITY_ZONES[0],
    cpu,
    memory,
    source,
  }));
}

interface Entry {
  readonly id: string;
  readonly name: string;
  /** Metadata capacity, when the cluster's Metadata.EcsOrchestra gives a count, a type or a list of instances. */
  readonly metadata: readonly ContainerInstanceSpec[] | null;
  readonly groups: GroupCapacity[];
  runsEc2: boolean;
  /** The stack the cluster was read in (a bundle has several); its warnings go there. */
  readonly ctx: LoadContext;
  /** Named by a service but defined by no template. */
  readonly implicit: boolean;
}

/** An instance written out in full keeps exactly what is written; omitted fields default as the count form does. */
function listedInstance(entry: ContainerInstanceEntry, index: number, clusterType: string): ContainerInstanceSpec {
  const instanceType = entry.instanceType ?? clusterType;
  const registered = registeredResources(instanceType);
  return {
    id: entry.id,
    instanceType,
    availabilityZone: entry.availabilityZone ?? AVAILABILITY_ZONES[index % AVAILABILITY_ZONES.length] ?? AVAILABILITY_ZONES[0],
    cpu: entry.cpu ?? registered.cpu,
    memory: entry.memory ?? registered.memory,
    source: entry.source ?? 'Metadata',
  };
}

function metadataCapacity(clusterId: string, settings: ClusterSettings | null): Entry['metadata'] {
  if (!settings || (settings.instances === undefined && settings.instanceType === undefined)) return null;
  const written = settings.instanceType ?? CLUSTER_CAPACITY_DEFAULTS.instanceType;
  const instanceType = isKnownInstanceType(written) ? written : DEFAULT_INSTANCE_TYPE;
  const instances = settings.instances ?? CLUSTER_CAPACITY_DEFAULTS.instances;
  if (typeof instances !== 'number') return instances.map((entry, index) => listedInstance(entry, index, instanceType));
  return containerInstances(clusterId, 'Metadata', instances, instanceType);
}

export class Clusters {
  private readonly entries: Entry[] = [];

  /** `taken` says whether an ID is a resource's; a bundle passes one that knows every stack. */
  constructor(
    private readonly ctx: LoadContext,
    private readonly taken: (id: string) => boolean = (id) => ctx.resource(id) !== undefined,
  ) {}

  /** A cluster of the template `ctx` reads (the constructor's, or another stack's in a bundle). */
  add(resource: TemplateResource, ctx: LoadContext = this.ctx): void {
    const id = resource.logicalId;
    const props = Node.properties(ctx, resource);
    props.warnUnknown(CLUSTER_PROPERTIES);
    str(props, 'ClusterName');
    const settings = parseClusterSettings(resource.metadata, id, ctx.sink);
    const type = settings?.instanceType;
    if (type !== undefined && !isKnownInstanceType(type)) ctx.sink.warn(id, 'Metadata.EcsOrchestra.instanceType', unknownInstanceTypeMessage(type));
    if (Array.isArray(settings?.instances)) {
      settings.instances.forEach((entry, index) => {
        if (entry.instanceType !== undefined && !isKnownInstanceType(entry.instanceType)) {
          ctx.sink.warn(id, `Metadata.EcsOrchestra.instances[${index}].instanceType`, unknownInstanceTypeMessage(entry.instanceType));
        }
      });
    }
    this.entries.push({ id, name: ctx.naming.name(id), metadata: metadataCapacity(id, settings), groups: [], runsEc2: false, ctx, implicit: false });
  }

  has(id: string): boolean {
    return this.entries.some((cluster) => cluster.id === id);
  }

  /**
   * A cluster the template only names (a parameter, an import, the account's "default"), shared by every service
   * that names it. Its ID is its name unless a logical ID already uses that.
   */
  implicit(name: string): string {
    const existing = this.entries.find((cluster) => cluster.name === name && cluster.implicit);
    if (existing) return existing.id;
    let id = name;
    for (let n = 2; this.taken(id) || this.has(id); n++) id = `${name}-${n}`;
    this.entries.push({ id, name, metadata: null, groups: [], runsEc2: false, ctx: this.ctx, implicit: true });
    return id;
  }

  /**
   * Gives a group's instances to the cluster its user data names (a reference, or ECS_CLUSTER=<name>); with one
   * cluster in the scenario no tie is needed. Null when the group joins none (reported).
   */
  join(group: GroupCapacity, ctx: LoadContext = this.ctx): string | null {
    const named = group.clusterNames.map((name) => this.entries.find((c) => c.name === name)?.id);
    const candidates = [...new Set([...group.clusterIds, ...named])].filter((id): id is string => id !== undefined);
    const only = this.entries.length === 1 ? this.entries[0] : undefined;
    const target = this.entries.find((c) => c.id === candidates[0]) ?? only;
    const sink = ctx.sink;
    if (candidates.length > 1) sink.warn(group.id, '', `The user data names several clusters (${candidates.join(', ')}); the instances join ${candidates[0] ?? ''}, the first.`);
    if (!target) {
      const count = this.entries.length === 0 ? 'no cluster' : `${this.entries.length} clusters`;
      sink.warn(group.id, '', `The user data of its launch template or configuration names no cluster of this template (as in ECS_CLUSTER=\${Cluster}), and with ${count} the simulator cannot tell which one the instances join; the group is listed as not simulated.`);
      return null;
    }
    if (candidates.length === 0 && group.clusterNames.length > 0) {
      sink.warn(group.id, '', `The user data names cluster "${group.clusterNames[0] ?? ''}", which is not in this template; the instances join ${target.id}, the template's only cluster.`);
    }
    target.groups.push(group);
    return target.id;
  }

  /** The cluster has EC2 capacity of its own (an Auto Scaling group or Metadata), so an omitted LaunchType means EC2. */
  hasCapacity(id: string): boolean {
    const entry = this.entries.find((c) => c.id === id);
    return entry !== undefined && (entry.groups.length > 0 || entry.metadata !== null);
  }

  /** An EC2 service runs here: without capacity of its own, the cluster gets the default instances. */
  runsEc2(id: string): void {
    const entry = this.entries.find((c) => c.id === id);
    if (entry) entry.runsEc2 = true;
  }

  /** Each cluster's name by logical ID (without building it). */
  names(): Map<string, string> {
    return new Map(this.entries.map((entry) => [entry.id, entry.name]));
  }

  /** The clusters with their instances; call once every group has joined and every service is settled. */
  build(): ClusterSpec[] {
    return this.entries.map((entry) => {
      const limit = LIMITS.containerInstancesPerCluster;
      const total = entry.groups.reduce((sum, g) => sum + g.count, entry.metadata?.length ?? 0);
      if (total > limit.value) {
        const from = [...entry.groups.map((g) => `${g.count} from ${g.id}`), ...(entry.metadata ? [`${entry.metadata.length} from Metadata.EcsOrchestra`] : [])].join(', ');
        entry.ctx.sink.error(entry.id, '', `The cluster would register ${total} container instances (${from}): ${limitText(limit)}.`);
        return { id: entry.id, name: entry.name, instances: [] };
      }
      const instances = entry.groups.flatMap((g) => containerInstances(entry.id, g.id, g.count, g.instanceType));
      if (entry.metadata) {
        if (entry.groups.length > 0) {
          const groups = entry.groups.map((g) => g.id).join(', ');
          entry.ctx.sink.warn(entry.id, 'Metadata.EcsOrchestra', `The cluster also gets instances from ${groups}; the ones Metadata.EcsOrchestra gives are added to them.`);
        }
        for (const instance of entry.metadata) instances.push(instance);
      } else if (entry.groups.length === 0 && entry.runsEc2) {
        instances.push(...containerInstances(entry.id, 'default', CLUSTER_CAPACITY_DEFAULTS.instances, CLUSTER_CAPACITY_DEFAULTS.instanceType));
      }
      return { id: entry.id, name: entry.name, instances };
    });
  }
}
