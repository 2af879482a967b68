/**
 * Rule conditions in both CloudFormation forms, the legacy `Field` + `Values` and the `*Config` objects, read into
 * one ConditionSpec, so the two forms are indistinguishable to the engine and to validation.
 */
import type { ConditionField, ConditionSpec } from '../../engine';
import { Node, list, obj, str } from '../node';
import { CONDITION_PROPERTIES } from './knownProperties';

const CONFIG_KEYS: Readonly<Record<ConditionField, string>> = {
  'path-pattern': 'PathPatternConfig',
  'host-header': 'HostHeaderConfig',
  'http-header': 'HttpHeaderConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'query-string': 'QueryStringConfig',
  'source-ip': 'SourceIpConfig',
};
const FIELDS = Object.keys(CONFIG_KEYS) as ConditionField[];

function isField(value: string): value is ConditionField {
  return (FIELDS as string[]).includes(value);
}

function fieldOf(condition: Node): ConditionField | null {
  const field = str(condition, 'Field');
  const configs = FIELDS.filter((f) => condition.get(CONFIG_KEYS[f]) !== undefined);
  if (field === undefined) {
    if (configs.length === 1 && configs[0]) return configs[0];
    condition.error(`needs "Field" (one of ${FIELDS.join(', ')})`);
    return null;
  }
  if (!isField(field)) {
    condition.get('Field')?.error(`Condition field '${field}' must be one of '[${FIELDS.join(',')}]'`);
    return null;
  }
  for (const other of configs.filter((f) => f !== field)) {
    condition.get(CONFIG_KEYS[other])?.error(`The '${CONFIG_KEYS[other]}' field is not compatible with '${field}'`);
  }
  return field;
}

/** `Values` of the legacy form: host-header and path-pattern only, one value each (fact 92). */
function legacyValues(condition: Node, field: ConditionField): string[] | null {
  const node = condition.get('Values');
  if (!node) return null;
  if (field !== 'host-header' && field !== 'path-pattern') {
    node.error(`The 'Values' field is not compatible with '${field}'`);
    return null;
  }
  if (condition.get(CONFIG_KEYS[field])) {
    node.error(`Specify either 'Values' or '${CONFIG_KEYS[field]}', not both`);
    return null;
  }
  const values = node.asStringList() ?? [];
  if (values.length > 1) {
    node.error(`The '${field}' field contains too many values; the limit is '1' (use ${CONFIG_KEYS[field]} for several)`);
  }
  return values;
}

function queryValues(config: Node): { key: string | null; value: string }[] | null {
  const pairs: { key: string | null; value: string }[] = [];
  let complete = true;
  for (const item of list(config, 'Values') ?? []) {
    const pair = item.asObject();
    if (!pair) continue;
    pair.warnUnknown(['Key', 'Value']);
    const value = str(pair, 'Value');
    if (value === undefined) {
      if (!pair.get('Value')) pair.error("A 'Value' must be specified in 'QueryStringKeyValuePair'");
      complete = false;
      continue;
    }
    pairs.push({ key: str(pair, 'Key') ?? null, value });
  }
  return complete ? pairs : null;
}

export function readCondition(node: Node): ConditionSpec | null {
  const condition = node.asObject();
  if (!condition) return null;
  condition.warnUnknown(CONDITION_PROPERTIES);
  if (condition.get('RegexValues')) condition.get('RegexValues')?.warn('RegexValues are not simulated yet; this condition uses its other values only.');
  const field = fieldOf(condition);
  if (field === null) return null;
  const legacy = legacyValues(condition, field);
  const config = obj(condition, CONFIG_KEYS[field]);
  if (legacy === null && condition.get('Values')) return null;
  if (legacy === null && !config) {
    condition.error(`A '${field}' condition needs ${field === 'host-header' || field === 'path-pattern' ? `Values or ${CONFIG_KEYS[field]}` : CONFIG_KEYS[field]}`);
    return null;
  }
  config?.warnUnknown(field === 'http-header' ? ['HttpHeaderName', 'Values'] : ['Values']);
  const values = (): string[] => legacy ?? config?.get('Values')?.asStringList() ?? [];
  switch (field) {
    case 'http-header': {
      const headerName = config ? str(config, 'HttpHeaderName') : undefined;
      if (config && headerName === undefined && !config.get('HttpHeaderName')) config.error('needs "HttpHeaderName"');
      return { field, headerName: headerName ?? '', values: values() };
    }
    case 'query-string': {
      const pairs = config ? queryValues(config) : [];
      return pairs === null ? null : { field, values: pairs };
    }
    default:
      return { field, values: values() };
  }
}
