/**
 * Conditions: how the router matches (compileCondition), and the rule tester's words for it (conditionStep, the
 * real explainer; the notes conditions.ts once wrote for tests only are gone, issue 9).
 */
import { compileCondition } from '../../../src/engine/alb/conditions';
import type { RoutableRequest } from '../../../src/engine/alb/request';
import { conditionStep } from '../../../src/engine/requests/conditionReasons';
import type { ConditionSpec } from '../../../src/engine/spec';

const req = (over: Partial<RoutableRequest> = {}): RoutableRequest => ({
  method: 'GET',
  host: 'shop.example.com',
  path: '/',
  query: '',
  headers: {},
  sourceIp: '203.0.113.10',
  ...over,
});

const matches = (c: ConditionSpec, r: Partial<RoutableRequest>) => compileCondition(c).matches(req(r));
const explain = (c: ConditionSpec, r: RoutableRequest) => conditionStep(c, r);

describe('path-pattern', () => {
  const c: ConditionSpec = { field: 'path-pattern', values: ['/img/*'] };

  it('matches the whole path, case-sensitively', () => {
    expect(matches(c, { path: '/img/picture.jpg' })).toBe(true);
    expect(matches(c, { path: '/img' })).toBe(false);
    expect(matches(c, { path: '/IMG/picture.jpg' })).toBe(false);
    expect(matches({ field: 'path-pattern', values: ['/api/*'] }, { path: '/api/v1/users' })).toBe(true);
  });

  it('never looks at the query string', () => {
    expect(matches({ field: 'path-pattern', values: ['/search'] }, { path: '/search', query: 'q=1' })).toBe(true);
    expect(matches({ field: 'path-pattern', values: ['/search?q=*'] }, { path: '/search', query: 'q=1' })).toBe(false);
  });

  it('ORs its values', () => {
    const either: ConditionSpec = { field: 'path-pattern', values: ['/a/*', '/b/*'] };
    expect(matches(either, { path: '/b/1' })).toBe(true);
    expect(matches(either, { path: '/c/1' })).toBe(false);
  });

  it('explains matches and misses', () => {
    expect(explain({ field: 'path-pattern', values: ['/api/*'] }, req({ path: '/API/users' }))).toEqual({
      field: 'path-pattern',
      headerName: null,
      values: ['/api/*'],
      matched: false,
      tested: '/API/users',
      matchedValue: null,
      reason: 'path-pattern is case-sensitive: "/API/users" does not match "/api/*"',
    });
    const hit = explain({ field: 'path-pattern', values: ['/x', '/api/*'] }, req({ path: '/api/v1/users' }));
    expect(hit).toMatchObject({ matched: true, matchedValue: '/api/*' });
    // '*' matches any run of characters, '/' included.
    expect(hit.reason).toContain('"*" matches "v1/users"');
    expect(explain(c, req({ path: '/img' })).reason).toContain('the "/" before "*" must be in the path too');
    expect(explain({ field: 'path-pattern', values: ['/health'] }, req({ path: '/health' })).reason).toBe('path-pattern "/health" matches "/health" exactly');
    expect(explain({ field: 'path-pattern', values: ['/a', '/b'] }, req({ path: '/c' })).reason).toContain('"/a" or "/b" does not match "/c"');
  });
});

describe('host-header', () => {
  const c: ConditionSpec = { field: 'host-header', values: ['*.example.com'] };

  it('compares case-insensitively and without the port', () => {
    expect(matches(c, { host: 'test.example.com' })).toBe(true);
    expect(matches(c, { host: 'TEST.Example.COM' })).toBe(true);
    expect(matches(c, { host: 'example.com' })).toBe(false);
    expect(matches(c, { host: 'test.example.com:8080' })).toBe(true);
    expect(matches({ field: 'host-header', values: ['api.example.com'] }, { host: 'api.example.com:443' })).toBe(true);
  });

  it('explains', () => {
    const hit = explain(c, req({ host: 'TEST.Example.COM:8080' }));
    expect(hit.matched).toBe(true);
    expect(hit.reason).toContain('host-header is case-insensitive');
    expect(hit.reason).toContain('the port ":8080" is ignored');
    expect(explain(c, req({ host: 'example.com' })).reason).toContain('the "." after "*" must be in the host too');
  });
});

describe('http-header', () => {
  const c: ConditionSpec = { field: 'http-header', headerName: 'X-Preview', values: ['yes', 'tr?e'] };

  it('matches name and value case-insensitively with wildcards', () => {
    expect(matches(c, { headers: { 'x-preview': 'YES' } })).toBe(true);
    expect(matches(c, { headers: { 'X-PREVIEW': 'True' } })).toBe(true);
    expect(matches(c, { headers: { 'X-Preview': 'no' } })).toBe(false);
    expect(matches(c, {})).toBe(false);
    expect(matches({ field: 'http-header', headerName: 'User-Agent', values: ['*Mobile*'] }, { headers: { 'user-agent': 'Foo mobile/1' } })).toBe(true);
  });

  it('explains a missing header and a match', () => {
    expect(explain(c, req())).toEqual({
      field: 'http-header',
      headerName: 'X-Preview',
      values: ['yes', 'tr?e'],
      matched: false,
      tested: 'no X-Preview header',
      matchedValue: null,
      reason: 'http-header: the request has no X-Preview header (header names are case-insensitive)',
    });
    const hit = explain(c, req({ headers: { 'x-preview': 'yes' } }));
    expect(hit).toMatchObject({ matched: true, tested: 'header X-Preview: yes', matchedValue: 'yes' });
    expect(explain(c, req({ headers: { 'x-preview': 'no' } })).reason).toContain('compared case-insensitively');
  });
});

describe('http-request-method', () => {
  const c: ConditionSpec = { field: 'http-request-method', values: ['GET', 'HEAD'] };

  it('is an exact, case-sensitive match with no wildcards', () => {
    expect(matches(c, { method: 'GET' })).toBe(true);
    expect(matches(c, { method: 'HEAD' })).toBe(true);
    expect(matches(c, { method: 'get' })).toBe(false);
    expect(matches({ field: 'http-request-method', values: ['G*'] }, { method: 'GET' })).toBe(false);
  });

  it('explains the case miss', () => {
    expect(explain({ field: 'http-request-method', values: ['GET'] }, req({ method: 'get' })).reason).toBe(
      'http-request-method is case-sensitive: "get" does not match "GET"',
    );
    expect(explain(c, req({ method: 'POST' })).reason).toContain('"POST" is not "GET" or "HEAD"');
  });
});

describe('query-string', () => {
  it('compares keys and values case-insensitively', () => {
    const c: ConditionSpec = { field: 'query-string', values: [{ key: 'debug', value: 'true' }] };
    expect(matches(c, { query: 'debug=TRUE' })).toBe(true);
    expect(matches(c, { query: 'v=2&DEBUG=true' })).toBe(true);
    expect(matches(c, { query: 'debug=false' })).toBe(false);
    expect(matches(c, { query: '' })).toBe(false);
  });

  it('matches a keyless value against any key', () => {
    const c: ConditionSpec = { field: 'query-string', values: [{ key: null, value: 'beta' }] };
    expect(matches(c, { query: 'channel=beta' })).toBe(true);
    expect(matches(c, { query: 'x=1&y=BETA' })).toBe(true);
    expect(matches(c, { query: 'beta=1' })).toBe(false);
  });

  it('supports wildcards and the \\* escape', () => {
    expect(matches({ field: 'query-string', values: [{ key: 'v', value: '2*' }] }, { query: 'v=2.1' })).toBe(true);
    const literal: ConditionSpec = { field: 'query-string', values: [{ key: 'q', value: 'a\\*b' }] };
    expect(matches(literal, { query: 'q=a*b' })).toBe(true);
    expect(matches(literal, { query: 'q=a%2Ab' })).toBe(true);
    expect(matches(literal, { query: 'q=axb' })).toBe(false);
  });

  it('is satisfied by any configured pair and decodes the request', () => {
    const c: ConditionSpec = { field: 'query-string', values: [{ key: 'a', value: '1' }, { key: 'name', value: 'jane doe' }] };
    expect(matches(c, { query: 'name=Jane+Doe' })).toBe(true);
    const compiled = compileCondition(c);
    // The one-entry cache must not leak one request's pairs into the next.
    expect(compiled.matches(req({ query: 'a=1' }))).toBe(true);
    expect(compiled.matches(req({ query: 'a=2' }))).toBe(false);
    expect(compiled.matches(req({ query: 'a=1' }))).toBe(true);
  });

  it('explains', () => {
    const keyless = explain({ field: 'query-string', values: [{ key: null, value: 'beta' }] }, req({ query: 'channel=beta' }));
    expect(keyless).toMatchObject({ matched: true, tested: '?channel=beta', matchedValue: 'beta' });
    expect(keyless.reason).toContain('no key is configured');
    const keyed = explain({ field: 'query-string', values: [{ key: 'debug', value: 'true' }] }, req({ query: 'debug=TRUE' }));
    expect(keyed).toMatchObject({ matched: true, matchedValue: 'debug=true' });
    expect(keyed.reason).toContain('case-insensitive');
    expect(explain({ field: 'query-string', values: [{ key: 'a', value: 'b' }] }, req()).reason).toBe('query-string: the request has no query string');
  });
});

describe('source-ip', () => {
  const c: ConditionSpec = { field: 'source-ip', values: ['10.0.0.0/8', '192.168.0.0/16'] };

  it('tests CIDR membership of the connection address', () => {
    expect(matches(c, { sourceIp: '10.1.2.3' })).toBe(true);
    expect(matches(c, { sourceIp: '192.168.44.1' })).toBe(true);
    expect(matches(c, { sourceIp: '203.0.113.9' })).toBe(false);
    expect(matches(c, { sourceIp: '203.0.113.9', headers: { 'X-Forwarded-For': '10.0.0.1' } })).toBe(false);
    expect(matches({ field: 'source-ip', values: ['2001:db8::/32'] }, { sourceIp: '2001:db8::5' })).toBe(true);
    expect(matches({ field: 'source-ip', values: ['2001:db8::/32'] }, { sourceIp: '2001:db9::5' })).toBe(false);
    expect(matches({ field: 'source-ip', values: ['bogus'] }, { sourceIp: '10.0.0.1' })).toBe(false);
  });

  it('explains', () => {
    expect(explain(c, req({ sourceIp: '203.0.113.9' })).reason).toBe('source-ip 203.0.113.9 is not in 10.0.0.0/8 or 192.168.0.0/16');
    expect(explain(c, req({ sourceIp: '10.0.0.7' }))).toMatchObject({ matched: true, matchedValue: '10.0.0.0/8', reason: 'source-ip 10.0.0.7 is in 10.0.0.0/8' });
    expect(explain(c, req({ sourceIp: '203.0.113.9', headers: { 'x-forwarded-for': '10.0.0.1' } })).reason).toContain('never X-Forwarded-For');
  });
});

it('a condition with no values never matches', () => {
  const c: ConditionSpec = { field: 'path-pattern', values: [] };
  expect(matches(c, { path: '/' })).toBe(false);
  expect(explain(c, req()).reason).toBe('path-pattern: the condition has no values, so it never matches');
});
