// Bits of a status list (W3C Bitstring Status List v1.0 §Bitstring Generation Algorithm):
// entry `index` of `size` bits occupies bits index × size … index × size + size − 1, bit 0 being
// the left-most (most significant) bit of the first byte, as in readBits.
import { fromBase64url } from '../internal/encoding.js';

/** Writes `value` into the `size` bits of entry `index`. */
export function writeBits(bits: Uint8Array, index: number, size: number, value: number): void {
  for (let i = 0; i < size; i++) {
    const position = index * size + i;
    const mask = 0x80 >> (position & 7);
    const set = (value >> (size - 1 - i)) & 1;
    const byte = bits[position >> 3] as number;
    bits[position >> 3] = set ? byte | mask : byte & ~mask;
  }
}

/** GZIP, then base64url with the multibase `u` prefix: an `encodedList` (§Bitstring Generation Algorithm). */
export async function compressBits(bits: Uint8Array): Promise<string> {
  const stream = new Blob([bits as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
  return `u${bytesToBase64url(compressed)}`;
}

/**
 * Unpadded base64url (RFC 4648 §5), fast on the 16 KiB bitmaps an allocation state carries: the
 * binary string for btoa is built a chunk at a time, not a character at a time.
 */
export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x2000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]);
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Unpadded base64url to bytes; undefined for anything that is not. */
export function base64urlToBytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    return fromBase64url(text);
  } catch {
    return undefined;
  }
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, byte) => {
  let n = 0;
  for (let b = byte; b > 0; b >>= 1) n += b & 1;
  return n;
});

/** Number of set bits in a byte. */
export function popcount(byte: number): number {
  return POPCOUNT[byte & 0xff] as number;
}

/** Number of set bits in a bitmap. */
export function countBits(bytes: Uint8Array): number {
  const table = POPCOUNT;
  let count = 0;
  for (let i = 0; i < bytes.length; i++) count += table[bytes[i] as number] as number;
  return count;
}
