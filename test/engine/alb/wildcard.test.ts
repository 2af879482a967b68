import fc from 'fast-check';
import { compileWildcard, countWildcards, equalsIgnoreAsciiCase } from '../../../src/engine/alb/wildcard';

const path = (p: string) => compileWildcard(p);
const ci = (p: string) => compileWildcard(p, { caseInsensitive: true });
const query = (p: string) => compileWildcard(p, { caseInsensitive: true, allowEscapes: true });

describe('compileWildcard', () => {
  it("matches AWS's path example: /img/* matches /img/picture.jpg but not /img", () => {
    expect(path('/img/*').matches('/img/picture.jpg')).toBe(true);
    expect(path('/img/*').matches('/img')).toBe(false);
    expect(path('/img/*').matches('/img/')).toBe(true);
  });

  it("lets '*' cross '/'", () => {
    expect(path('/api/*').matches('/api/v1/users')).toBe(true);
    expect(path('/api/').matches('/api/v1')).toBe(false);
    expect(path('*').matches('')).toBe(true);
    expect(path('*/users/*').matches('/v2/users/7/orders')).toBe(true);
  });

  it("treats '?' as exactly one character", () => {
    expect(path('/v?/users').matches('/v1/users')).toBe(true);
    expect(path('/v?/users').matches('/v/users')).toBe(false);
    expect(path('/v?/users').matches('/v12/users')).toBe(false);
    expect(path('/?').matches('//')).toBe(true);
  });

  it('is anchored at both ends', () => {
    expect(path('/api').matches('/api/users')).toBe(false);
    expect(path('/api').matches('/v1/api')).toBe(false);
    expect(path('/api').matches('/api')).toBe(true);
    expect(path('*.jpg').matches('/a.jpg.png')).toBe(false);
  });

  it('is case-sensitive unless asked otherwise', () => {
    expect(path('/api/*').matches('/API/users')).toBe(false);
    expect(ci('*.example.com').matches('TEST.Example.COM')).toBe(true);
    expect(ci('*.EXAMPLE.com').matches('test.example.com')).toBe(true);
  });

  it("matches AWS's host example: *.example.com matches test.example.com but not example.com", () => {
    expect(ci('*.example.com').matches('test.example.com')).toBe(true);
    expect(ci('*.example.com').matches('example.com')).toBe(false);
  });

  it('has no character classes: brackets and regex syntax are literal', () => {
    expect(path('/[ab]').matches('/a')).toBe(false);
    expect(path('/[ab]').matches('/[ab]')).toBe(true);
    expect(path('/a.c').matches('/abc')).toBe(false);
    expect(path('/a+$^(x)|y').matches('/a+$^(x)|y')).toBe(true);
  });

  it('reads \\* and \\? as literals only with allowEscapes', () => {
    expect(query('a\\*b').matches('a*b')).toBe(true);
    expect(query('a\\*b').matches('axxb')).toBe(false);
    expect(query('what\\?').matches('what?')).toBe(true);
    expect(query('what\\?').matches('whatx')).toBe(false);
    expect(path('a\\*b').matches('a\\xyzb')).toBe(true);
    expect(query('a\\b').matches('a\\b')).toBe(true);
  });

  it('counts wildcards, not escaped ones', () => {
    expect(countWildcards('/a/*/b?/*')).toBe(3);
    expect(countWildcards('a\\*b*', true)).toBe(1);
    expect(countWildcards('a\\*b*')).toBe(2);
    expect(query('x\\?*').wildcardCount).toBe(1);
  });

  it('matches a range without slicing', () => {
    const p = ci('shop.example.com');
    expect(p.matchesRange('shop.example.com:8080', 0, 16)).toBe(true);
    expect(p.matches('shop.example.com:8080')).toBe(false);
  });

  it('stays fast on patterns that make backtracking regexes explode', () => {
    const p = path('*a*a*a*a*a*a*a*a*a*b');
    const value = 'a'.repeat(5000);
    expect(p.matches(value)).toBe(false);
  });

  it('agrees with an escaped anchored regex on random inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '.', 'A', '*', '?');
    const toRegex = (pattern: string, flags: string) =>
      new RegExp(
        '^' +
          [...pattern].map((ch) => (ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('') +
          '$',
        flags,
      );
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', '/', '.', 'A', 'B'), maxLength: 10 }), (pattern, value) => {
        expect(path(pattern).matches(value)).toBe(toRegex(pattern, '').test(value));
        expect(ci(pattern).matches(value)).toBe(toRegex(pattern, 'i').test(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('compares ASCII case-insensitively', () => {
    expect(equalsIgnoreAsciiCase('X-Preview', 'x-preview')).toBe(true);
    expect(equalsIgnoreAsciiCase('X-Preview', 'x-previe')).toBe(false);
  });
});
