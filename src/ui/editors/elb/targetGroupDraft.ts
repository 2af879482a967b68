/**
 * Target group forms (health check, deregistration delay, algorithm, a new group) to createTargetGroup /
 * modifyTargetGroup / deleteTargetGroup commands. A new group gets AWS's defaults and an ARN made the loader's way.
 */
import { targetGroupArn, type Algorithm, type CreateTargetGroupCommand, type DeleteTargetGroupCommand, type ModifyTargetGroupCommand, type ScenarioSpec, type TargetGroupHealthCheckSpec, type TargetGroupSpec, type TargetType } from '../../../engine';
import { TARGET_GROUP_DEFAULTS } from '../../../scenario';
import { DraftErrors, type DraftResult } from '../form/draft';
import { logicalIdFrom, uniqueLogicalId } from '../form/logicalIds';

type HttpProtocol = 'HTTP' | 'HTTPS';

export interface HealthCheckDraft {
  readonly protocol: HttpProtocol;
  readonly path: string;
  /** 'traffic-port' or a port typed. */
  readonly portMode: 'traffic-port' | 'port';
  readonly port: string;
  readonly interval: string;
  readonly timeout: string;
  readonly healthyThreshold: string;
  readonly unhealthyThreshold: string;
  readonly matcher: string;
}

/** The algorithms the simulator routes with; weighted_random loads with a warning and is not offered. */
export const ALGORITHMS: readonly Algorithm[] = ['round_robin', 'least_outstanding_requests'];

export function healthCheckToDraft(hc: TargetGroupHealthCheckSpec): HealthCheckDraft {
  return {
    protocol: hc.protocol,
    path: hc.path,
    portMode: hc.port === 'traffic-port' ? 'traffic-port' : 'port',
    port: hc.port === 'traffic-port' ? '' : String(hc.port),
    interval: String(hc.intervalSeconds),
    timeout: String(hc.timeoutSeconds),
    healthyThreshold: String(hc.healthyThreshold),
    unhealthyThreshold: String(hc.unhealthyThreshold),
    matcher: hc.matcher,
  };
}

export function healthCheckFromDraft(draft: HealthCheckDraft): DraftResult<TargetGroupHealthCheckSpec> {
  const issues = new DraftErrors();
  const whole = (text: string, property: string, message: string): number => issues.number(text, `Properties.${property}`, message);
  const port = draft.portMode === 'traffic-port'
    ? 'traffic-port'
    : whole(draft.port, 'HealthCheckPort', `Health check port '${draft.port}' must be 'traffic-port' or a port from 1 to 65535`);
  return issues.result({
    protocol: draft.protocol,
    path: draft.path,
    port,
    intervalSeconds: whole(draft.interval, 'HealthCheckIntervalSeconds', `Health check interval '${draft.interval}' must be between 5 and 300 seconds`),
    timeoutSeconds: whole(draft.timeout, 'HealthCheckTimeoutSeconds', `Health check timeout '${draft.timeout}' must be between 2 and 120 seconds`),
    healthyThreshold: whole(draft.healthyThreshold, 'HealthyThresholdCount', `Healthy threshold count '${draft.healthyThreshold}' must be between 2 and 10`),
    unhealthyThreshold: whole(draft.unhealthyThreshold, 'UnhealthyThresholdCount', `Unhealthy threshold count '${draft.unhealthyThreshold}' must be between 2 and 10`),
    matcher: draft.matcher.trim(),
  });
}

export function modifyHealthCheckCommand(tg: TargetGroupSpec, draft: HealthCheckDraft): DraftResult<ModifyTargetGroupCommand> {
  const read = healthCheckFromDraft(draft);
  return read.ok ? { ok: true, value: { do: 'modifyTargetGroup', targetGroup: tg.id, healthCheck: read.value } } : read;
}

export function deregistrationDelayCommand(tg: TargetGroupSpec, text: string): DraftResult<ModifyTargetGroupCommand> {
  const issues = new DraftErrors();
  const seconds = issues.number(text, 'Properties.TargetGroupAttributes', `'deregistration_delay.timeout_seconds' value '${text}' must be between '0-3600' inclusive`);
  return issues.result({ do: 'modifyTargetGroup', targetGroup: tg.id, deregistrationDelaySeconds: seconds });
}

export function algorithmCommand(tg: TargetGroupSpec, algorithm: Algorithm): ModifyTargetGroupCommand {
  return { do: 'modifyTargetGroup', targetGroup: tg.id, algorithm };
}

export function deleteTargetGroupCommand(id: string): DeleteTargetGroupCommand {
  return { do: 'deleteTargetGroup', targetGroup: id };
}

export interface NewTargetGroupDraft {
  readonly name: string;
  readonly port: string;
  readonly protocol: HttpProtocol;
  readonly targetType: TargetType;
}

/** Fargate and awsvpc tasks register by IP (fact 34): a world that has them gets `ip` by default. */
export function newTargetGroupDraft(spec: ScenarioSpec): NewTargetGroupDraft {
  const awsvpc = spec.taskDefinitions.some((td) => td.networkMode === 'awsvpc');
  const names = new Set(spec.targetGroups.map((tg) => tg.name));
  let name = 'new-tg';
  for (let n = 2; names.has(name); n++) name = `new-tg-${n}`;
  return { name, port: '80', protocol: 'HTTP', targetType: awsvpc ? 'ip' : 'instance' };
}

/** The group's ID from its name, without a trailing "-tg" that would repeat itself: "orders-tg" -> OrdersTargetGroup. */
export function targetGroupIdFor(spec: ScenarioSpec, name: string): string {
  const stem = name.replace(/-?tg$/i, '');
  return uniqueLogicalId(spec, logicalIdFrom(stem, 'TargetGroup'));
}

export function createTargetGroupCommand(spec: ScenarioSpec, draft: NewTargetGroupDraft): DraftResult<CreateTargetGroupCommand> {
  const id = targetGroupIdFor(spec, draft.name);
  const issues = new DraftErrors();
  const port = issues.number(draft.port, 'Properties.Port', `Target group port '${draft.port}' must be between 1 and 65535`);
  const d = TARGET_GROUP_DEFAULTS;
  return issues.result({
    do: 'createTargetGroup',
    targetGroup: {
      id,
      name: draft.name,
      arn: targetGroupArn(draft.name, id),
      port,
      protocol: draft.protocol,
      targetType: draft.targetType,
      healthCheck: {
        protocol: d.healthCheckProtocol,
        path: d.healthCheckPath,
        port: d.healthCheckPort,
        intervalSeconds: d.healthCheckIntervalSeconds,
        timeoutSeconds: d.healthCheckTimeoutSeconds,
        healthyThreshold: d.healthyThreshold,
        unhealthyThreshold: d.unhealthyThreshold,
        matcher: d.matcher,
      },
      deregistrationDelaySeconds: d.deregistrationDelaySeconds,
      algorithm: d.algorithm,
    },
  });
}
