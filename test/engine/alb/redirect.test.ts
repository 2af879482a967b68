import { redirectLocation, type RedirectAction } from '../../../src/engine/alb/redirect';
import type { RoutableRequest } from '../../../src/engine/alb/request';

const req = (over: Partial<RoutableRequest> = {}): RoutableRequest => ({
  method: 'GET',
  host: 'shop.example.com',
  path: '/api/users/7',
  query: 'v=2',
  headers: {},
  sourceIp: '203.0.113.10',
  ...over,
});

const redirect = (over: Partial<RedirectAction> = {}): RedirectAction => ({
  type: 'redirect',
  protocol: '#{protocol}',
  host: '#{host}',
  port: '#{port}',
  path: '/#{path}',
  query: '#{query}',
  statusCode: 301,
  ...over,
});

const http80 = { protocol: 'HTTP', port: 80 } as const;

describe('redirectLocation', () => {
  it('builds the HTTP to HTTPS redirect and drops the default port', () => {
    expect(redirectLocation(redirect({ protocol: 'HTTPS', port: '443' }), req(), http80)).toBe('https://shop.example.com/api/users/7?v=2');
  });

  it('keeps a non-default port', () => {
    expect(redirectLocation(redirect({ protocol: 'HTTPS', port: '8443' }), req(), http80)).toBe('https://shop.example.com:8443/api/users/7?v=2');
    expect(redirectLocation(redirect({ host: 'new.example.com' }), req(), { protocol: 'HTTP', port: 8080 })).toBe(
      'http://new.example.com:8080/api/users/7?v=2',
    );
  });

  it('omits port 80 for http via #{port} and port 443 for https', () => {
    expect(redirectLocation(redirect({ host: 'new.example.com' }), req(), http80)).toBe('http://new.example.com/api/users/7?v=2');
    expect(redirectLocation(redirect({ host: 'new.example.com' }), req(), { protocol: 'HTTPS', port: 443 })).toBe(
      'https://new.example.com/api/users/7?v=2',
    );
    // 80 is not the default for https, so it stays.
    expect(redirectLocation(redirect({ protocol: 'HTTPS' }), req(), http80)).toBe('https://shop.example.com:80/api/users/7?v=2');
  });

  it('writes no ? for an empty query', () => {
    expect(redirectLocation(redirect({ protocol: 'HTTPS', port: '443' }), req({ query: '' }), http80)).toBe('https://shop.example.com/api/users/7');
    expect(redirectLocation(redirect({ protocol: 'HTTPS', port: '443', query: '' }), req(), http80)).toBe('https://shop.example.com/api/users/7');
  });

  it('strips the leading / from #{path} and the port from #{host}', () => {
    const action = redirect({ protocol: 'HTTPS', port: '443', path: '/v2/#{path}', query: '#{query}&from=#{host}' });
    expect(redirectLocation(action, req({ host: 'shop.example.com:80' }), http80)).toBe(
      'https://shop.example.com/v2/api/users/7?v=2&from=shop.example.com',
    );
    expect(redirectLocation(redirect({ protocol: 'HTTPS', port: '443' }), req({ path: '/', query: '' }), http80)).toBe('https://shop.example.com/');
  });

  it('replaces every part with fixed values', () => {
    const action = redirect({ protocol: 'HTTPS', host: 'docs.example.com', port: '443', path: '/moved', query: 'from=old', statusCode: 302 });
    expect(redirectLocation(action, req(), http80)).toBe('https://docs.example.com/moved?from=old');
  });
});
