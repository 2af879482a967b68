/**
 * ALB wildcard patterns (facts 86-90, 136): anchored whole-string match, `*` = any run of characters ('/' included),
 * `?` = exactly one character, everything else literal. No RegExp: a pattern comes from user input, and a hand-written
 * matcher with one backtrack point runs in O(pattern x value) at worst, never exponentially.
 */

export interface WildcardOptions {
  /** host-header, http-header values and query-string compare case-insensitively; path-pattern does not. */
  readonly caseInsensitive?: boolean;
  /** query-string only: `\*` and `\?` stand for a literal '*' and '?'. */
  readonly allowEscapes?: boolean;
}

export interface CompiledWildcard {
  readonly source: string;
  readonly caseInsensitive: boolean;
  /** Number of '*' and '?' that act as wildcards (escaped ones excluded), for the per-rule limit of 5. */
  readonly wildcardCount: number;
  readonly hasStar: boolean;
  readonly hasQuestion: boolean;
  matches(value: string): boolean;
  /** Matches `value.slice(from, to)` without making the slice, e.g. a Host without its ':port'. */
  matchesRange(value: string, from: number, to: number): boolean;
}

// Token codes below zero can never collide with a UTF-16 code unit (0..0xFFFF).
const STAR = -1;
const ONE = -2;
const END = -3;

const CODE_A = 65;
const CODE_Z = 90;
const CODE_STAR = 42;
const CODE_QUESTION = 63;
const CODE_BACKSLASH = 92;

/**
 * ASCII-only case folding: the ALB only considers visible ASCII (fact 83), and folding by arithmetic keeps a match
 * call free of string allocation.
 */
export function foldAscii(code: number): number {
  return code >= CODE_A && code <= CODE_Z ? code + 32 : code;
}

/** ASCII case-insensitive equality, without allocating lowercased copies. */
export function equalsIgnoreAsciiCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (foldAscii(a.charCodeAt(i)) !== foldAscii(b.charCodeAt(i))) return false;
  }
  return true;
}

/** Counts the characters that act as wildcards, as AWS counts them against the limit of 5 per rule. */
export function countWildcards(pattern: string, allowEscapes = false): number {
  let count = 0;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (allowEscapes && code === CODE_BACKSLASH && isEscapable(pattern.charCodeAt(i + 1))) {
      i++;
    } else if (code === CODE_STAR || code === CODE_QUESTION) {
      count++;
    }
  }
  return count;
}

function isEscapable(code: number): boolean {
  return code === CODE_STAR || code === CODE_QUESTION;
}

function tokenize(pattern: string, caseInsensitive: boolean, allowEscapes: boolean): Int32Array {
  const tokens: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (allowEscapes && code === CODE_BACKSLASH && isEscapable(pattern.charCodeAt(i + 1))) {
      tokens.push(pattern.charCodeAt(i + 1));
      i++;
    } else if (code === CODE_STAR) {
      // '**' means the same as '*'; collapsing keeps the backtracking loop short.
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
    } else if (code === CODE_QUESTION) {
      tokens.push(ONE);
    } else {
      tokens.push(caseInsensitive ? foldAscii(code) : code);
    }
  }
  return Int32Array.from(tokens);
}

export function compileWildcard(pattern: string, options: WildcardOptions = {}): CompiledWildcard {
  const caseInsensitive = options.caseInsensitive ?? false;
  const allowEscapes = options.allowEscapes ?? false;
  const tokens = tokenize(pattern, caseInsensitive, allowEscapes);
  const tokenCount = tokens.length;
  let hasStar = false;
  let hasQuestion = false;
  for (let i = 0; i < tokenCount; i++) {
    if (tokens[i] === STAR) hasStar = true;
    if (tokens[i] === ONE) hasQuestion = true;
  }

  function matchesRange(value: string, from: number, to: number): boolean {
    let p = 0;
    let s = from;
    // The last '*' seen and the value position it is currently assumed to stretch to.
    let starP = -1;
    let starS = from;
    while (s < to) {
      const token = p < tokenCount ? (tokens[p] ?? END) : END;
      if (token === STAR) {
        starP = p;
        starS = s;
        p++;
        continue;
      }
      if (token !== END) {
        const code = value.charCodeAt(s);
        if (token === ONE || token === (caseInsensitive ? foldAscii(code) : code)) {
          p++;
          s++;
          continue;
        }
      }
      if (starP < 0) return false;
      // Let the last '*' swallow one more character and retry the rest of the pattern after it.
      p = starP + 1;
      starS++;
      s = starS;
    }
    while (p < tokenCount && tokens[p] === STAR) p++;
    return p === tokenCount;
  }

  return {
    source: pattern,
    caseInsensitive,
    wildcardCount: countWildcards(pattern, allowEscapes),
    hasStar,
    hasQuestion,
    matches: (value) => matchesRange(value, 0, value.length),
    matchesRange,
  };
}
