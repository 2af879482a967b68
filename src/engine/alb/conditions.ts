/**
 * One listener-rule condition, compiled once and matched per request (facts 80, 86-91, 136). The values of a
 * condition are alternatives (OR). `matchCondition` reuses the same matching to say which value matched, so the
 * rule tester's reasons (requests/conditionReasons.ts) can never disagree with the router.
 */

import type { ConditionField, ConditionSpec } from '../spec';
import { blockContains, createIpBuffer, parseCidr, parseIpInto, type CidrBlock } from './cidr';
import { findHeader, hostNameEnd, parseQuery, type QueryPair, type RoutableRequest } from './request';
import { compileWildcard, type CompiledWildcard } from './wildcard';

export interface CompiledCondition {
  readonly spec: ConditionSpec;
  matches(req: RoutableRequest): boolean;
}

/** Which configured value of a condition a request matched, and what of the request was looked at. */
export interface ConditionMatch {
  readonly field: ConditionField;
  readonly matched: boolean;
  /** The request value looked at, e.g. the path, or "header X-Preview: yes". */
  readonly tested: string;
  /** The configured value that matched, null when none did. */
  readonly matchedValue: string | null;
}

type QueryValue = { readonly key: string | null; readonly value: string };

/** Index of the first configured value the request satisfies (-1: none). */
interface Matcher {
  firstMatch(req: RoutableRequest): number;
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

function queryMatcher(values: readonly QueryValue[]): Matcher {
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

function matcherFor(c: ConditionSpec): Matcher {
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

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

export function formatQueryValue(v: QueryValue): string {
  return v.key === null || v.key === '' ? v.value : `${v.key}=${v.value}`;
}

/** The router's own matching, with what it looked at and which configured value matched (the rule tester's facts). */
export function matchCondition(c: ConditionSpec, req: RoutableRequest): ConditionMatch {
  const index = matcherFor(c).firstMatch(req);
  const matched = index >= 0;
  const result = (tested: string, matchedValue: string | null): ConditionMatch => ({ field: c.field, matched, tested, matchedValue: matched ? matchedValue : null });
  switch (c.field) {
    case 'path-pattern':
      return result(req.path, c.values[index] ?? null);
    case 'host-header':
      return result(req.host, c.values[index] ?? null);
    case 'http-header': {
      const value = findHeader(req.headers, c.headerName);
      return result(value === undefined ? `no ${c.headerName} header` : `header ${c.headerName}: ${value}`, c.values[index] ?? null);
    }
    case 'http-request-method':
      return result(req.method, c.values[index] ?? null);
    case 'query-string': {
      const configured = c.values[index];
      return result(req.query.length === 0 ? 'no query string' : `?${req.query}`, configured ? formatQueryValue(configured) : null);
    }
    case 'source-ip':
      return result(req.sourceIp, c.values[index] ?? null);
  }
}
