/** Application Load Balancers, their listeners and listener rules. */
import { loadBalancerDnsName, type ConditionSpec, type ListenerRuleSpec, type ListenerSpec, type LoadBalancerSpec } from '../../engine';
import type { LoadContext } from '../context';
import { LOAD_BALANCER_DEFAULTS } from '../defaults';
import { Node, int, list, str } from '../node';
import { LISTENER, LOAD_BALANCER, isSimulatedType } from '../resourceTypes';
import type { TemplateResource } from '../template';
import { Link, Unresolved } from '../values';
import { readActions } from './actions';
import { LISTENER_PROPERTIES, LISTENER_RULE_PROPERTIES, LOAD_BALANCER_ATTRIBUTE_KEYS, LOAD_BALANCER_PROPERTIES } from './knownProperties';
import { readCondition } from './ruleConditions';
import { enumMessage } from './taskDefinition';

/** Built, or listed as not simulated (the reason was reported as a warning). */
export type Built<T> = T | 'not-simulated' | null;

export function buildLoadBalancer(ctx: LoadContext, resource: TemplateResource): Built<LoadBalancerSpec> {
  const props = Node.properties(ctx, resource);
  props.warnUnknown(LOAD_BALANCER_PROPERTIES);
  const type = str(props, 'Type') ?? 'application';
  if (type !== 'application') {
    props.get('Type')?.warn(`Type ${type}: only Application Load Balancers are simulated; this load balancer and its listeners are listed as not simulated.`);
    return 'not-simulated';
  }
  str(props, 'Name');
  const schemeNode = props.get('Scheme');
  let scheme: LoadBalancerSpec['scheme'] = LOAD_BALANCER_DEFAULTS.scheme;
  const schemeText = schemeNode?.asString();
  if (schemeText === 'internal' || schemeText === 'internet-facing') scheme = schemeText;
  else if (schemeText !== undefined) schemeNode?.error(enumMessage(schemeText, 'scheme', ['internet-facing', 'internal']));
  let idleTimeoutSeconds: number = LOAD_BALANCER_DEFAULTS.idleTimeoutSeconds;
  for (const item of list(props, 'LoadBalancerAttributes') ?? []) {
    const attribute = item.asObject();
    const key = attribute && str(attribute, 'Key');
    if (!attribute || key === undefined) continue;
    if (key === 'idle_timeout.timeout_seconds') idleTimeoutSeconds = int(attribute, 'Value') ?? idleTimeoutSeconds;
    else if (!(LOAD_BALANCER_ATTRIBUTE_KEYS as readonly string[]).includes(key)) {
      attribute.warn(`'${key}' is not a load balancer attribute AWS knows; the simulator ignores it.`);
    }
  }
  const name = ctx.naming.name(resource.logicalId);
  return { id: resource.logicalId, name, scheme, dnsName: loadBalancerDnsName(name, resource.logicalId, scheme), idleTimeoutSeconds };
}

/** Follows a required reference (a listener's load balancer, a rule's listener) to something already built. */
function parent(props: Node, key: string, type: string, label: string, built: ReadonlySet<string>): { id: string } | 'not-simulated' | null {
  const node = props.get(key);
  if (!node) {
    props.error(`needs "${key}"`);
    return null;
  }
  const target = node.asLink([type], 'it is listed as not simulated');
  if (!target) return node.value instanceof Unresolved && !node.value.reported ? 'not-simulated' : null;
  if ('text' in target) {
    node.error(`${label} '${target.text}' not found`);
    return null;
  }
  if (!built.has(target.id)) {
    node.warn(`${target.id} is not simulated, so neither is this resource.`);
    return 'not-simulated';
  }
  return { id: target.id };
}

export function buildListener(
  ctx: LoadContext, resource: TemplateResource, loadBalancers: ReadonlySet<string>, forwarded: Set<string>,
): Built<ListenerSpec> {
  const props = Node.properties(ctx, resource);
  props.warnUnknown(LISTENER_PROPERTIES);
  const loadBalancer = parent(props, 'LoadBalancerArn', LOAD_BALANCER, 'LoadBalancer', loadBalancers);
  const port = int(props, 'Port', 'the listener is not simulated');
  if (!props.get('Port')) props.error('A listener port must be specified');
  const protocolNode = props.get('Protocol');
  const protocol = protocolNode?.asString();
  if (!protocolNode) props.error('A listener protocol must be specified');
  else if (protocol !== undefined && protocol !== 'HTTP' && protocol !== 'HTTPS') {
    protocolNode.error(`Listener protocol '${protocol}' must be one of 'HTTP, HTTPS'`);
  }
  if (protocol === 'HTTPS' && (props.get('Certificates')?.asList() ?? []).length === 0) {
    props.error('A certificate must be specified for HTTPS listeners');
  }
  // A missing DefaultActions reaches elbValidation as an empty list, which it reports.
  const actions = readActions(list(props, 'DefaultActions') ?? [], forwarded);
  if (loadBalancer === 'not-simulated' || actions.unresolved || (port === undefined && props.get('Port')?.value instanceof Unresolved)) {
    return 'not-simulated';
  }
  if (loadBalancer === null || port === undefined || (protocol !== 'HTTP' && protocol !== 'HTTPS')) return null;
  return { id: resource.logicalId, loadBalancerId: loadBalancer.id, port, protocol, defaultActions: actions.actions };
}

export interface PendingRule {
  readonly rule: Omit<ListenerRuleSpec, 'priority'> & { priority: number | null };
  readonly node: Node;
  /** Why the priority is unknown (an import, a custom resource); it is then assigned in declaration order. */
  readonly unresolved: Unresolved | null;
}

/**
 * A priority the simulator cannot know: an import no template exports, or the output of a resource it does not run
 * (Copilot computes priorities in a custom resource). Such rules are numbered in declaration order.
 */
function unresolvedPriority(ctx: LoadContext, node: Node | undefined): Unresolved | null {
  const value = node?.value;
  if (value instanceof Unresolved) return value;
  if (!(value instanceof Link)) return null;
  const type = ctx.resource(value.logicalId)?.type ?? '';
  if (isSimulatedType(type)) return null;
  const what = value.attribute === null ? `Ref ${value.logicalId}` : `Fn::GetAtt ${value.logicalId}.${value.attribute}`;
  return new Unresolved(`${what} is computed by ${type || 'a resource'}, which the simulator does not run`);
}

export function buildListenerRule(
  ctx: LoadContext, resource: TemplateResource, listeners: ReadonlySet<string>, forwarded: Set<string>,
): Built<PendingRule> {
  const errorsBefore = ctx.sink.errors.length;
  const props = Node.properties(ctx, resource);
  props.warnUnknown(LISTENER_RULE_PROPERTIES);
  if (props.get('Transforms')) props.get('Transforms')?.warn('Transforms (host header and URL rewrites) are not simulated yet.');
  const listener = parent(props, 'ListenerArn', LISTENER, 'Listener', listeners);
  const priorityNode = props.get('Priority');
  if (!priorityNode) props.error('needs "Priority" (1-50000)');
  const unresolved = unresolvedPriority(ctx, priorityNode);
  const priority = unresolved ? null : (priorityNode?.asInteger() ?? null);
  // Missing Conditions or Actions reach elbValidation as empty lists, which it reports.
  const conditions = (list(props, 'Conditions') ?? []).map(readCondition).filter((c): c is ConditionSpec => c !== null);
  const actions = readActions(list(props, 'Actions') ?? [], forwarded);
  if (listener === 'not-simulated' || actions.unresolved) return 'not-simulated';
  // A rule with a reported error stays out of the spec, so later checks do not report its items under shifted indices.
  if (listener === null || !priorityNode || ctx.sink.errors.length > errorsBefore) return null;
  if (priority === null && unresolved === null) return null;
  return { rule: { id: resource.logicalId, listenerId: listener.id, priority, conditions, actions: actions.actions }, node: priorityNode, unresolved };
}

/** Rules whose priority could not be resolved get the next free number on their listener, in declaration order. */
export function assignPriorities(pending: readonly PendingRule[]): ListenerRuleSpec[] {
  const highest = new Map<string, number>();
  for (const { rule } of pending) {
    if (rule.priority !== null) highest.set(rule.listenerId, Math.max(highest.get(rule.listenerId) ?? 0, rule.priority));
  }
  return pending.map(({ rule, node, unresolved }) => {
    if (rule.priority !== null) return { ...rule, priority: rule.priority };
    const next = (highest.get(rule.listenerId) ?? 0) + 1;
    highest.set(rule.listenerId, next);
    if (unresolved && !unresolved.reported) node.warn(`${unresolved.reason}; the simulator gives the rule priority ${next} (declaration order).`);
    return { ...rule, priority: next };
  });
}
