// Which IP addresses a fetch may connect to: public unicast only. Everything a server-side request
// forgery aims at is refused — loopback, private networks (RFC 1918, CGNAT RFC 6598), link-local
// (where cloud metadata services live), unique-local, unspecified, multicast, broadcast,
// documentation and reserved ranges (RFC 6890 special-purpose registries) — and IPv6 forms that
// carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by that address.
import { isIPv4, isIPv6 } from 'node:net';

/** Why an address is not public. */
export type AddressClass =
  | 'cloud-metadata'
  | 'loopback'
  | 'private'
  | 'shared-cgnat'
  | 'link-local'
  | 'unique-local'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

/** Well-known metadata endpoints, named so a refusal says what was aimed at. */
const METADATA = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle
  '169.254.170.2', // AWS ECS task metadata
  '100.100.100.200', // Alibaba Cloud
  'fd00:ec2:0:0:0:0:0:254', // AWS IPv6
]);

type Range = [base: number, bits: number, kind: AddressClass];

const IPV4_RANGES: Range[] = [
  [ipv4('0.0.0.0'), 8, 'unspecified'],
  [ipv4('10.0.0.0'), 8, 'private'],
  [ipv4('100.64.0.0'), 10, 'shared-cgnat'],
  [ipv4('127.0.0.0'), 8, 'loopback'],
  [ipv4('169.254.0.0'), 16, 'link-local'],
  [ipv4('172.16.0.0'), 12, 'private'],
  [ipv4('192.0.0.0'), 24, 'reserved'], // IETF protocol assignments
  [ipv4('192.0.2.0'), 24, 'reserved'], // documentation
  [ipv4('192.88.99.0'), 24, 'reserved'], // 6to4 relay anycast
  [ipv4('192.168.0.0'), 16, 'private'],
  [ipv4('198.18.0.0'), 15, 'reserved'], // benchmarking
  [ipv4('198.51.100.0'), 24, 'reserved'], // documentation
  [ipv4('203.0.113.0'), 24, 'reserved'], // documentation
  [ipv4('224.0.0.0'), 4, 'multicast'],
  [ipv4('255.255.255.255'), 32, 'broadcast'],
  [ipv4('240.0.0.0'), 4, 'reserved'],
];

function ipv4(text: string): number {
  return text.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function inRange(value: number, base: number, bits: number): boolean {
  const size = 2 ** (32 - bits);
  return value >= base && value < base + size;
}

/**
 * Classifies an IP address (IPv4 dotted, or IPv6, optionally in brackets); `undefined` means a
 * public unicast address a fetch may use.
 */
export function classifyAddress(address: string): AddressClass | undefined {
  const text = address.replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(text)) return classifyIpv4(ipv4(text), text);
  if (isIPv6(text) && !text.includes('%')) return classifyIpv6(ipv6Hextets(text));
  return 'invalid';
}

function classifyIpv4(value: number, text: string): AddressClass | undefined {
  if (METADATA.has(text)) return 'cloud-metadata';
  for (const [base, bits, kind] of IPV4_RANGES) if (inRange(value, base, bits)) return kind;
  return undefined;
}

function classifyIpv6(h: number[]): AddressClass | undefined {
  const at = (i: number) => h[i] as number;
  const embedded = (hi: number, lo: number) => {
    const value = at(hi) * 65536 + at(lo);
    return classifyIpv4(
      value,
      [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.'),
    );
  };
  if (METADATA.has(h.map((x) => x.toString(16)).join(':'))) return 'cloud-metadata';
  const zeros = (from: number, to: number) => h.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && at(7) === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64).
  if (zeros(0, 5) && at(5) === 0xffff) return embedded(6, 7);
  if (zeros(0, 6)) return embedded(6, 7) ?? 'reserved';
  if (at(0) === 0x64 && at(1) === 0xff9b && zeros(2, 6)) return embedded(6, 7);
  if (at(0) === 0x64 && at(1) === 0xff9b && at(2) === 1) return 'reserved'; // local-use NAT64
  if (at(0) === 0x2002) return embedded(1, 2); // 6to4 embeds the IPv4 address
  if ((at(0) & 0xffc0) === 0xfe80) return 'link-local';
  if ((at(0) & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((at(0) & 0xfe00) === 0xfc00) return 'unique-local';
  if ((at(0) & 0xff00) === 0xff00) return 'multicast';
  if (at(0) === 0x2001 && at(1) === 0x0db8) return 'reserved'; // documentation
  if (at(0) === 0x0100 && zeros(1, 4)) return 'reserved'; // discard-only
  if (at(0) === 0x2001 && at(1) < 0x0200) return 'reserved'; // IETF protocol assignments (Teredo…)
  if (at(0) < 0x2000 || at(0) >= 0x4000) return 'reserved'; // outside global unicast 2000::/3
  return undefined;
}

// Eight 16-bit groups of a valid IPv6 address; a trailing dotted IPv4 part becomes two groups.
function ipv6Hextets(text: string): number[] {
  let body = text.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const value = ipv4(dotted[1] as string);
    body = `${body.slice(0, dotted.index)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const [head = '', rest] = body.split('::') as [string, string | undefined];
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const middle = new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...middle, ...right];
}
