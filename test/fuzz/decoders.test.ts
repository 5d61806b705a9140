// Fuzz: the decoders a stranger's strings reach — base58btc, multibase, base64url, the JSON error
// locator. Each either returns or throws a plain Error (they are internal: their callers turn that
// into a finding), and what decodes re-encodes to the same text.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  Base58Error,
  fromBase58btc,
  fromMultibase58,
  toBase58btc,
} from '../../src/internal/base58.js';
import { fromBase64url, fromMultibase, toBase64url } from '../../src/internal/encoding.js';
import { jsonErrorOffset, parseJsonText } from '../../src/internal/json-syntax.js';
import { fuzz } from './harness.js';
import { mutatedText } from './mutate.js';
import { JSON_TEXTS, JWTS, MULTIBASE } from './seeds.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const base58ish = fc.oneof(
  mutatedText(MULTIBASE.map((m) => m.slice(1))),
  fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3000 }).map((c) => c.join('')),
);

fuzz({
  name: 'base58btc',
  arbitrary: fc.tuple(base58ish, fc.option(fc.nat(5000), { nil: undefined })),
  run: ([text, maxLength]) => fromBase58btc(text, maxLength === undefined ? {} : { maxLength }),
  accept: (error) => error instanceof Base58Error,
  check: (result, [text]) => expect(toBase58btc(result as Uint8Array)).toBe(text),
  batch: { full: 5000, slice: 150 },
  batches: 4,
});

fuzz({
  name: 'multibase (z, u)',
  arbitrary: mutatedText(MULTIBASE, ['z', 'u', 'm', 'f']),
  run: (text) => ({
    z: safe(() => fromMultibase58(text)),
    any: fromMultibase(text, { maxLength: 4096 }),
  }),
  accept: (error) => error instanceof Error && !(error instanceof TypeError),
  batch: { full: 5000, slice: 100 },
  batches: 2,
});

fuzz({
  name: 'base64url',
  arbitrary: mutatedText(JWTS.flatMap((jwt) => jwt.split('.'))),
  run: (text) => fromBase64url(text),
  accept: (error) => error instanceof Error && !(error instanceof TypeError),
  // Not always the same text (unused trailing bits), but always the same bytes again.
  check: (result) => expect(fromBase64url(toBase64url(result as Uint8Array))).toEqual(result),
  batch: { full: 1000, slice: 100 },
  batches: 10,
});

fuzz({
  name: 'JSON text (error locator)',
  arbitrary: mutatedText(JSON_TEXTS),
  run: (text) => ({ parsed: parseJsonText(text), offset: jsonErrorOffset(text) }),
  check: (result) => {
    const { parsed, offset } = result as {
      parsed: { ok: boolean; message?: string };
      offset: number;
    };
    expect(parsed.ok).toBe(offset < 0);
    if (!parsed.ok) expect(parsed.message).toMatch(/^not valid JSON at line \d+ column \d+/);
  },
  batch: { full: 2500, slice: 100 },
  batches: 4,
});

function safe<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof Base58Error)) throw error;
    return undefined;
  }
}
