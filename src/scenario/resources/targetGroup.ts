/** AWS::ElasticLoadBalancingV2::TargetGroup to TargetGroupSpec, every health-check field with AWS's default. */
import { targetGroupArn, type Algorithm, type TargetGroupSpec, type TargetType } from '../../engine';
import type { LoadContext } from '../context';
import { TARGET_GROUP_DEFAULTS } from '../defaults';
import { Node, bool, int, list, obj, str } from '../node';
import type { TemplateResource } from '../template';
import { TARGET_GROUP_ATTRIBUTE_KEYS, TARGET_GROUP_PROPERTIES } from './knownProperties';
import { enumMessage } from './taskDefinition';

const ALGORITHMS: readonly Algorithm[] = ['round_robin', 'least_outstanding_requests', 'weighted_random'];

function httpProtocol(node: Node | undefined, field: string, fallback: 'HTTP' | 'HTTPS'): 'HTTP' | 'HTTPS' {
  const value = node?.asString();
  if (!node || value === undefined) return fallback;
  if (value === 'HTTP' || value === 'HTTPS') return value;
  node.error(`${enumMessage(value, field, ['HTTP', 'HTTPS'])} (Application Load Balancer target groups speak HTTP or HTTPS)`);
  return fallback;
}

function targetTypeOf(props: Node): TargetType {
  const node = props.get('TargetType');
  const value = node?.asString();
  if (!node || value === undefined) return TARGET_GROUP_DEFAULTS.targetType;
  if (value === 'ip' || value === 'instance') return value;
  if (value === 'lambda' || value === 'alb') {
    node.warn(`TargetType ${value} is not simulated: no task registers in this group, so requests forwarded to it get 503.`);
    return 'ip';
  }
  node.error(enumMessage(value, 'targetType', ['instance', 'ip', 'lambda', 'alb']));
  return TARGET_GROUP_DEFAULTS.targetType;
}

function healthCheckPort(props: Node): 'traffic-port' | number {
  const node = props.get('HealthCheckPort');
  const value = node?.asString();
  if (!node || value === undefined || value === 'traffic-port') return TARGET_GROUP_DEFAULTS.healthCheckPort;
  const port = node.asInteger();
  return port ?? TARGET_GROUP_DEFAULTS.healthCheckPort;
}

interface Attributes {
  deregistrationDelaySeconds: number;
  algorithm: Algorithm;
  slowStartSeconds: number;
  stickinessEnabled: boolean;
  stickinessType: 'lb_cookie' | 'app_cookie';
  lbCookieSeconds: number;
  appCookieSeconds: number;
  appCookieName: string | null;
}

/** stickiness.*.duration_seconds: 1 second to 7 days, default 1 day (fact 104). */
const STICKINESS_DEFAULT_SECONDS = 86_400;
const STICKINESS_MAX_SECONDS = 604_800;

function stickinessSeconds(node: Node, key: string): number | undefined {
  const seconds = node.asInteger();
  if (seconds === undefined) return undefined;
  if (seconds < 1 || seconds > STICKINESS_MAX_SECONDS) {
    node.error(`'${key}' value '${seconds}' must be between '1-${STICKINESS_MAX_SECONDS}' inclusive`);
    return undefined;
  }
  return seconds;
}

/** Attribute values are strings in AWS's API; templates write them as numbers and booleans too. */
function readAttributes(props: Node): Attributes {
  const result: Attributes = {
    deregistrationDelaySeconds: TARGET_GROUP_DEFAULTS.deregistrationDelaySeconds, algorithm: TARGET_GROUP_DEFAULTS.algorithm, slowStartSeconds: 0,
    stickinessEnabled: false, stickinessType: 'lb_cookie', lbCookieSeconds: STICKINESS_DEFAULT_SECONDS, appCookieSeconds: STICKINESS_DEFAULT_SECONDS, appCookieName: null,
  };
  let slowStartNode: Node | null = null;
  for (const item of list(props, 'TargetGroupAttributes') ?? []) {
    const attribute = item.asObject();
    const key = attribute && str(attribute, 'Key');
    const valueNode = attribute?.get('Value');
    if (!attribute || key === undefined || !valueNode) continue;
    attribute.warnUnknown(['Key', 'Value']);
    const value = valueNode.asString();
    if (value === undefined) continue;
    if (!(TARGET_GROUP_ATTRIBUTE_KEYS as readonly string[]).includes(key)) {
      attribute.warn(`'${key}' is not a target group attribute AWS knows; the simulator ignores it.`);
    } else if (key === 'deregistration_delay.timeout_seconds') {
      result.deregistrationDelaySeconds = valueNode.asInteger() ?? result.deregistrationDelaySeconds;
    } else if (key === 'load_balancing.algorithm.type') {
      if (!(ALGORITHMS as readonly string[]).includes(value)) valueNode.error(enumMessage(value, key, ALGORITHMS));
      else if (value === 'weighted_random') valueNode.warn('weighted_random is not simulated yet: the simulator routes round robin.');
      else result.algorithm = value as Algorithm;
    } else if (key === 'stickiness.enabled') {
      result.stickinessEnabled = valueNode.asBoolean() === true;
    } else if (key === 'stickiness.type') {
      if (value === 'lb_cookie' || value === 'app_cookie') result.stickinessType = value;
      else valueNode.error(enumMessage(value, key, ['lb_cookie', 'app_cookie']));
    } else if (key === 'stickiness.lb_cookie.duration_seconds') {
      result.lbCookieSeconds = stickinessSeconds(valueNode, key) ?? result.lbCookieSeconds;
    } else if (key === 'stickiness.app_cookie.duration_seconds') {
      result.appCookieSeconds = stickinessSeconds(valueNode, key) ?? result.appCookieSeconds;
    } else if (key === 'stickiness.app_cookie.cookie_name') {
      result.appCookieName = value;
    } else if (key === 'slow_start.duration_seconds') {
      const seconds = valueNode.asInteger();
      // AWS: 30 to 900 seconds, or 0 to turn it off (fact 104).
      if (seconds !== undefined && seconds !== 0 && (seconds < 30 || seconds > 900)) valueNode.error(`'${key}' value '${seconds}' must be 0 or between '30-900' inclusive`);
      else if (seconds !== undefined) {
        result.slowStartSeconds = seconds;
        slowStartNode = valueNode;
      }
    } else if (key === 'load_balancing.algorithm.anomaly_mitigation' && value === 'on') {
      valueNode.warn('Anomaly mitigation is not simulated yet.');
    }
  }
  if (slowStartNode !== null && result.slowStartSeconds > 0 && result.algorithm === 'least_outstanding_requests') {
    slowStartNode.error('Slow start mode is not supported with the least_outstanding_requests algorithm (fact 122); turn one of them off.');
  }
  if (result.stickinessEnabled && result.stickinessType === 'app_cookie' && result.appCookieName === null) {
    props.error("'stickiness.app_cookie.cookie_name' must be specified when 'stickiness.type' is 'app_cookie'");
  }
  return result;
}

export function buildTargetGroup(ctx: LoadContext, resource: TemplateResource): TargetGroupSpec {
  const props = Node.properties(ctx, resource);
  props.warnUnknown(TARGET_GROUP_PROPERTIES);
  str(props, 'Name');
  const name = ctx.naming.name(resource.logicalId);
  const targetType = targetTypeOf(props);
  if (!props.get('Port')) props.error('A target group port must be specified for target type instance or ip');
  if (!props.get('Protocol')) props.error('A target group protocol must be specified for target type instance or ip');
  if (props.get('HealthCheckEnabled') && bool(props, 'HealthCheckEnabled') === false) {
    props.get('HealthCheckEnabled')?.error(`Health checks cannot be disabled for target groups with target type '${targetType}'`);
  }
  if (props.get('Targets')) props.get('Targets')?.warn('Targets listed in the template are not simulated: ECS registers the service tasks itself.');
  const protocol = httpProtocol(props.get('Protocol'), 'protocol', 'HTTP');
  const matcher = obj(props, 'Matcher');
  matcher?.warnUnknown(['HttpCode', 'GrpcCode']);
  const attributes = readAttributes(props);
  return {
    id: resource.logicalId,
    name,
    arn: targetGroupArn(name, resource.logicalId),
    port: int(props, 'Port') ?? 80,
    protocol,
    targetType,
    healthCheck: {
      protocol: httpProtocol(props.get('HealthCheckProtocol'), 'healthCheckProtocol', TARGET_GROUP_DEFAULTS.healthCheckProtocol),
      path: str(props, 'HealthCheckPath') ?? TARGET_GROUP_DEFAULTS.healthCheckPath,
      port: healthCheckPort(props),
      intervalSeconds: int(props, 'HealthCheckIntervalSeconds') ?? TARGET_GROUP_DEFAULTS.healthCheckIntervalSeconds,
      timeoutSeconds: int(props, 'HealthCheckTimeoutSeconds') ?? TARGET_GROUP_DEFAULTS.healthCheckTimeoutSeconds,
      healthyThreshold: int(props, 'HealthyThresholdCount') ?? TARGET_GROUP_DEFAULTS.healthyThreshold,
      unhealthyThreshold: int(props, 'UnhealthyThresholdCount') ?? TARGET_GROUP_DEFAULTS.unhealthyThreshold,
      matcher: (matcher && str(matcher, 'HttpCode')) ?? TARGET_GROUP_DEFAULTS.matcher,
    },
    deregistrationDelaySeconds: attributes.deregistrationDelaySeconds,
    algorithm: attributes.algorithm,
    ...(attributes.slowStartSeconds > 0 ? { slowStartSeconds: attributes.slowStartSeconds } : {}),
    ...(attributes.stickinessEnabled ? {
      stickiness: {
        type: attributes.stickinessType,
        durationSeconds: attributes.stickinessType === 'app_cookie' ? attributes.appCookieSeconds : attributes.lbCookieSeconds,
        ...(attributes.stickinessType === 'app_cookie' && attributes.appCookieName !== null ? { cookieName: attributes.appCookieName } : {}),
      },
    } : {}),
  };
}
