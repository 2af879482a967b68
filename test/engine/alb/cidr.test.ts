import { cidrContains, parseCidr, parseIp } from '../../../src/engine/alb/cidr';

const block = (text: string) => {
  const b = parseCidr(text);
  if (b === null) throw new Error(`bad test CIDR ${text}`);
  return b;
};

describe('parseCidr', () => {
  it('parses IPv4 and IPv6 blocks', () => {
    expect(block('10.0.0.0/8')).toMatchObject({ family: 4, prefix: 8 });
    expect(block('2001:db8::/32')).toMatchObject({ family: 6, prefix: 32 });
    expect(block('0.0.0.0/0').prefix).toBe(0);
    expect(block('::/0').family).toBe(6);
  });

  it('returns null for invalid input', () => {
    for (const bad of ['10.0.0.0', '10.0.0.0/33', '10.0.0/8', '256.0.0.0/8', '10.0.0.01/8', 'abc/8', '10.0.0.0/', '/8',
      '2001:db8::/129', '2001:db8:::/32', '1::2::3/64', '12345::/16', '10.0.0.0/-1', '10.0.0.0/08', '', 'fe80::1%eth0/64']) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });
});

describe('cidrContains', () => {
  it('tests IPv4 membership', () => {
    expect(cidrContains(block('10.0.0.0/8'), '10.200.3.4')).toBe(true);
    expect(cidrContains(block('10.0.0.0/8'), '11.0.0.1')).toBe(false);
    expect(cidrContains(block('192.168.1.0/24'), '192.168.1.255')).toBe(true);
    expect(cidrContains(block('192.168.1.0/24'), '192.168.2.0')).toBe(false);
    expect(cidrContains(block('203.0.113.9/32'), '203.0.113.9')).toBe(true);
    expect(cidrContains(block('203.0.113.9/32'), '203.0.113.10')).toBe(false);
    expect(cidrContains(block('172.16.0.0/12'), '172.31.255.255')).toBe(true);
    expect(cidrContains(block('172.16.0.0/12'), '172.32.0.0')).toBe(false);
    expect(cidrContains(block('0.0.0.0/0'), '8.8.8.8')).toBe(true);
  });

  it('clears host bits in the block', () => {
    expect(cidrContains(block('10.1.2.3/8'), '10.9.9.9')).toBe(true);
  });

  it('tests IPv6 membership', () => {
    expect(cidrContains(block('2001:db8::/32'), '2001:db8:1234::1')).toBe(true);
    expect(cidrContains(block('2001:db8::/32'), '2001:db9::1')).toBe(false);
    expect(cidrContains(block('2001:db8:abcd:12::/63'), '2001:db8:abcd:13:ffff::')).toBe(true);
    expect(cidrContains(block('2001:db8:abcd:12::/63'), '2001:db8:abcd:14::')).toBe(false);
    expect(cidrContains(block('::1/128'), '0:0:0:0:0:0:0:1')).toBe(true);
    expect(cidrContains(block('::ffff:192.0.2.0/120'), '::ffff:192.0.2.77')).toBe(true);
  });

  it('never mixes families and rejects non-addresses', () => {
    expect(cidrContains(block('0.0.0.0/0'), '::1')).toBe(false);
    expect(cidrContains(block('::/0'), '10.0.0.1')).toBe(false);
    expect(cidrContains(block('0.0.0.0/0'), 'not-an-ip')).toBe(false);
  });

  it('expands :: in every position', () => {
    expect(Array.from(parseIp('1::')?.words ?? [])).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(parseIp('::2')?.words ?? [])).toEqual([0, 0, 0, 0, 0, 0, 0, 2]);
    expect(Array.from(parseIp('1:2::7:8')?.words ?? [])).toEqual([1, 2, 0, 0, 0, 0, 7, 8]);
    expect(Array.from(parseIp('a:b:c:d:e:f:1.2.3.4')?.words ?? [])).toEqual([10, 11, 12, 13, 14, 15, 0x102, 0x304]);
    expect(parseIp('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(parseIp('1:2:3:4:5:6:7')).toBeNull();
    expect(parseIp('1:2:3:4::5:6:7:8')).toBeNull();
    expect(parseIp('1:')).toBeNull();
  });
});
