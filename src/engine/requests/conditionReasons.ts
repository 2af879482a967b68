/**
 * One condition of a rule against one request, with the reason a learner needs (facts 86-91): which value
 * matched, what each wildcard stood for, which case rule applied. Whether it matched comes from matchCondition,
 * which runs the router's own matchers, so the words can never disagree with the routing.
 */
import { parseCidr, parseIp } from '../alb/cidr';
import { formatQueryValue, matchCondition, orList } from '../alb/conditions';
import { decodeQueryComponent as decode, findHeader, hostNameEnd, type RoutableRequest } from '../alb/request';
import { compileWildcard, equalsIgnoreAsciiCase } from '../alb/wildcard';
import { captureWildcards, describeCaptures } from '../alb/wildcardCapture';
import type { ConditionSpec } from '../spec';
import type { ConditionStep } from './requestTrace';

const q = (text: string): string => `"${text}"`;
const qList = (values: readonly string[]): string => orList(values.map(q));

/** `: "*" matches "users"` when the pattern has wildcards, else ''. */
function bound(pattern: string, value: string, options: { caseInsensitive?: boolean; allowEscapes?: boolean }): string {
  const captures = captureWildcards(pattern, value, options);
  return captures === null || captures.length === 0 ? '' : `: ${describeCaptures(captures)}`;
}

function pathReason(values: readonly string[], matched: string | null, path: string): string {
  if (matched !== null) {
    const captures = bound(matched, path, {});
    return captures === '' ? `path-pattern ${q(matched)} matches ${q(path)} exactly` : `path-pattern ${q(matched)} matches ${q(path)}${captures}`;
  }
  const caseOnly = values.find((v) => compileWildcard(v, { caseInsensitive: true }).matches(path));
  if (caseOnly !== undefined) return `path-pattern is case-sensitive: ${q(path)} does not match ${q(caseOnly)}`;
  const slashStar = values.find((v) => v.endsWith('/*') && v.slice(0, -2) === path);
  if (slashStar !== undefined) {
    return `path-pattern ${q(slashStar)} does not match ${q(path)}: the "/" before "*" must be in the path too (add ${q(path)} as another value)`;
  }
  return `path-pattern ${qList(values)} does not match ${q(path)}: a pattern must match the whole path, and the query string is not part of it`;
}

function hostReason(values: readonly string[], matched: string | null, rawHost: string): string {
  const end = hostNameEnd(rawHost);
  const host = rawHost.slice(0, end);
  const port = end < rawHost.length ? ` (the port ${q(rawHost.slice(end))} is ignored)` : '';
  if (matched !== null) {
    return `host-header is case-insensitive: ${q(host)} matches ${q(matched)}${bound(matched, host, { caseInsensitive: true })}${port}`;
  }
  const bareDomain = values.find((v) => v.startsWith('*.') && equalsIgnoreAsciiCase(v.slice(2), host));
  if (bareDomain !== undefined) {
    return `host-header ${q(bareDomain)} does not match ${q(host)}: the "." after "*" must be in the host too${port}`;
  }
  return `host-header ${qList(values)} does not match ${q(host)} (compared case-insensitively, without the port)${port}`;
}

function headerReason(name: string, values: readonly string[], matched: string | null, value: string | undefined): string {
  if (value === undefined) return `http-header: the request has no ${name} header (header names are case-insensitive)`;
  if (matched !== null) {
    return `http-header names and values are case-insensitive: ${name} ${q(value)} matches ${q(matched)}${bound(matched, value, { caseInsensitive: true })}`;
  }
  return `http-header ${name} ${q(value)} does not match ${qList(values)} (values are compared case-insensitively)`;
}

function methodReason(values: readonly string[], matched: string | null, method: string): string {
  if (matched !== null) return `http-request-method is case-sensitive and exact: ${q(method)} equals ${q(matched)}`;
  const caseOnly = values.find((v) => equalsIgnoreAsciiCase(v, method));
  if (caseOnly !== undefined) return `http-request-method is case-sensitive: ${q(method)} does not match ${q(caseOnly)}`;
  return `http-request-method ${q(method)} is not ${qList(values)} (an exact, case-sensitive match without wildcards)`;
}

type QueryValue = { readonly key: string | null; readonly value: string };

function queryReason(values: readonly QueryValue[], matched: QueryValue | null, query: string): string {
  if (query.length === 0) return 'query-string: the request has no query string';
  if (matched === null) {
    return `query-string ${qList(values.map(formatQueryValue))} is not in ${q(query)} (keys and values are URL-decoded, then compared case-insensitively)`;
  }
  const options = { caseInsensitive: true, allowEscapes: true };
  // Find the request pair that satisfied the configured one, the way the matcher does.
  const keyPattern = matched.key === null || matched.key === '' ? null : compileWildcard(matched.key, options);
  const valuePattern = compileWildcard(matched.value, options);
  for (const segment of query.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const key = decode(eq < 0 ? segment : segment.slice(0, eq));
    const value = decode(eq < 0 ? '' : segment.slice(eq + 1));
    if ((keyPattern !== null && !keyPattern.matches(key)) || !valuePattern.matches(value)) continue;
    // %XX and '+' are decoded before matching; say so when that changed what the rule saw.
    const decoded = segment !== (eq < 0 ? key : `${key}=${value}`) ? ` (URL-decoded from ${q(segment)})` : '';
    const captures = [
      keyPattern === null ? '' : bound(matched.key ?? '', key, options).slice(2),
      bound(matched.value, value, options).slice(2),
    ].filter((c) => c !== '');
    const wild = captures.length > 0 ? `: ${captures.join(', ')}` : '';
    const escapes = /\\[*?]/.test(formatQueryValue(matched)) ? '; "\\*" and "\\?" stand for a literal "*" and "?"' : '';
    if (keyPattern === null) {
      return `query-string is case-insensitive: the value ${q(value)} of ${q(key)} matches ${q(matched.value)}${decoded}${wild}; no key is configured, so any key's value may match${escapes}`;
    }
    return `query-string is case-insensitive: ${q(`${key}=${value}`)} matches ${q(formatQueryValue(matched))}${decoded}${wild}${escapes}`;
  }
  return `query-string ${q(formatQueryValue(matched))} matches ${q(query)}`;
}

function sourceIpReason(values: readonly string[], matched: string | null, req: RoutableRequest): string {
  const ip = req.sourceIp;
  if (parseIp(ip) === null) return `source-ip: ${q(ip)} is not an IP address`;
  if (matched !== null) return `source-ip ${ip} is in ${matched}`;
  let reason = `source-ip ${ip} is not in ${orList(values)}`;
  const invalid = values.filter((v) => parseCidr(v) === null);
  if (invalid.length > 0) reason += `; ${qList(invalid)} ${invalid.length > 1 ? 'are not valid CIDR blocks' : 'is not a valid CIDR block'} and never match`;
  if (findHeader(req.headers, 'X-Forwarded-For') !== undefined) reason += ' (source-ip uses the connection address, never X-Forwarded-For)';
  return reason;
}

export function conditionStep(c: ConditionSpec, req: RoutableRequest): ConditionStep {
  const trace = matchCondition(c, req);
  const values = c.field === 'query-string' ? c.values.map(formatQueryValue) : [...c.values];
  const step = (reason: string): ConditionStep => ({
    field: c.field,
    headerName: c.field === 'http-header' ? c.headerName : null,
    values,
    tested: trace.tested,
    matched: trace.matched,
    matchedValue: trace.matchedValue,
    reason: c.values.length === 0 ? `${c.field}: the condition has no values, so it never matches` : reason,
  });
  const hit = trace.matchedValue;
  switch (c.field) {
    case 'path-pattern':
      return step(pathReason(c.values, hit, req.path));
    case 'host-header':
      return step(hostReason(c.values, hit, req.host));
    case 'http-header':
      return step(headerReason(c.headerName, c.values, hit, findHeader(req.headers, c.headerName)));
    case 'http-request-method':
      return step(methodReason(c.values, hit, req.method));
    case 'query-string': {
      const matched = hit === null ? null : (c.values.find((v) => formatQueryValue(v) === hit) ?? null);
      return step(queryReason(c.values, matched, req.query));
    }
    case 'source-ip':
      return step(sourceIpReason(c.values, hit, req));
  }
}
