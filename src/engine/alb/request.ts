/** The parts of an HTTP request that listener rules can look at (facts 86-91). */

import { equalsIgnoreAsciiCase } from './wildcard';

export interface RoutableRequest {
  readonly method: string;
  /** The Host header as sent; it may carry a ':port', which host-header conditions ignore. */
  readonly host: string;
  readonly path: string;
  /** Raw, without '?', e.g. "v=2&debug=true". */
  readonly query: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The TCP peer: source-ip never looks at X-Forwarded-For (fact 91). */
  readonly sourceIp: string;
}

export interface QueryPair {
  readonly key: string;
  readonly value: string;
}

/** End of the host name inside a Host header: before ':port', and after the ']' of an IPv6 literal. */
export function hostNameEnd(host: string): number {
  if (host.charCodeAt(0) === 91 /* '[' */) {
    const close = host.indexOf(']');
    return close < 0 ? host.length : close + 1;
  }
  const colon = host.indexOf(':');
  return colon < 0 ? host.length : colon;
}

export function hostWithoutPort(host: string): string {
  const end = hostNameEnd(host);
  return end === host.length ? host : host.slice(0, end);
}

/** Header lookup by name, case-insensitively as HTTP defines it, without building a lowercased copy. */
export function findHeader(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  // Own keys only: a condition on a header named "constructor" must not find Object's.
  const exact = Object.hasOwn(headers, name) ? headers[name] : undefined;
  if (exact !== undefined) return exact;
  for (const key in headers) {
    if (equalsIgnoreAsciiCase(key, name)) return headers[key];
  }
  return undefined;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/**
 * Form-style decoding: '+' is a space and %XX a byte. Malformed escapes stay as written rather than failing, the
 * way a lenient server treats them, so a strange URL still routes.
 */
export function decodeQueryComponent(text: string): string {
  if (text.indexOf('%') < 0 && text.indexOf('+') < 0) return text;
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Only some escapes are valid (or they are not UTF-8): decode the ASCII ones, keep the rest.
    let out = '';
    for (let i = 0; i < spaced.length; i++) {
      const ch = spaced.charAt(i);
      if (ch === '%' && i + 2 < spaced.length) {
        const hi = hexDigit(spaced.charCodeAt(i + 1));
        const lo = hexDigit(spaced.charCodeAt(i + 2));
        if (hi >= 0 && lo >= 0 && hi < 8) {
          out += String.fromCharCode(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out += ch;
    }
    return out;
  }
}

/** "a=1&b=&c" -> a/1, b/"", c/""; empty segments ("a=1&&b=2") are skipped. */
export function parseQuery(query: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  if (query.length === 0) return pairs;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    if (end > start) {
      const segment = query.slice(start, end);
      const eq = segment.indexOf('=');
      pairs.push(
        eq < 0
          ? { key: decodeQueryComponent(segment), value: '' }
          : { key: decodeQueryComponent(segment.slice(0, eq)), value: decodeQueryComponent(segment.slice(eq + 1)) },
      );
    }
    start = end + 1;
  }
  return pairs;
}
