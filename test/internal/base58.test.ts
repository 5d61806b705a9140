// The fast base58 decoder/encoder against two references: a tiny, obviously correct BigInt version
// (digit by digit, here in the test) and base58-universal, the decoder the @digitalbazaar suites
// use. Timings live in `npm run bench:base58`, not here.
import * as universal from 'base58-universal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Base58Error,
  fromBase58btc,
  fromMultibase58,
  toBase58btc,
  toMultibase58,
} from '../../src/internal/base58.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const SEED = 0x5eed58;

// Reference: the number is Σ digit·58^i; each leading '1' is one leading zero byte.
function referenceDecode(text: string): Uint8Array {
  let value = 0n;
  for (const c of text) {
    const digit = ALPHABET.indexOf(c);
    if (digit < 0) throw new Error(`not base58: ${c}`);
    value = value * 58n + BigInt(digit);
  }
  const zeros = /^1*/.exec(text)?.[0].length ?? 0;
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  return Uint8Array.from([...new Array(zeros).fill(0), ...bytes]);
}

function referenceEncode(bytes: Uint8Array): string {
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  let out = '';
  while (value > 0n) {
    out = ALPHABET[Number(value % 58n)] + out;
    value /= 58n;
  }
  const zeros = bytes.findIndex((b) => b !== 0);
  return '1'.repeat(zeros < 0 ? bytes.length : zeros) + out;
}

const withLeadingZeros = fc
  .tuple(fc.nat({ max: 6 }), fc.uint8Array({ maxLength: 300 }))
  .map(([zeros, rest]) => Uint8Array.from([...new Array(zeros).fill(0), ...rest]));

const base58Text = (maxLength: number) =>
  fc
    .tuple(
      fc.nat({ max: 5 }),
      fc.array(fc.constantFrom(...ALPHABET), { maxLength }).map((c) => c.join('')),
    )
    .map(([ones, rest]) => '1'.repeat(ones) + rest);

describe('base58btc', () => {
  it('round-trips arbitrary bytes, leading zeros included, and encodes as both references', () => {
    fc.assert(
      fc.property(withLeadingZeros, (bytes) => {
        const text = toBase58btc(bytes);
        expect(text).toBe(referenceEncode(bytes));
        expect(text).toBe(bytes.length === 0 ? '' : universal.encode(bytes));
        expect(fromBase58btc(text)).toEqual(bytes);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('decodes random alphabet strings as the references do, and re-encodes them unchanged', () => {
    fc.assert(
      fc.property(base58Text(400), (text) => {
        const bytes = fromBase58btc(text);
        expect(bytes).toEqual(referenceDecode(text));
        if (text !== '') expect(bytes).toEqual(universal.decode(text));
        expect(toBase58btc(bytes)).toBe(text);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('agrees with the reference on long inputs (many levels of the limb tree)', () => {
    fc.assert(
      fc.property(base58Text(6000), (text) => {
        const bytes = fromBase58btc(text);
        expect(bytes).toEqual(referenceDecode(text));
        expect(toBase58btc(bytes)).toBe(text);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('keeps leading zero bytes exact', () => {
    expect(fromBase58btc('')).toEqual(new Uint8Array());
    expect(fromBase58btc('1')).toEqual(Uint8Array.of(0));
    expect(fromBase58btc('111')).toEqual(Uint8Array.of(0, 0, 0));
    expect(fromBase58btc('112')).toEqual(Uint8Array.of(0, 0, 1));
    expect(fromBase58btc('1z')).toEqual(Uint8Array.of(0, 57));
    expect(toBase58btc(Uint8Array.of(0, 0, 0))).toBe('111');
    expect(toBase58btc(Uint8Array.of(0, 0, 1))).toBe('112');
    expect(toBase58btc(new Uint8Array())).toBe('');
  });

  it('decodes the did:key of the W3C vc-di-eddsa test key', () => {
    const bytes = fromMultibase58('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    expect(bytes.length).toBe(34);
    expect([bytes[0], bytes[1]]).toEqual([0xed, 0x01]);
    expect(toMultibase58(bytes)).toBe('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
  });

  it('refuses every character outside the alphabet, whitespace included, wherever it is', () => {
    const outside = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 1 })
      .filter((c) => !ALPHABET.includes(c));
    fc.assert(
      fc.property(base58Text(60), outside, fc.nat(), (text, bad, at) => {
        const i = at % (text.length + 1);
        const spoiled = text.slice(0, i) + bad + text.slice(i);
        expect(() => fromBase58btc(spoiled)).toThrow(Base58Error);
        expect(() => referenceDecode(spoiled)).toThrow();
      }),
      { seed: SEED, numRuns: 500 },
    );
    for (const text of [' 2', '2 ', '2\n', '\t2', '0', 'O', 'I', 'l', '+', 'é', '２']) {
      expect(() => fromBase58btc(text), JSON.stringify(text)).toThrow(Base58Error);
    }
  });

  it('checks maxLength before looking at the characters', () => {
    const long = `${'2'.repeat(1_000_000)} `;
    expect(() => fromBase58btc(long, { maxLength: 64 })).toThrow(/exceeds 64/);
    expect(() => fromMultibase58(`z${long}`, { maxLength: 64 })).toThrow(/exceeds 64/);
    expect(fromBase58btc('2'.repeat(64), { maxLength: 64 }).length).toBeGreaterThan(0);
  });

  it('multibase: only the z prefix', () => {
    expect(() => fromMultibase58('uAAAA')).toThrow(/"z" prefix/);
    expect(() => fromMultibase58('')).toThrow(/"z" prefix/);
    expect(fromMultibase58('z')).toEqual(new Uint8Array());
    expect(() => fromMultibase58('z 2')).toThrow(Base58Error);
  });

  it('does not echo the input in its errors', () => {
    const secret = 'secretsecret';
    const error = (() => {
      try {
        fromBase58btc(`2222I${secret}`);
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).toMatch(/offset 4/);
    expect(error?.message).not.toContain('secret');
  });
});
