import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromBase58btc,
  fromBase64url,
  fromHex,
  fromMultibase,
  toBase58btc,
  toBase64url,
  toHex,
  toMultibase58,
} from '../../src/internal/encoding.js';

describe('encodings', () => {
  it('round-trip arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(fromBase58btc(toBase58btc(bytes))).toEqual(bytes);
        expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
        expect(fromHex(toHex(bytes))).toEqual(bytes);
        expect(fromMultibase(toMultibase58(bytes))).toEqual(bytes);
      }),
    );
  });

  it('match Buffer for base64url and hex', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
        expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
      }),
    );
  });

  it('encodes the known did:key of the W3C vector key', () => {
    // 0xed01 + public key 8d... from w3c vc-di-eddsa keyPair.json
    const bytes = fromBase58btc('6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    expect(bytes.length).toBe(34);
    expect([bytes[0], bytes[1]]).toEqual([0xed, 0x01]);
    expect(toBase58btc(bytes)).toBe('6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
  });

  it('keeps leading zero bytes in base58', () => {
    expect(toBase58btc(new Uint8Array([0, 0, 1]))).toBe('112');
    expect(fromBase58btc('112')).toEqual(new Uint8Array([0, 0, 1]));
  });

  it('rejects malformed input', () => {
    expect(() => fromBase58btc('0OIl')).toThrow();
    expect(() => fromBase64url('a+b/')).toThrow();
    expect(() => fromHex('abc')).toThrow();
    expect(() => fromHex('zz')).toThrow();
    expect(() => fromMultibase('mAAAA')).toThrow(/multibase/);
  });
});
