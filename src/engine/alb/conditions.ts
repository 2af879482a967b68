/**
 * One listener-rule condition, compiled once and matched per request (facts 80, 86-91, 136). The values of a
 * condition are alternatives (OR). `explainCondition` reuses the same matching so the rule tester can never
 * disagree with the router.
 */

import type { ConditionField, ConditionSpec } from '../spec';
import { blockContains, createIpBuffer, parseCidr, parseIpInto, type CidrBlock } from './cidr';
import { findHeader, hostNameEnd, parseQuery, type QueryPair, type RoutableRequest } from './request';
import { compileWildcard, equalsIgnoreAsciiCase, type CompiledWildcard } from './wildcard';

export interface CompiledCondition {
  readonly spec: ConditionSpec;
  matches(req: RoutableRequest): boolean;
}

export interface ConditionTrace {
  readonly field: ConditionField;
  readonly matched: boolean;
  /** The request value looked at, e.g. the path, or "header X-Preview: yes". */
  readonly tested: string;
  /** The configured value that matched, null when none did. */
  readonly matchedValue: string | null;
  /** Why, in plain words. */
  readonly note: string;
}

type QueryValue = { readonly key: string | null; readonly value: string };

/** Index of the first configured value the request satisfies (-1: none), plus detail for explanations. */
interface Matcher {
  firstMatch(req: RoutableRequest): number;
}

interface QueryMatcher extends Matcher {
  /** The request pair that satisfied configured pair `index`. */
  requestPairFor(req: RoutableRequest, index: number): QueryPair | undefined;
}

const ci = { caseInsensitive: true } as const;

function firstPattern(patterns: readonly CompiledWildcard[], value: string, from: number, to: number): number {
  for (let i = 0; i < patterns.length; i++) {
    if (patterns[i]?.matchesRange(value, from, to)) return i;
  }
  return -1;
}

function pathMatcher(values: readonly string[]): Matcher {
  const patterns = values.map((v) => compileWildcard(v));
  return { firstMatch: (req) => firstPattern(patterns, req.path, 0, req.path.length) };
}

function hostMatcher(values: readonly string[]): Matcher {
  const patterns = values.map((v) => compileWildcard(v, ci));
  return { firstMatch: (req) => firstPattern(patterns, req.host, 0, hostNameEnd(req.host)) };
}

function headerMatcher(name: string, values: readonly string[]): Matcher {
  const patterns = values.map((v) => compileWildcard(v, ci));
  return {
    firstMatch(req) {
      const value = findHeader(req.headers, name);
      return value === undefined ? -1 : firstPattern(patterns, value, 0, value.length);
    },
  };
}

function methodMatcher(values: readonly string[]): Matcher {
  return { firstMatch: (req) => values.indexOf(req.method) };
}

function queryMatcher(values: readonly QueryValue[]): QueryMatcher {
  const compiled = values.map((v) => ({
    // An empty key is treated like no key: AWS would reject it, and "match any key" is the harmless reading.
    key: v.key === null || v.key === '' ? null : compileWildcard(v.key, { caseInsensitive: true, allowEscapes: true }),
    value: compileWildcard(v.value, { caseInsensitive: true, allowEscapes: true }),
  }));
  // Traffic repeats a few query strings, so remembering the last one parsed avoids re-parsing on most requests.
  let lastRaw: string | null = null;
  let lastPairs: QueryPair[] = [];
  const pairsOf = (query: string): QueryPair[] => {
    if (query !== lastRaw) {
      lastPairs = parseQuery(query);
      lastRaw = query;
    }
    return lastPairs;
  };
  const pairFor = (req: RoutableRequest, index: number): QueryPair | undefined => {
    const c = compiled[index];
    if (c === undefined) return undefined;
    for (const pair of pairsOf(req.query)) {
      if ((c.key === null || c.key.matches(pair.key)) && c.value.matches(pair.value)) return pair;
    }
    return undefined;
  };
  return {
    firstMatch(req) {
      if (req.query.length === 0) return -1;
      for (let i = 0; i < compiled.length; i++) {
        if (pairFor(req, i) !== undefined) return i;
      }
      return -1;
    },
    requestPairFor: pairFor,
  };
}

function sourceIpMatcher(values: readonly string[]): Matcher {
  // An invalid block never matches; validation reports it.
  const blocks: (CidrBlock | null)[] = values.map(parseCidr);
  const scratch = createIpBuffer();
  return {
    firstMatch(req) {
      const family = parseIpInto(req.sourceIp, scratch);
      if (family === 0) return -1;
      for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        if (block && blockContains(block, family, scratch)) return i;
      }
      return -1;
    },
  };
}

function matcherFor(c: ConditionSpec): Matcher | QueryMatcher {
  switch (c.field) {
    case 'path-pattern':
      return pathMatcher(c.values);
    case 'host-header':
      return hostMatcher(c.values);
    case 'http-header':
      return headerMatcher(c.headerName, c.values);
    case 'http-request-method':
      return methodMatcher(c.values);
    case 'query-string':
      return queryMatcher(c.values);
    case 'source-ip':
      return sourceIpMatcher(c.values);
  }
}

export function compileCondition(c: ConditionSpec): CompiledCondition {
  const matcher = matcherFor(c);
  return { spec: c, matches: (req) => matcher.firstMatch(req) >= 0 };
}

// ---- explanations -------------------------------------------------------------------------------------------

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

const quoted = (values: readonly string[]): string[] => values.map((v) => `'${v}'`);

function wildcardNote(pattern: CompiledWildcard, slashMatters: boolean): string {
  const star = slashMatters ? "'*' matches any run of characters, '/' included" : "'*' matches any run of characters";
  if (pattern.hasStar && pattern.hasQuestion) return `${star}, and '?' exactly one character`;
  if (pattern.hasStar) return star;
  if (pattern.hasQuestion) return "'?' matches exactly one character";
  return '';
}

function withWildcardNote(text: string, pattern: CompiledWildcard, slashMatters: boolean): string {
  const note = wildcardNote(pattern, slashMatters);
  return note ? `${text}; ${note}` : text;
}

function explainPath(values: readonly string[], index: number, req: RoutableRequest): string {
  const path = req.path;
  const matched = values[index];
  if (matched !== undefined) {
    const pattern = compileWildcard(matched);
    if (pattern.wildcardCount === 0) return `'${path}' equals '${matched}' exactly`;
    return withWildcardNote(`'${path}' matches '${matched}'`, pattern, true);
  }
  const caseOnly = values.find((v) => compileWildcard(v, ci).matches(path));
  if (caseOnly !== undefined) return `path-pattern is case-sensitive: '${path}' does not match '${caseOnly}'`;
  const slashStar = values.find((v) => v.endsWith('/*') && v.slice(0, -2) === path);
  if (slashStar !== undefined) {
    return `'${path}' does not match '${slashStar}': the '/' before '*' must be in the path too (add '${path}' as another value to match both)`;
  }
  return `'${path}' matches none of ${orList(quoted(values))}: a pattern must match the whole path, and the query string is not part of it`;
}

function explainHost(values: readonly string[], index: number, req: RoutableRequest): string {
  const end = hostNameEnd(req.host);
  const host = req.host.slice(0, end);
  const port = end < req.host.length ? ` (the port '${req.host.slice(end)}' is ignored)` : '';
  const matched = values[index];
  if (matched !== undefined) {
    const text = `host-header is compared case-insensitively: '${host}' matches '${matched}'${port}`;
    return withWildcardNote(text, compileWildcard(matched, ci), false);
  }
  const bareDomain = values.find((v) => v.startsWith('*.') && equalsIgnoreAsciiCase(v.slice(2), host));
  if (bareDomain !== undefined) {
    return `'${host}' does not match '${bareDomain}': the '.' after '*' must be in the host too${port}`;
  }
  return `'${host}' matches none of ${orList(quoted(values))} (host-header is compared case-insensitively, without the port)`;
}

function explainHeader(name: string, values: readonly string[], index: number, value: string): string {
  const matched = values[index];
  if (matched !== undefined) {
    const text = `header names and values are compared case-insensitively: '${value}' matches '${matched}'`;
    return withWildcardNote(text, compileWildcard(matched, ci), false);
  }
  return `${name} value '${value}' matches none of ${orList(quoted(values))} (header values are compared case-insensitively)`;
}

function explainMethod(values: readonly string[], index: number, method: string): string {
  const matched = values[index];
  if (matched !== undefined) return `'${method}' equals '${matched}' (http-request-method is an exact, case-sensitive match)`;
  const caseOnly = values.find((v) => equalsIgnoreAsciiCase(v, method));
  if (caseOnly !== undefined) return `http-request-method is case-sensitive: '${method}' does not match '${caseOnly}'`;
  return `'${method}' is none of ${orList(quoted(values))} (an exact, case-sensitive match, no wildcards)`;
}

export function formatQueryValue(v: QueryValue): string {
  return v.key === null || v.key === '' ? v.value : `${v.key}=${v.value}`;
}

function explainQuery(values: readonly QueryValue[], index: number, pair: QueryPair | undefined, req: RoutableRequest): string {
  const configured = values[index];
  if (configured !== undefined && pair !== undefined) {
    const escapes = /\\[*?]/.test(formatQueryValue(configured)) ? "; '\\*' and '\\?' stand for a literal '*' and '?'" : '';
    const pattern = compileWildcard(configured.value, { caseInsensitive: true, allowEscapes: true });
    const text =
      configured.key === null || configured.key === ''
        ? `the value '${pair.value}' of '${pair.key}' matches '${configured.value}' (no key configured, so any key's value may match; compared case-insensitively)`
        : `'${pair.key}=${pair.value}' matches '${configured.key}=${configured.value}' (query strings are compared case-insensitively)`;
    return withWildcardNote(text, pattern, false) + escapes;
  }
  if (req.query.length === 0) return 'the request has no query string';
  return `no key=value pair in '${req.query}' matches ${orList(quoted(values.map(formatQueryValue)))} (compared case-insensitively)`;
}

function explainSourceIp(values: readonly string[], index: number, req: RoutableRequest): string {
  const ip = req.sourceIp;
  if (parseIpInto(ip, createIpBuffer()) === 0) return `'${ip}' is not an IP address`;
  const matched = values[index];
  if (matched !== undefined) return `${ip} is in ${matched}`;
  const invalid = values.filter((v) => parseCidr(v) === null);
  let note = `${ip} is not in ${orList(values)}`;
  if (invalid.length > 0) note += `; ${orList(quoted(invalid))} ${invalid.length > 1 ? 'are not valid CIDR blocks' : 'is not a valid CIDR block'} and never match`;
  if (findHeader(req.headers, 'X-Forwarded-For') !== undefined) note += ' (source-ip uses the connection address, never X-Forwarded-For)';
  return note;
}

export function explainCondition(c: ConditionSpec, req: RoutableRequest): ConditionTrace {
  const matcher = matcherFor(c);
  const index = matcher.firstMatch(req);
  const matched = index >= 0;
  const trace = (tested: string, matchedValue: string | null, note: string): ConditionTrace => ({
    field: c.field,
    matched,
    tested,
    matchedValue: matched ? matchedValue : null,
    note: c.values.length === 0 ? 'the condition has no values, so it never matches' : note,
  });
  switch (c.field) {
    case 'path-pattern':
      return trace(req.path, c.values[index] ?? null, explainPath(c.values, index, req));
    case 'host-header':
      return trace(req.host, c.values[index] ?? null, explainHost(c.values, index, req));
    case 'http-header': {
      const value = findHeader(req.headers, c.headerName);
      if (value === undefined) return trace(`no ${c.headerName} header`, null, `no ${c.headerName} header in the request`);
      return trace(`header ${c.headerName}: ${value}`, c.values[index] ?? null, explainHeader(c.headerName, c.values, index, value));
    }
    case 'http-request-method':
      return trace(req.method, c.values[index] ?? null, explainMethod(c.values, index, req.method));
    case 'query-string': {
      const pair = 'requestPairFor' in matcher ? matcher.requestPairFor(req, index) : undefined;
      const configured = c.values[index];
      return trace(
        req.query.length === 0 ? 'no query string' : `?${req.query}`,
        configured ? formatQueryValue(configured) : null,
        explainQuery(c.values, index, pair, req),
      );
    }
    case 'source-ip':
      return trace(req.sourceIp, c.values[index] ?? null, explainSourceIp(c.values, index, req));
  }
}
