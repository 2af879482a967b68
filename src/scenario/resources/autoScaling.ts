/**
 * AWS::AutoScaling::AutoScalingGroup as EC2 capacity: how many instances (DesiredCapacity, else MinSize), of which
 * type (from its launch template or launch configuration) and for which cluster (the one its user data names).
 */
import { LIMITS, limitText } from '../../engine';
import type { LoadContext } from '../context';
import { DEFAULT_INSTANCE_TYPE, isKnownInstanceType, unknownInstanceTypeMessage } from '../instanceTypes';
import { intrinsicName } from '../intrinsics';
import { Node, int, list, obj, str } from '../node';
import { CLUSTER, LAUNCH_CONFIGURATION, LAUNCH_TEMPLATE } from '../resourceTypes';
import { parseSub } from '../sub';
import type { TemplateResource } from '../template';
import { Link, hasOwn, isRecord, ownValue } from '../values';
import { AUTO_SCALING_GROUP_PROPERTIES } from './knownProperties';

export interface GroupCapacity {
  readonly id: string;
  readonly count: number;
  /** A type the instance table knows (an unknown one was reported and counts as the default). */
  readonly instanceType: string;
  /** Clusters of the template the user data references, in the order it names them. */
  readonly clusterIds: readonly string[];
  /** Names the user data writes after ECS_CLUSTER=, for clusters it names by a literal or a parameter. */
  readonly clusterNames: readonly string[];
}

interface LaunchSource {
  readonly instanceType: string;
  readonly userData: unknown;
  /** The resource holding the user data, and where, for problems found while evaluating it. */
  readonly owner: { readonly id: string; readonly path: string } | null;
}

const FALLBACK = `its instances count as ${DEFAULT_INSTANCE_TYPE}`;
const NO_SOURCE: LaunchSource = { instanceType: DEFAULT_INSTANCE_TYPE, userData: undefined, owner: null };

function knownType(node: Node | undefined, type: string | undefined, owner: Node): string {
  if (type === undefined) {
    if (!node) owner.warn(`No InstanceType: ${FALLBACK}.`);
    return DEFAULT_INSTANCE_TYPE;
  }
  if (isKnownInstanceType(type)) return type;
  node?.warn(unknownInstanceTypeMessage(type));
  return DEFAULT_INSTANCE_TYPE;
}

/** Follows Fn::If the way CloudFormation would, so user data behind a condition is still found. */
function rawAt(raw: unknown, ctx: LoadContext, keys: readonly string[]): unknown {
  let value = raw;
  for (const key of ['', ...keys]) {
    if (key !== '') value = isRecord(value) ? ownValue(value, key) : undefined;
    while (isRecord(value) && intrinsicName(value) === 'Fn::If') {
      const arg = value['Fn::If'];
      if (!Array.isArray(arg) || typeof arg[0] !== 'string') return undefined;
      const chosen = ctx.conditions.value(arg[0]);
      value = chosen === undefined ? undefined : arg[chosen ? 1 : 2];
    }
  }
  return value;
}

class GroupReader {
  constructor(private readonly ctx: LoadContext) {}

  /** A launch template or configuration of this template, by Ref/GetAtt or by the name it is given. */
  private target(node: Node, type: string, nameProperty: string, label: string): TemplateResource | undefined {
    const value = node.value;
    if (value instanceof Link) {
      const resource = this.ctx.resource(value.logicalId);
      if (resource && resource.type !== type) node.error(`expected a reference to ${type}, but ${value.logicalId} is ${resource.type}`);
      return resource?.type === type ? resource : undefined;
    }
    const text = node.asString(FALLBACK);
    if (text === undefined) return undefined;
    const found = this.ctx.template.resources.find((r) => r.type === type && this.ctx.kept.has(r.logicalId)
      && str(Node.properties(this.ctx, r), nameProperty) === text);
    if (!found) node.warn(`${label} '${text}' is not in this template; ${FALLBACK}.`);
    return found;
  }

  private launchTemplate(spec: Node): LaunchSource {
    const idNode = spec.get('LaunchTemplateId');
    const nameNode = spec.get('LaunchTemplateName');
    if ((idNode === undefined) === (nameNode === undefined)) {
      spec.error('Valid requests must contain either launchTemplateId or LaunchTemplateName');
      return NO_SOURCE;
    }
    const resource = this.target((idNode ?? nameNode) as Node, LAUNCH_TEMPLATE, 'LaunchTemplateName', 'Launch template');
    if (!resource) return NO_SOURCE;
    const props = Node.properties(this.ctx, resource);
    const data = obj(props, 'LaunchTemplateData');
    const typeNode = data?.get('InstanceType');
    return {
      instanceType: knownType(typeNode, typeNode?.asString(FALLBACK), data ?? props),
      userData: rawAt(resource.properties, this.ctx, ['LaunchTemplateData', 'UserData']),
      owner: { id: resource.logicalId, path: 'Properties.LaunchTemplateData.UserData' },
    };
  }

  private launchConfiguration(node: Node): LaunchSource {
    const resource = this.target(node, LAUNCH_CONFIGURATION, 'LaunchConfigurationName', 'Launch configuration');
    if (!resource) return NO_SOURCE;
    const props = Node.properties(this.ctx, resource);
    const typeNode = props.get('InstanceType');
    if (!typeNode) props.error('needs "InstanceType"');
    return {
      instanceType: typeNode ? knownType(typeNode, typeNode.asString(FALLBACK), props) : DEFAULT_INSTANCE_TYPE,
      userData: rawAt(resource.properties, this.ctx, ['UserData']),
      owner: { id: resource.logicalId, path: 'Properties.UserData' },
    };
  }

  private mixedInstances(policy: Node): LaunchSource {
    const template = obj(policy, 'LaunchTemplate');
    const spec = template && obj(template, 'LaunchTemplateSpecification');
    if (!spec) {
      policy.error('needs "LaunchTemplate.LaunchTemplateSpecification"');
      return NO_SOURCE;
    }
    const source = this.launchTemplate(spec);
    const override = (template && list(template, 'Overrides'))?.map((o) => o.asObject()?.get('InstanceType')).find((n) => n !== undefined);
    if (!override) return source;
    const instanceType = knownType(override, override.asString(FALLBACK), policy);
    policy.warn(`MixedInstancesPolicy is not simulated yet: every instance of the group is ${instanceType}, the first override.`);
    return { ...source, instanceType };
  }

  source(props: Node): LaunchSource {
    const template = obj(props, 'LaunchTemplate');
    if (template) return this.launchTemplate(template);
    const mixed = obj(props, 'MixedInstancesPolicy');
    if (mixed) return this.mixedInstances(mixed);
    const configuration = props.get('LaunchConfigurationName');
    if (configuration) return this.launchConfiguration(configuration);
    if (props.get('InstanceId')) {
      props.get('InstanceId')?.warn(`Instances copied from an existing instance (InstanceId) are not simulated; ${FALLBACK}.`);
      return NO_SOURCE;
    }
    props.error('Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.');
    return NO_SOURCE;
  }

  count(props: Node): number {
    const desired = int(props, 'DesiredCapacity', 'the simulator uses MinSize');
    const min = int(props, 'MinSize', 'the simulator starts no instance');
    const max = int(props, 'MaxSize');
    if (!props.get('MinSize')) props.error('needs "MinSize"');
    if (!props.get('MaxSize')) props.error('needs "MaxSize"');
    if (desired !== undefined && min !== undefined && max !== undefined && (desired < min || desired > max)) {
      props.get('DesiredCapacity')?.error(`Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`);
    }
    const count = Math.max(0, desired ?? min ?? 0);
    const limit = LIMITS.containerInstancesPerCluster;
    if (count > limit.value) {
      // Checked before a single instance is made: a million would take seconds to build and never fit a cluster.
      (props.get(desired !== undefined ? 'DesiredCapacity' : 'MinSize') ?? props).error(`${count} instances is too many: ${limitText(limit)}.`);
      return 0;
    }
    return count;
  }

  /** Clusters the user data references anywhere: Ref, Fn::GetAtt, a Fn::Sub variable, the branch Fn::If takes. */
  clusterIds(raw: unknown): string[] {
    const found: string[] = [];
    const note = (name: unknown): void => {
      if (typeof name !== 'string' || found.includes(name) || !this.ctx.kept.has(name)) return;
      if (this.ctx.resource(name)?.type === CLUSTER) found.push(name);
    };
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!isRecord(value)) return;
      const fn = intrinsicName(value);
      if (fn === null) return Object.values(value).forEach(visit);
      const arg = value[fn];
      if (fn === 'Ref') return note(arg);
      if (fn === 'Fn::GetAtt') return note(typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined);
      if (fn === 'Fn::Sub') {
        const text: unknown = Array.isArray(arg) ? arg[0] : arg;
        const variables = Array.isArray(arg) && isRecord(arg[1]) ? arg[1] : {};
        if (typeof text === 'string') {
          for (const part of parseSub(text)) if (part.kind === 'variable' && !hasOwn(variables, part.full)) note(part.name);
        }
        return visit(variables);
      }
      if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') {
        const chosen = this.ctx.conditions.value(arg[0]);
        if (chosen !== false) visit(arg[1]);
        if (chosen !== true) visit(arg[2]);
        return;
      }
      visit(arg);
    };
    visit(raw);
    return found;
  }

  /** ECS_CLUSTER=<name> in the user data as it evaluates; silent when it cannot be evaluated. */
  clusterNames(raw: unknown, owner: LaunchSource['owner']): string[] {
    if (raw === undefined || owner === null) return [];
    const value = this.ctx.evaluator.shallow(raw, { resource: owner.id, path: owner.path });
    if (typeof value !== 'string') return [];
    return [...value.matchAll(/ECS_CLUSTER\s*=\s*["']?([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? '').filter((name) => name !== '');
  }
}

export function readAutoScalingGroup(ctx: LoadContext, resource: TemplateResource): GroupCapacity {
  const props = Node.properties(ctx, resource);
  props.warnUnknown(AUTO_SCALING_GROUP_PROPERTIES);
  const reader = new GroupReader(ctx);
  const count = reader.count(props);
  const source = reader.source(props);
  if (props.get('TargetGroupARNs')) {
    props.get('TargetGroupARNs')?.warn('Target groups of the Auto Scaling group itself are not simulated: ECS registers the tasks in their service target groups.');
  }
  return {
    id: resource.logicalId,
    count,
    instanceType: source.instanceType,
    clusterIds: reader.clusterIds(source.userData),
    clusterNames: reader.clusterNames(source.userData, source.owner),
  };
}
