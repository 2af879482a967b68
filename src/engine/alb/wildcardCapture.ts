/**
 * What each wildcard of an ALB pattern stood for in a value it matched ("/api/*" on "/api/users": '*' is "users"),
 * for the rule tester's reasons. Matching itself stays in wildcard.ts; this only explains a match already made.
 * A table of (pattern position, value position) results keeps it O(pattern x value), whatever the input.
 */

import { foldAscii } from './wildcard';

export interface WildcardCapture {
  readonly wildcard: '*' | '?';
  readonly text: string;
}

type Token = { readonly kind: 'star' } | { readonly kind: 'one' } | { readonly kind: 'char'; readonly code: number };

function tokens(pattern: string, allowEscapes: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    const next = pattern.charCodeAt(i + 1);
    if (allowEscapes && code === 92 && (next === 42 || next === 63)) {
      out.push({ kind: 'char', code: next });
      i++;
    } else if (code === 42) {
      // '**' means '*', as in the matcher.
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (code === 63) {
      out.push({ kind: 'one' });
    } else {
      out.push({ kind: 'char', code });
    }
  }
  return out;
}

/**
 * The text each wildcard matched, in pattern order, or null when the pattern does not match. Where a match can be
 * split several ways, each '*' takes as little as it can (the reading people expect: "/a*b*" on "/axbyb" gives
 * "x" then "yb").
 */
export function captureWildcards(
  pattern: string,
  value: string,
  options: { readonly caseInsensitive?: boolean; readonly allowEscapes?: boolean } = {},
): WildcardCapture[] | null {
  const toks = tokens(pattern, options.allowEscapes ?? false);
  const fold = options.caseInsensitive === true ? foldAscii : (c: number) => c;
  const p = toks.length;
  const s = value.length;
  // rest[i][j]: tokens from i match value from j.
  const rest: boolean[][] = Array.from({ length: p + 1 }, () => new Array<boolean>(s + 1).fill(false));
  rest[p]![s] = true;
  for (let i = p - 1; i >= 0; i--) {
    const tok = toks[i]!;
    const row = rest[i]!;
    const below = rest[i + 1]!;
    for (let j = s; j >= 0; j--) {
      if (tok.kind === 'star') row[j] = below[j]! || (j < s && row[j + 1]!);
      else if (j < s && (tok.kind === 'one' || fold(tok.code) === fold(value.charCodeAt(j)))) row[j] = below[j + 1]!;
    }
  }
  if (!rest[0]![0]) return null;
  const captures: WildcardCapture[] = [];
  let j = 0;
  for (let i = 0; i < p; i++) {
    const tok = toks[i]!;
    if (tok.kind === 'star') {
      let end = j;
      while (!rest[i + 1]![end]) end++;
      captures.push({ wildcard: '*', text: value.slice(j, end) });
      j = end;
    } else {
      if (tok.kind === 'one') captures.push({ wildcard: '?', text: value.charAt(j) });
      j++;
    }
  }
  return captures;
}

/** `"*" matches "users"`, `"*" matches "" (nothing), "?" matches "2"`; '' when the pattern has no wildcards. */
export function describeCaptures(captures: readonly WildcardCapture[]): string {
  return captures
    .map((c) => (c.text === '' ? `"${c.wildcard}" matches "" (nothing)` : `"${c.wildcard}" matches "${c.text}"`))
    .join(', ');
}
