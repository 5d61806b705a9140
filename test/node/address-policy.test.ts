// Which addresses the safe fetcher may connect to: a table of every class, and properties over
// random addresses (IPv4, and the IPv6 forms that embed one, are judged alike).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../src/node/address-policy.js';

const SEED = 0xadd2;

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', undefined],
    ['93.184.216.34', undefined],
    ['172.32.0.1', undefined],
    ['100.128.0.1', undefined],
    ['2606:4700::1111', undefined],
    ['::ffff:8.8.8.8', undefined],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared-cgnat'],
    ['100.127.255.255', 'shared-cgnat'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['169.254.169.254', 'cloud-metadata'],
    ['169.254.170.2', 'cloud-metadata'],
    ['100.100.100.200', 'cloud-metadata'],
    ['fd00:ec2::254', 'cloud-metadata'],
    ['::ffff:169.254.169.254', 'cloud-metadata'],
    ['fc00::1', 'unique-local'],
    ['fdff::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.255', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.51.100.1', 'reserved'],
    ['203.0.113.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:a00:1::1', 'private'],
    ['fe80::1%eth0', 'invalid'],
    ['example.org', 'invalid'],
    ['1.2.3.4.5', 'invalid'],
  ])('%s → %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
  const dotted = ([a, b, c, d]: [number, number, number, number]) => `${a}.${b}.${c}.${d}`;
  const hex = ([a, b, c, d]: [number, number, number, number]) =>
    `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;

  it('judges an IPv4 address and its IPv4-mapped IPv6 forms alike', () => {
    fc.assert(
      fc.property(octets, (o) => {
        const v4 = classifyAddress(dotted(o));
        expect(classifyAddress(`::ffff:${dotted(o)}`)).toBe(v4);
        expect(classifyAddress(`::ffff:${hex(o)}`)).toBe(v4);
        expect(classifyAddress(`0:0:0:0:0:ffff:${hex(o)}`)).toBe(v4);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('refuses every address of the private, loopback, link-local and CGNAT ranges', () => {
    const inRange = fc.oneof(
      octets.map(([, b, c, d]) => [10, b, c, d] as [number, number, number, number]),
      octets.map(([, b, c, d]) => [127, b, c, d] as [number, number, number, number]),
      octets.map(([, b, c, d]) => [172, 16 + (b % 16), c, d] as [number, number, number, number]),
      octets.map(([, , c, d]) => [192, 168, c, d] as [number, number, number, number]),
      octets.map(([, , c, d]) => [169, 254, c, d] as [number, number, number, number]),
      octets.map(([, b, c, d]) => [100, 64 + (b % 64), c, d] as [number, number, number, number]),
    );
    fc.assert(
      fc.property(inRange, (o) => {
        expect(classifyAddress(dotted(o))).toBeDefined();
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('refuses all of fc00::/7, fe80::/10 and ff00::/8', () => {
    const groups = fc.array(fc.nat(0xffff), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.constantFrom(0xfc00, 0xfe80, 0xff00),
        fc.nat(0xff),
        groups,
        (prefix, low, rest) => {
          // fc00::/7 is fcXX and fdXX; fe80::/10 is fe80-febf; ff00::/8 is ffXX.
          const first =
            prefix === 0xfc00
              ? 0xfc00 | ((low & 1) << 8) | low
              : prefix === 0xfe80
                ? 0xfe80 | (low & 0x3f)
                : 0xff00 | low;
          const address = [first, ...rest].map((g) => g.toString(16)).join(':');
          expect(classifyAddress(address)).toBeDefined();
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
