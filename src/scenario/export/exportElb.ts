/**
 * Load balancing resources of an exported world: load balancers, target groups, listeners and rules, with
 * CloudFormation's property names (HealthCheck*, Matcher.HttpCode, TargetGroupAttributes, conditions in the `Field` +
 * `*Config` form, ForwardConfig for weighted forwards) and Ref links between them.
 */
import { loadBalancerDnsName, targetGroupArn, type ActionSpec, type ConditionSpec, type ListenerRuleSpec, type ListenerSpec, type LoadBalancerSpec, type TargetGroupSpec } from '../../engine';
import { FORWARD_WEIGHT_DEFAULT, LOAD_BALANCER_DEFAULTS, REDIRECT_DEFAULTS } from '../defaults';
import { LISTENER, LISTENER_RULE, LOAD_BALANCER, TARGET_GROUP } from '../resourceTypes';
import { props, ref, unlessDefault, type CfnObject } from './cfn';
import type { ExportContext } from './context';

/** The loader's name for a resource without a Name property (naming.ts). */
const TARGET_GROUP_NAME_LIMIT = 32;

export function loadBalancerResource(lb: LoadBalancerSpec, ctx: ExportContext): CfnObject {
  return {
    Type: LOAD_BALANCER,
    Properties: props({
      Name: unlessDefault(lb.name, lb.id.toLowerCase()),
      Scheme: lb.scheme,
      Type: 'application',
      Subnets: ref(ctx.parameter('subnets')),
      LoadBalancerAttributes: lb.idleTimeoutSeconds === LOAD_BALANCER_DEFAULTS.idleTimeoutSeconds
        ? undefined
        : [{ Key: 'idle_timeout.timeout_seconds', Value: String(lb.idleTimeoutSeconds) }],
    }),
  };
}

export function targetGroupResource(tg: TargetGroupSpec, ctx: ExportContext): CfnObject {
  const hc = tg.healthCheck;
  return {
    Type: TARGET_GROUP,
    Properties: props({
      Name: unlessDefault(tg.name, tg.id.slice(0, TARGET_GROUP_NAME_LIMIT)),
      Port: tg.port,
      Protocol: tg.protocol,
      TargetType: tg.targetType,
      VpcId: ref(ctx.parameter('vpc')),
      // Every health-check field is written: they are what the scenario is about, and cfn-lint wants an explicit
      // traffic-port for dynamic host ports.
      HealthCheckProtocol: hc.protocol,
      HealthCheckPath: hc.path,
      HealthCheckPort: String(hc.port),
      HealthCheckIntervalSeconds: hc.intervalSeconds,
      HealthCheckTimeoutSeconds: hc.timeoutSeconds,
      HealthyThresholdCount: hc.healthyThreshold,
      UnhealthyThresholdCount: hc.unhealthyThreshold,
      Matcher: { HttpCode: hc.matcher },
      TargetGroupAttributes: [
        { Key: 'deregistration_delay.timeout_seconds', Value: String(tg.deregistrationDelaySeconds) },
        { Key: 'load_balancing.algorithm.type', Value: tg.algorithm },
        ...(tg.slowStartSeconds ? [{ Key: 'slow_start.duration_seconds', Value: String(tg.slowStartSeconds) }] : []),
        ...(tg.stickiness ? [
          { Key: 'stickiness.enabled', Value: 'true' },
          { Key: 'stickiness.type', Value: tg.stickiness.type },
          { Key: `stickiness.${tg.stickiness.type}.duration_seconds`, Value: String(tg.stickiness.durationSeconds) },
          ...(tg.stickiness.cookieName ? [{ Key: 'stickiness.app_cookie.cookie_name', Value: tg.stickiness.cookieName }] : []),
        ] : []),
      ],
    }),
  };
}

function forwardAction(action: Extract<ActionSpec, { type: 'forward' }>): CfnObject {
  const { targetGroups, stickinessSeconds } = action;
  const only = targetGroups.length === 1 ? targetGroups[0] : undefined;
  if (only && only.weight === FORWARD_WEIGHT_DEFAULT && stickinessSeconds === undefined) return { Type: 'forward', TargetGroupArn: ref(only.targetGroupId) };
  const groups = targetGroups.map((g) => ({ TargetGroupArn: ref(g.targetGroupId), Weight: g.weight }));
  return {
    Type: 'forward',
    ForwardConfig: stickinessSeconds === undefined
      ? { TargetGroups: groups }
      : { TargetGroups: groups, TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: stickinessSeconds } },
  };
}

export function action(a: ActionSpec): CfnObject {
  switch (a.type) {
    case 'forward':
      return forwardAction(a);
    case 'fixed-response':
      return {
        Type: 'fixed-response',
        FixedResponseConfig: props({ StatusCode: String(a.statusCode), ContentType: a.contentType ?? undefined, MessageBody: a.messageBody ?? undefined }),
      };
    case 'redirect':
      return {
        Type: 'redirect',
        RedirectConfig: props({
          Protocol: unlessDefault(a.protocol, REDIRECT_DEFAULTS.protocol),
          Host: unlessDefault(a.host, REDIRECT_DEFAULTS.host),
          Port: unlessDefault(a.port, REDIRECT_DEFAULTS.port),
          Path: unlessDefault(a.path, REDIRECT_DEFAULTS.path),
          Query: unlessDefault(a.query, REDIRECT_DEFAULTS.query),
          StatusCode: `HTTP_${a.statusCode}`,
        }),
      };
  }
}

export function condition(c: ConditionSpec): CfnObject {
  switch (c.field) {
    case 'path-pattern':
      return { Field: c.field, PathPatternConfig: { Values: c.values } };
    case 'host-header':
      return { Field: c.field, HostHeaderConfig: { Values: c.values } };
    case 'http-header':
      return { Field: c.field, HttpHeaderConfig: { HttpHeaderName: c.headerName, Values: c.values } };
    case 'http-request-method':
      return { Field: c.field, HttpRequestMethodConfig: { Values: c.values } };
    case 'query-string':
      return { Field: c.field, QueryStringConfig: { Values: c.values.map((v) => props({ Key: v.key ?? undefined, Value: v.value })) } };
    case 'source-ip':
      return { Field: c.field, SourceIpConfig: { Values: c.values } };
  }
}

export function listenerResource(listener: ListenerSpec, ctx: ExportContext): CfnObject {
  return {
    Type: LISTENER,
    Properties: props({
      LoadBalancerArn: ref(listener.loadBalancerId),
      Port: listener.port,
      Protocol: listener.protocol,
      // TLS is not simulated, but HTTPS listeners need a certificate; the parameter's default is a placeholder.
      Certificates: listener.protocol === 'HTTPS' ? [{ CertificateArn: ref(ctx.parameter('certificate')) }] : undefined,
      DefaultActions: listener.defaultActions.map(action),
    }),
  };
}

export function ruleResource(rule: ListenerRuleSpec): CfnObject {
  return {
    Type: LISTENER_RULE,
    Properties: {
      ListenerArn: ref(rule.listenerId),
      Priority: rule.priority,
      Conditions: rule.conditions.map(condition),
      Actions: rule.actions.map(action),
    },
  };
}

/** What the loader derives from names and logical IDs; a world whose ARN or DNS name differs cannot be written. */
export function derivedNameProblems(spec: ExportContext['spec']): string[] {
  const problems: string[] = [];
  for (const tg of spec.targetGroups) {
    if (tg.arn !== targetGroupArn(tg.name, tg.id)) problems.push(`Target group ${tg.id}: its ARN ${tg.arn} is not the one the loader derives from its name and logical ID.`);
  }
  for (const lb of spec.loadBalancers) {
    if (lb.dnsName !== loadBalancerDnsName(lb.name, lb.id, lb.scheme)) problems.push(`Load balancer ${lb.id}: its DNS name ${lb.dnsName} is not the one the loader derives.`);
  }
  return problems;
}
