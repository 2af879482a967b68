/**
 * Names and ARNs of the template's resources, as AWS would print them (MC19). A reference stays a link in the spec;
 * these strings appear only where a string is needed: inside Fn::Sub and Fn::Join, and in outputs.
 */
import { ACCOUNT_ID, REGION, clusterArn, listenerArn, loadBalancerArn, loadBalancerDnsName, serviceArn, stableHash64, targetGroupArn, taskDefinitionArn } from '../engine';
import { TASK_DEFINITION_DEFAULTS } from './defaults';
import type { Evaluator, Where } from './intrinsics';
import { parseTaskRevision } from './metadata';
import {
  CLUSTER, LISTENER, LISTENER_RULE, LOAD_BALANCER, SERVICE, SIMULATED_ATTRIBUTES, TARGET_GROUP, TASK_DEFINITION,
  isSimulatedType,
} from './resourceTypes';
import type { TemplateResource } from './template';
import { Link, NoValue, RawObject, Unresolved, hasOwn, isRecord, type Value } from './values';

/** Canonical hosted zone of Application Load Balancers in us-east-1. */
const ALB_HOSTED_ZONE_ID = 'Z35SXDOTRQ7X7K';
const TARGET_GROUP_NAME_LIMIT = 32;

export interface NamingEnv {
  resource(logicalId: string): TemplateResource | undefined;
  readonly stackName: string;
  evaluator(): Evaluator;
}

const NAME_PROPERTY: Readonly<Record<string, string>> = {
  [CLUSTER]: 'ClusterName',
  [TASK_DEFINITION]: 'Family',
  [SERVICE]: 'ServiceName',
  [LOAD_BALANCER]: 'Name',
  [TARGET_GROUP]: 'Name',
};

export class Naming {
  private readonly names = new Map<string, string>();
  private readonly computing = new Set<string>();

  constructor(private readonly env: NamingEnv) {}

  /** The resource's name: its name property, else the logical ID (lowercased for load balancers, MC19). */
  name(logicalId: string): string {
    const cached = this.names.get(logicalId);
    if (cached !== undefined) return cached;
    const resource = this.env.resource(logicalId);
    const fallback = this.fallbackName(logicalId, resource?.type ?? '');
    const property = resource ? NAME_PROPERTY[resource.type] : undefined;
    // A name that depends on itself (a reference cycle, reported elsewhere) falls back to the logical ID.
    if (!resource || !property || this.computing.has(logicalId)) return fallback;
    this.computing.add(logicalId);
    const text = this.propertyText(resource, property);
    this.computing.delete(logicalId);
    const name = text === null || text === '' ? fallback : text;
    this.names.set(logicalId, name);
    return name;
  }

  /** What `Ref` returns for the resource, as a string. */
  refText(logicalId: string): string | Unresolved {
    const resource = this.env.resource(logicalId);
    if (!resource) return new Unresolved(`${logicalId} does not exist`, true);
    switch (resource.type) {
      case CLUSTER:
        return this.name(logicalId);
      case SERVICE:
        return this.serviceArn(resource);
      case TASK_DEFINITION:
      case LOAD_BALANCER:
      case LISTENER:
      case LISTENER_RULE:
      case TARGET_GROUP:
        return this.arn(resource);
      default:
        return this.placeholderId(resource);
    }
  }

  /** What `Fn::GetAtt` returns, as a string or a list of strings. */
  attributeText(logicalId: string, attribute: string): string | readonly string[] | Unresolved {
    const resource = this.env.resource(logicalId);
    if (!resource) return new Unresolved(`${logicalId} does not exist`, true);
    if (!isSimulatedType(resource.type)) {
      if (attribute === 'Arn' || attribute.endsWith('Arn')) return this.placeholderArn(resource);
      return `${this.placeholderId(resource)}.${attribute}`;
    }
    if (!(SIMULATED_ATTRIBUTES[resource.type] ?? []).includes(attribute)) return new Unresolved(`${resource.type} has no attribute ${attribute}`, true);
    const name = this.name(logicalId);
    const hash = stableHash64(logicalId);
    switch (attribute) {
      case 'Name':
      case 'LoadBalancerName':
      case 'TargetGroupName':
        return name;
      case 'DNSName':
        return loadBalancerDnsName(name, logicalId, this.scheme(resource));
      case 'CanonicalHostedZoneID':
        return ALB_HOSTED_ZONE_ID;
      case 'LoadBalancerFullName':
        return `app/${name}/${hash}`;
      case 'TargetGroupFullName':
        return `targetgroup/${name}/${hash}`;
      case 'IsDefault':
        return 'false';
      case 'SecurityGroups':
        return [`sg-${hash.slice(0, 17)}`];
      case 'LoadBalancerArns':
        return new Unresolved(`${logicalId}.LoadBalancerArns is not simulated`);
      default:
        return resource.type === SERVICE ? this.serviceArn(resource) : this.arn(resource);
    }
  }

  linkText(link: Link): string | readonly string[] | Unresolved {
    return link.attribute === null ? this.refText(link.logicalId) : this.attributeText(link.logicalId, link.attribute);
  }

  private fallbackName(logicalId: string, type: string): string {
    if (type === LOAD_BALANCER) return logicalId.toLowerCase();
    if (type === TARGET_GROUP) return logicalId.slice(0, TARGET_GROUP_NAME_LIMIT);
    return logicalId;
  }

  private rawProperty(resource: TemplateResource, key: string): Value | NoValue | undefined {
    if (!isRecord(resource.properties) || !hasOwn(resource.properties, key)) return undefined;
    return this.env.evaluator().shallow(resource.properties[key], { resource: resource.logicalId, path: `Properties.${key}` });
  }

  private propertyText(resource: TemplateResource, key: string): string | null {
    const value = this.rawProperty(resource, key);
    if (value === undefined || value instanceof NoValue || value instanceof RawObject || Array.isArray(value)) return null;
    const where: Where = { resource: resource.logicalId, path: `Properties.${key}` };
    const text = this.env.evaluator().text(value, where);
    return text instanceof Unresolved ? null : text;
  }

  private linkedId(resource: TemplateResource, key: string): string | null {
    const value = this.rawProperty(resource, key);
    return value instanceof Link ? value.logicalId : null;
  }

  private scheme(resource: TemplateResource): 'internet-facing' | 'internal' {
    return this.propertyText(resource, 'Scheme') === 'internal' ? 'internal' : 'internet-facing';
  }

  private serviceArn(resource: TemplateResource): string {
    const clusterId = this.linkedId(resource, 'Cluster');
    const clusterText = clusterId ? this.name(clusterId) : (this.propertyText(resource, 'Cluster') ?? 'default');
    // A cluster given as an ARN names the cluster after its last "/".
    const clusterName = clusterText.slice(clusterText.lastIndexOf('/') + 1);
    return serviceArn(clusterName, this.name(resource.logicalId));
  }

  private arn(resource: TemplateResource): string {
    const id = resource.logicalId;
    switch (resource.type) {
      case TASK_DEFINITION:
        return taskDefinitionArn(this.name(id), parseTaskRevision(resource.metadata) ?? TASK_DEFINITION_DEFAULTS.revision);
      case LOAD_BALANCER:
        return loadBalancerArn(this.name(id), id);
      case TARGET_GROUP:
        return targetGroupArn(this.name(id), id);
      case CLUSTER:
        return clusterArn(this.name(id));
      case LISTENER: {
        const lbId = this.linkedId(resource, 'LoadBalancerArn') ?? id;
        return listenerArn(this.name(lbId), lbId, id);
      }
      case LISTENER_RULE: {
        const listenerId = this.linkedId(resource, 'ListenerArn');
        const listener = listenerId ? this.env.resource(listenerId) : undefined;
        const lbId = (listener && this.linkedId(listener, 'LoadBalancerArn')) ?? id;
        return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:listener-rule/app/${this.name(lbId)}/${stableHash64(lbId)}/${stableHash64(listenerId ?? id)}/${stableHash64(id)}`;
      }
      default:
        return this.placeholderArn(resource);
    }
  }

  /** Physical IDs of resources the simulator does not run: CloudFormation's `<stack>-<logical ID>-<suffix>` shape. */
  private placeholderId(resource: TemplateResource): string {
    const suffix = stableHash64(resource.logicalId).slice(0, 12).toUpperCase();
    return `${this.env.stackName}-${resource.logicalId}-${suffix}`;
  }

  private placeholderArn(resource: TemplateResource): string {
    const service = (resource.type.split('::')[1] ?? 'resource').toLowerCase();
    const kind = (resource.type.split('::')[2] ?? 'resource').toLowerCase();
    return `arn:aws:${service}:${REGION}:${ACCOUNT_ID}:${kind}/${this.placeholderId(resource)}`;
  }
}
