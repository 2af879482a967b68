import { findHeader, hostWithoutPort, parseQuery } from '../../../src/engine/alb/request';

describe('parseQuery', () => {
  it('splits pairs and decodes %XX and +', () => {
    expect(parseQuery('v=2&debug=true')).toEqual([{ key: 'v', value: '2' }, { key: 'debug', value: 'true' }]);
    expect(parseQuery('q=hello+world&name=J%C3%BCrgen&x=%2A')).toEqual([
      { key: 'q', value: 'hello world' },
      { key: 'name', value: 'Jürgen' },
      { key: 'x', value: '*' },
    ]);
  });

  it('handles keys without values, empty segments and an empty query', () => {
    expect(parseQuery('flag&a=&&b=1=2')).toEqual([
      { key: 'flag', value: '' },
      { key: 'a', value: '' },
      { key: 'b', value: '1=2' },
    ]);
    expect(parseQuery('')).toEqual([]);
  });

  it('keeps malformed escapes as written', () => {
    expect(parseQuery('a=100%&b=%41%zz')).toEqual([{ key: 'a', value: '100%' }, { key: 'b', value: 'A%zz' }]);
  });
});

describe('request helpers', () => {
  it('drops the port from a Host header', () => {
    expect(hostWithoutPort('shop.example.com:8080')).toBe('shop.example.com');
    expect(hostWithoutPort('shop.example.com')).toBe('shop.example.com');
    expect(hostWithoutPort('[2001:db8::1]:443')).toBe('[2001:db8::1]');
  });

  it('finds headers by name case-insensitively', () => {
    expect(findHeader({ 'x-preview': 'yes' }, 'X-Preview')).toBe('yes');
    expect(findHeader({ 'X-PREVIEW': 'yes' }, 'x-preview')).toBe('yes');
    expect(findHeader({}, 'X-Preview')).toBeUndefined();
  });
});
