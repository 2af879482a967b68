/** Listener and rule actions: forward (one group or weighted groups), fixed-response and redirect. */
import type { ActionSpec, WeightedTargetGroup } from '../../engine';
import { FORWARD_WEIGHT_DEFAULT, REDIRECT_DEFAULTS } from '../defaults';
import { Node, bool, int, list, obj, str } from '../node';
import { TARGET_GROUP } from '../resourceTypes';
import { Unresolved } from '../values';
import { ACTION_PROPERTIES } from './knownProperties';
import { enumMessage } from './taskDefinition';

export interface ReadActions {
  readonly actions: ActionSpec[];
  /** A target group came from an unresolved import: the owner cannot be simulated. */
  readonly unresolved: boolean;
}

const ACTION_TYPES = ['forward', 'redirect', 'fixed-response', 'authenticate-oidc', 'authenticate-cognito', 'jwt-validation'];

class ActionReader {
  unresolved = false;

  constructor(private readonly forwarded: Set<string>) {}

  targetGroup(node: Node | undefined): string | null {
    if (!node) return null;
    const target = node.asLink([TARGET_GROUP], 'the resource is not simulated');
    if (!target) {
      if (node.value instanceof Unresolved) this.unresolved = true;
      return null;
    }
    if ('text' in target) {
      node.error(`Target group '${target.text}' not found`);
      return null;
    }
    this.forwarded.add(target.id);
    return target.id;
  }

  forward(action: Node): ActionSpec | null {
    const config = obj(action, 'ForwardConfig');
    const single = this.targetGroup(action.get('TargetGroupArn'));
    if (!config) {
      if (!action.get('TargetGroupArn')) action.error('A forward action needs TargetGroupArn or ForwardConfig.TargetGroups');
      return single === null ? null : { type: 'forward', targetGroups: [{ targetGroupId: single, weight: FORWARD_WEIGHT_DEFAULT }] };
    }
    const stickiness = obj(config, 'TargetGroupStickinessConfig');
    let stickinessSeconds: number | undefined;
    if (stickiness && bool(stickiness, 'Enabled') === true) {
      const seconds = int(stickiness, 'DurationSeconds');
      if (seconds === undefined) stickiness.error('needs "DurationSeconds" (1-604800) when Enabled is true');
      else if (seconds < 1 || seconds > 604_800) stickiness.get('DurationSeconds')?.error(`DurationSeconds ${seconds} must be between 1 and 604800`);
      else stickinessSeconds = seconds;
    }
    const groups: WeightedTargetGroup[] = [];
    for (const tuple of list(config, 'TargetGroups') ?? []) {
      const entry = tuple.asObject();
      const id = entry ? this.targetGroup(entry.get('TargetGroupArn')) : null;
      if (entry && !entry.get('TargetGroupArn')) entry.error('needs "TargetGroupArn"');
      if (entry && id !== null) groups.push({ targetGroupId: id, weight: int(entry, 'Weight') ?? FORWARD_WEIGHT_DEFAULT });
    }
    if (single !== null && !(groups.length === 1 && groups[0]?.targetGroupId === single)) {
      action.error('TargetGroupArn and ForwardConfig must name the same single target group when both are given');
    }
    return stickinessSeconds === undefined ? { type: 'forward', targetGroups: groups } : { type: 'forward', targetGroups: groups, stickinessSeconds };
  }

  fixedResponse(action: Node): ActionSpec | null {
    const config = obj(action, 'FixedResponseConfig');
    if (!config) {
      action.error('A fixed-response action needs FixedResponseConfig');
      return null;
    }
    const statusCode = int(config, 'StatusCode');
    if (statusCode === undefined) {
      if (!config.get('StatusCode')) config.error('needs "StatusCode"');
      return null;
    }
    return { type: 'fixed-response', statusCode, contentType: str(config, 'ContentType') ?? null, messageBody: str(config, 'MessageBody') ?? null };
  }

  redirect(action: Node): ActionSpec | null {
    const config = obj(action, 'RedirectConfig');
    if (!config) {
      action.error('A redirect action needs RedirectConfig');
      return null;
    }
    const code = str(config, 'StatusCode');
    if (code !== 'HTTP_301' && code !== 'HTTP_302') {
      if (code === undefined) config.error('needs "StatusCode" (HTTP_301 or HTTP_302)');
      else config.get('StatusCode')?.error(enumMessage(code, 'statusCode', ['HTTP_301', 'HTTP_302']));
      return null;
    }
    return {
      type: 'redirect',
      protocol: str(config, 'Protocol') ?? REDIRECT_DEFAULTS.protocol,
      host: str(config, 'Host') ?? REDIRECT_DEFAULTS.host,
      port: str(config, 'Port') ?? REDIRECT_DEFAULTS.port,
      path: str(config, 'Path') ?? REDIRECT_DEFAULTS.path,
      query: str(config, 'Query') ?? REDIRECT_DEFAULTS.query,
      statusCode: code === 'HTTP_301' ? 301 : 302,
    };
  }

  read(node: Node): { order: number | undefined; action: ActionSpec | null } {
    const action = node.asObject();
    if (!action) return { order: undefined, action: null };
    action.warnUnknown(ACTION_PROPERTIES);
    const type = str(action, 'Type');
    const order = int(action, 'Order');
    switch (type) {
      case 'forward':
        return { order, action: this.forward(action) };
      case 'fixed-response':
        return { order, action: this.fixedResponse(action) };
      case 'redirect':
        return { order, action: this.redirect(action) };
      case undefined:
        if (!action.get('Type')) action.error('needs "Type"');
        return { order, action: null };
      default:
        if (ACTION_TYPES.includes(type)) {
          action.warn(`${type} actions are not simulated yet: the next action runs as if the request were authenticated.`);
        } else {
          action.get('Type')?.error(enumMessage(type, 'actions.member.type', ACTION_TYPES));
        }
        return { order, action: null };
    }
  }
}

/**
 * Actions in the order AWS performs them: by `Order`, then as written. Every target group an action names goes into
 * `forwarded`, even when its rule cannot be built, so ECS's "associated load balancer" check sees it.
 */
export function readActions(nodes: readonly Node[], forwarded: Set<string>): ReadActions {
  const reader = new ActionReader(forwarded);
  const read = nodes.map((node, index) => ({ index, ...reader.read(node) }));
  read.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.index - b.index);
  const actions = read.map((r) => r.action).filter((a): a is ActionSpec => a !== null);
  return { actions, unresolved: reader.unresolved };
}
