// The schema transformations behind the generated validators (scripts/schema-defs.mjs). The
// end-to-end guarantee (the shipped validators agree with ajv on the original files) is
// test/schema/generated-parity.test.ts; these pin the rules that make it hold.
import { describe, expect, it } from 'vitest';
import {
  canonicalKey,
  refsOf,
  rewriteRefs,
  shareableDefs,
  stripAnnotations,
  // @ts-expect-error -- a plain .mjs script without type declarations
} from '../../scripts/schema-defs.mjs';

const str = { type: 'string' };
const schema = ($defs: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  $id: `https://example.org/${Object.keys($defs).join('-')}.json`,
  ...extra,
  $defs,
});
const shared = (...schemas: unknown[]) => [...shareableDefs(schemas).keys()];

describe('shareableDefs', () => {
  it('shares a definition every schema defines alike, and one only a single schema has', () => {
    expect(shared(schema({ Image: str, Only: str }), schema({ Image: str }))).toEqual([
      'Image',
      'Only',
    ]);
  });

  it('keeps a definition that differs between schemas in each schema', () => {
    expect(shared(schema({ Image: str }), schema({ Image: { type: 'object' } }))).toEqual([]);
  });

  it('keeps a definition whose reference points at a definition that differs', () => {
    const a = schema({ Profile: { $ref: '#/$defs/Image' }, Image: str });
    const b = schema({ Profile: { $ref: '#/$defs/Image' }, Image: { type: 'object' } });
    expect(shared(a, b)).toEqual([]);
  });

  it('shares mutually recursive definitions that are alike', () => {
    const defs = {
      Profile: { properties: { endorsement: { $ref: '#/$defs/Endorsement' } } },
      Endorsement: { properties: { issuer: { $ref: '#/$defs/Profile' } } },
    };
    expect(shared(schema(defs), schema(structuredClone(defs)))).toEqual(['Endorsement', 'Profile']);
  });

  it('keeps a definition that refers to anything but a $defs entry (it would point elsewhere)', () => {
    expect(shared(schema({ Tree: { items: { $ref: '#' } } }))).toEqual([]);
    expect(shared(schema({ P: { $ref: '#/properties/id' } }))).toEqual([]);
  });

  it('sees references under a property named like a keyword', () => {
    const a = schema({ X: { properties: { $ref: { $ref: '#/$defs/Y' } } }, Y: str });
    const b = schema({ X: { properties: { $ref: { $ref: '#/$defs/Y' } } }, Y: { type: 'null' } });
    expect(shared(a, b)).toEqual([]);
  });
});

describe('canonicalKey', () => {
  it('ignores key order and the order of anyOf members', () => {
    expect(canonicalKey({ anyOf: [str, { type: 'object', minProperties: 1 }] })).toBe(
      canonicalKey({ anyOf: [{ minProperties: 1, type: 'object' }, str] }),
    );
  });

  it('keeps the order of oneOf members and items tuples', () => {
    expect(canonicalKey({ oneOf: [str, { type: 'null' }] })).not.toBe(
      canonicalKey({ oneOf: [{ type: 'null' }, str] }),
    );
    expect(canonicalKey({ items: [str, { type: 'null' }] })).not.toBe(
      canonicalKey({ items: [{ type: 'null' }, str] }),
    );
  });
});

describe('rewriteRefs', () => {
  it('rewrites references to shared names only, and never inside data', () => {
    const node = {
      properties: {
        a: { $ref: '#/$defs/Shared' },
        b: { $ref: '#/$defs/Local' },
        c: { const: { $ref: '#/$defs/Shared' } },
      },
    };
    expect(rewriteRefs(node, new Set(['Shared']), (name: string) => `urn:x:${name}`)).toEqual({
      properties: {
        a: { $ref: 'urn:x:Shared' },
        b: { $ref: '#/$defs/Local' },
        c: { const: { $ref: '#/$defs/Shared' } },
      },
    });
  });

  it('decodes escaped names (RFC 6901)', () => {
    expect([...refsOf({ $ref: '#/$defs/a~1b' })]).toEqual(['#/$defs/a~1b']);
    expect(rewriteRefs({ $ref: '#/$defs/a~1b%20c' }, new Set(['a/b c']), () => 'urn:x:ab')).toEqual(
      { $ref: 'urn:x:ab' },
    );
  });
});

describe('stripAnnotations', () => {
  it('drops description, $comment and title keywords but keeps properties of those names', () => {
    expect(
      stripAnnotations({
        title: 'T',
        description: 'D',
        $comment: 'C',
        properties: { title: { type: 'string', description: 'the title' } },
        required: ['title'],
        enum: [{ description: 'data' }],
      }),
    ).toEqual({
      properties: { title: { type: 'string' } },
      required: ['title'],
      enum: [{ description: 'data' }],
    });
  });
});
