/**
 * A listener rule condition as a form holds it (text as typed, one row per value) and back to the spec's shape.
 * Every field keeps its own rows, so switching the field type and back loses nothing.
 */
import { LIMITS, type ConditionField, type ConditionSpec } from '../../../engine';

export interface QueryPairDraft {
  /** Empty means no Key: the value may match any key's value. */
  readonly key: string;
  readonly value: string;
}

export interface ConditionDraft {
  readonly field: ConditionField;
  /** http-header only. */
  readonly headerName: string;
  /** Every field but query-string. */
  readonly values: readonly string[];
  /** query-string only. */
  readonly pairs: readonly QueryPairDraft[];
}

/** In the order the console lists them. */
export const CONDITION_FIELDS: readonly ConditionField[] = [
  'path-pattern', 'host-header', 'http-header', 'http-request-method', 'query-string', 'source-ip',
];

/** At most 5 condition values per rule, across all its conditions (fact 82, MC10). */
export const MAX_VALUES_PER_RULE = LIMITS.conditionValuesPerRule.value;
export const MAX_WILDCARDS_PER_RULE = LIMITS.conditionWildcardsPerRule.value;

/** The field's name in words and the CloudFormation block that holds its values. */
export const CONDITION_NAMES: Readonly<Record<ConditionField, { readonly label: string; readonly cfn: string }>> = {
  'path-pattern': { label: 'Path pattern', cfn: 'PathPatternConfig.Values' },
  'host-header': { label: 'Host header', cfn: 'HostHeaderConfig.Values' },
  'http-header': { label: 'HTTP header', cfn: 'HttpHeaderConfig.Values' },
  'http-request-method': { label: 'HTTP request method', cfn: 'HttpRequestMethodConfig.Values' },
  'query-string': { label: 'Query string', cfn: 'QueryStringConfig.Values' },
  'source-ip': { label: 'Source IP', cfn: 'SourceIpConfig.Values' },
};

/** What AWS allows in each field's values (facts 86-91), shown beside the inputs. */
export const CONDITION_HELP: Readonly<Record<ConditionField, string>> = {
  'path-pattern':
    "Case-sensitive; must match the whole path, e.g. /api/*. Up to 128 characters: A-Z a-z 0-9 _ - . $ / ~ \" ' @ : + &, wildcards * (any run, crossing /) and ? (one character).",
  'host-header': 'Case-insensitive, e.g. api.example.com or *.example.com. Up to 128 characters: A-Z a-z 0-9 - . and wildcards * ?; at least one dot, only letters after the last.',
  'http-header': 'Header name up to 40 characters, no wildcards, not Host. Values are case-insensitive, up to 128 characters, with wildcards * ?.',
  'http-request-method': 'Case-sensitive and exact: GET, POST, ... Up to 40 characters of A-Z, hyphen and underscore; no wildcards.',
  'query-string': 'Key optional (empty: any key). Case-insensitive, up to 128 characters, wildcards * ? (write \\* or \\? for a literal one).',
  'source-ip': 'CIDR blocks such as 10.0.0.0/8 or 2001:db8::/32; no wildcards; not 255.255.255.255/32. The TCP source address, never X-Forwarded-For.',
};

/** A value to start a new row with: something that passes, so a learner sees a working rule first. */
export function emptyCondition(field: ConditionField = 'path-pattern'): ConditionDraft {
  return { field, headerName: field === 'http-header' ? 'X-Example' : '', values: [''], pairs: [{ key: '', value: '' }] };
}

export function conditionToDraft(condition: ConditionSpec): ConditionDraft {
  if (condition.field === 'query-string') {
    return { ...emptyCondition('query-string'), pairs: condition.values.map((pair) => ({ key: pair.key ?? '', value: pair.value })) };
  }
  const headerName = condition.field === 'http-header' ? condition.headerName : '';
  return { field: condition.field, headerName, values: [...condition.values], pairs: [{ key: '', value: '' }] };
}

/**
 * Values go as typed, not trimmed: a stray space is a character AWS refuses, and the validator says so. An empty
 * query-string key means "no Key".
 */
export function conditionFromDraft(draft: ConditionDraft): ConditionSpec {
  switch (draft.field) {
    case 'query-string':
      return { field: 'query-string', values: draft.pairs.map((pair) => ({ key: pair.key === '' ? null : pair.key, value: pair.value })) };
    case 'http-header':
      return { field: 'http-header', headerName: draft.headerName, values: [...draft.values] };
    default:
      return { field: draft.field, values: [...draft.values] };
  }
}

/** How many values the rule has across its conditions, against the limit of 5. */
export function valueCount(conditions: readonly ConditionDraft[]): number {
  return conditions.reduce((n, c) => n + (c.field === 'query-string' ? c.pairs.length : c.values.length), 0);
}

/** Fields a rule may have only once (fact 81): offered to a new condition only while unused. */
export const SINGLE_USE_FIELDS: ReadonlySet<ConditionField> = new Set(['host-header', 'http-request-method', 'path-pattern', 'source-ip']);

/** The first field a new condition row can take without breaking "one of each" (any number of headers, query strings). */
export function nextFreeField(conditions: readonly ConditionDraft[]): ConditionField {
  const used = new Set(conditions.map((c) => c.field));
  return CONDITION_FIELDS.find((field) => !SINGLE_USE_FIELDS.has(field) || !used.has(field)) ?? 'http-header';
}
