/** Listener rule conditions and actions as CloudFormation spells them (AWS::ElasticLoadBalancingV2::ListenerRule). */
import type { ActionSpec, ConditionSpec } from '../../../engine';

export type TextRow = readonly [name: string, value: string];

const json = (values: readonly unknown[]): string => JSON.stringify(values);

export function conditionRows(condition: ConditionSpec, prefix: string): TextRow[] {
  const rows: TextRow[] = [[`${prefix}.Field`, condition.field]];
  switch (condition.field) {
    case 'path-pattern':
      rows.push([`${prefix}.PathPatternConfig.Values`, json(condition.values)]);
      break;
    case 'host-header':
      rows.push([`${prefix}.HostHeaderConfig.Values`, json(condition.values)]);
      break;
    case 'http-header':
      rows.push([`${prefix}.HttpHeaderConfig.HttpHeaderName`, condition.headerName]);
      rows.push([`${prefix}.HttpHeaderConfig.Values`, json(condition.values)]);
      break;
    case 'http-request-method':
      rows.push([`${prefix}.HttpRequestMethodConfig.Values`, json(condition.values)]);
      break;
    case 'query-string':
      rows.push([
        `${prefix}.QueryStringConfig.Values`,
        json(condition.values.map((pair) => (pair.key === null ? { Value: pair.value } : { Key: pair.key, Value: pair.value }))),
      ]);
      break;
    case 'source-ip':
      rows.push([`${prefix}.SourceIpConfig.Values`, json(condition.values)]);
      break;
  }
  return rows;
}

export function actionRows(action: ActionSpec, prefix: string, tgName: (id: string) => string): TextRow[] {
  const rows: TextRow[] = [[`${prefix}.Type`, action.type]];
  switch (action.type) {
    case 'forward': {
      const [only] = action.targetGroups;
      if (action.targetGroups.length === 1 && only) {
        rows.push([`${prefix}.TargetGroupArn`, tgName(only.targetGroupId)]);
      } else {
        action.targetGroups.forEach((group, index) => {
          rows.push([`${prefix}.ForwardConfig.TargetGroups[${index}].TargetGroupArn`, tgName(group.targetGroupId)]);
          rows.push([`${prefix}.ForwardConfig.TargetGroups[${index}].Weight`, String(group.weight)]);
        });
      }
      break;
    }
    case 'fixed-response':
      rows.push([`${prefix}.FixedResponseConfig.StatusCode`, String(action.statusCode)]);
      if (action.contentType !== null) rows.push([`${prefix}.FixedResponseConfig.ContentType`, action.contentType]);
      if (action.messageBody !== null) rows.push([`${prefix}.FixedResponseConfig.MessageBody`, action.messageBody]);
      break;
    case 'redirect':
      rows.push([`${prefix}.RedirectConfig.Protocol`, action.protocol]);
      rows.push([`${prefix}.RedirectConfig.Host`, action.host]);
      rows.push([`${prefix}.RedirectConfig.Port`, action.port]);
      rows.push([`${prefix}.RedirectConfig.Path`, action.path]);
      rows.push([`${prefix}.RedirectConfig.Query`, action.query]);
      rows.push([`${prefix}.RedirectConfig.StatusCode`, `HTTP_${action.statusCode}`]);
      break;
  }
  return rows;
}

/** Target groups an action may send requests to. */
export function forwardedGroups(actions: readonly ActionSpec[]): string[] {
  return actions.flatMap((action) => (action.type === 'forward' ? action.targetGroups.map((group) => group.targetGroupId) : []));
}
