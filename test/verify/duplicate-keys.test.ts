// Issue 15, duplicate JSON keys: when a credential arrives as text (a file, a JWT payload, a baked
// image), a key repeated in one object fails at reading with PARSE_DUPLICATE_KEY and the pointer
// of the second occurrence. JSON.parse keeps the last value and other verifiers the first, so the
// same bytes would mean two credentials. An object passed in already parsed cannot carry one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/index.js';
import { findDuplicateKey } from '../../src/internal/json-syntax.js';
import { generateKeyPair, signJwt } from '../../src/proof/index.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { BADGE_SVG } from '../bake/svg-tools.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { readFixture } from '../helpers/spec.js';

const VALID = readFixture<{ input: Record<string, unknown>; options: { now: string } }>(
  'verify',
  'valid-eddsa-rdfc-2022.json',
);
const NOW = { now: new Date(VALID.options.now) };

/** The signed fixture as text, with `"validUntil"` added twice to the top-level object. */
function withRepeatedKey(): string {
  const text = JSON.stringify(VALID.input, null, 2);
  return text.replace(
    /^\{/,
    '{\n  "validUntil": "2000-01-01T00:00:00Z",\n  "validUntil": "2999-01-01T00:00:00Z",',
  );
}

describe('findDuplicateKey', () => {
  it('finds the second occurrence, at any depth, with its pointer', () => {
    expect(findDuplicateKey('{"a":1,"b":{"c":[{"d":1},{"d":2,"e":3,"d":4}]}}')).toEqual({
      pointer: '/b/c/1/d',
      key: 'd',
    });
    expect(findDuplicateKey('{"a/b":1, "a\\/b" : 2}')).toEqual({ pointer: '/a~1b', key: 'a/b' });
    expect(findDuplicateKey('{"x":"\\"y\\":1,\\"y\\":2"}')).toBeUndefined();
    expect(findDuplicateKey('[{"a":1},{"a":2}]')).toBeUndefined();
  });

  it('agrees with a parse that counts keys, on any JSON', () => {
    const object = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.jsonValue(), {
      maxKeys: 4,
    });
    fc.assert(
      fc.property(fc.array(object, { maxLength: 3 }), fc.nat(), (objects, pick) => {
        // Join the members of several objects into one: duplicates appear when keys collide.
        const members = objects.flatMap((o) =>
          Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`),
        );
        const text = `{"outer":[${JSON.stringify(objects[pick % Math.max(objects.length, 1)] ?? {})}],${members.join(',') || '"z":0'}}`;
        const keys = members.map((m) => JSON.parse(`{${m}}`)).flatMap((o) => Object.keys(o));
        const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
        expect(findDuplicateKey(text)?.key).toBe(repeated);
      }),
      { seed: 1515, numRuns: 300 },
    );
  });
});

describe('a repeated key in a credential read from text', () => {
  it('fails verify and validate at parse, naming the key and its place', async () => {
    const text = withRepeatedKey();
    // The same object parsed by JSON.parse (the last value wins) is a different credential.
    expect(JSON.parse(text).validUntil).toBe('2999-01-01T00:00:00Z');
    for (const report of [await verify(text, NOW), await validate(text)]) {
      expect(report.findings).toEqual([
        expect.objectContaining({
          check: 'parse',
          code: 'PARSE_DUPLICATE_KEY',
          path: '/validUntil',
        }),
      ]);
      expect(report.status).toBe('invalid');
    }
    // The bytes too.
    const bytes = new TextEncoder().encode(text);
    expect((await verify(bytes, NOW)).findings[0]?.code).toBe('PARSE_DUPLICATE_KEY');
  });

  it('fails a VC-JWT whose payload repeats a key', async () => {
    const key = await generateKeyPair();
    const jwt = await signJwt(unsignedBadge(key.controller), { key });
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const json = Buffer.from(payload, 'base64url').toString('utf8');
    const doubled = json.replace(/^\{/, '{"iss":"did:example:other",');
    const forged = `${header}.${Buffer.from(doubled).toString('base64url')}.${signature}`;
    const report = await verify(forged);
    expect(report.findings[0]).toMatchObject({ code: 'PARSE_DUPLICATE_KEY', path: '/iss' });
    expect(report.verified).toBe(false);
  });

  it('fails a baked image whose credential repeats a key; bake refuses to write one', async () => {
    expect(() => bake(BADGE_SVG, withRepeatedKey())).toThrow(/"validUntil" twice/);
    // Baked by someone else: a key renamed in the image after baking.
    const baked = bake(
      BADGE_SVG,
      withRepeatedKey().replace('"validUntil": "2999', '"xalidUntil": "2999'),
    );
    const edited = baked.replace('"xalidUntil"', '"validUntil"');
    expect(edited).not.toBe(baked);
    const report = await verify(edited, NOW);
    expect(report.findings[0]).toMatchObject({
      code: 'PARSE_DUPLICATE_KEY',
      message: expect.stringContaining('"validUntil" twice in one object (at /validUntil)'),
    });
  });

  it('leaves the same credential without the repeat alone', async () => {
    const report = await verify(JSON.stringify(VALID.input), NOW);
    expect(report.verified).toBe(true);
  });
});
