// Documents outside the fast path's features are declined (with a reason) and canonicalized by
// jsonld.js instead, with the same result jsonld.js gives; safe-mode problems are reported with
// jsonld.js's condition code and the JSON Pointer of the offending place.
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { canonize } from '../../src/jsonld/canonize.js';
import { oracleCanonize } from './oracle.js';

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const EX = 'https://example.com/contexts/';

// Contexts with features the fast path leaves to jsonld.js, served by the loader.
const documentLoader = createDocumentLoader({
  resources: {
    [`${EX}index.json`]: {
      '@context': {
        ex: 'https://example.com/vocab#',
        tags: { '@id': 'ex:tags', '@container': '@index' },
      },
    },
    [`${EX}language.json`]: {
      '@context': {
        ex: 'https://example.com/vocab#',
        label: { '@id': 'ex:label', '@container': '@language' },
      },
    },
    [`${EX}reverse.json`]: {
      '@context': { ex: 'https://example.com/vocab#', parent: { '@reverse': 'ex:child' } },
    },
    [`${EX}base.json`]: {
      '@context': {
        '@base': 'https://example.com/base/',
        ex: 'https://example.com/vocab#',
        ref: { '@id': 'ex:ref', '@type': '@id' },
      },
    },
    [`${EX}direction.json`]: {
      '@context': { '@direction': 'rtl', ex: 'https://example.com/vocab#', note: 'ex:note' },
    },
    [`${EX}idmap.json`]: {
      '@context': {
        ex: 'https://example.com/vocab#',
        byId: { '@id': 'ex:byId', '@container': '@id' },
      },
    },
    [`${EX}nest.json`]: {
      '@context': { ex: 'https://example.com/vocab#', details: '@nest', note: 'ex:note' },
    },
    [`${EX}plain.json`]: {
      '@context': {
        ex: 'https://example.com/vocab#',
        note: 'ex:note',
        items: { '@id': 'ex:items', '@container': '@list' },
      },
    },
  },
});

const base = {
  type: ['VerifiableCredential'],
  issuer: 'https://example.edu/issuer',
  validFrom: '2024-01-01T00:00:00Z',
};
const withContext = (extra: string, body: Record<string, unknown>) => ({
  '@context': [VC2, `${EX}${extra}`],
  ...base,
  credentialSubject: { id: 'did:example:1', ...body },
});

const DECLINED: [string, Record<string, unknown>][] = [
  [
    '@nest key',
    {
      '@context': [VC2],
      ...base,
      '@nest': { name: 'x' },
      credentialSubject: { id: 'did:example:1' },
    },
  ],
  [
    '@reverse key',
    {
      '@context': [VC2],
      ...base,
      credentialSubject: {
        id: 'did:example:1',
        '@reverse': { 'https://ex.com/p': { id: 'did:example:2', name: 'x' } },
      },
    },
  ],
  [
    '@included key',
    {
      '@context': [VC2],
      ...base,
      '@included': [{ id: 'did:example:3', name: 'x' }],
      credentialSubject: { id: 'did:example:1' },
    },
  ],
  ['@graph key', { '@context': [VC2], '@graph': [{ id: 'did:example:3', name: 'x' }] }],
  [
    'inline context',
    {
      '@context': [VC2, { ex: 'https://example.com/vocab#' }],
      ...base,
      credentialSubject: { id: 'did:example:1', 'ex:note': 'x' },
    },
  ],
  ['index container', withContext('index.json', { tags: { a: 'x', b: 'y' } })],
  ['language map', withContext('language.json', { label: { en: 'Hello', fr: 'Bonjour' } })],
  ['id map', withContext('idmap.json', { byId: { 'https://ex.com/a': { name: 'a' } } })],
  ['reverse term', withContext('reverse.json', { parent: { id: 'did:example:9' } })],
  ['@base in a context', withContext('base.json', { ref: 'relative/thing' })],
  ['@direction default', withContext('direction.json', { note: 'שלום' })],
  ['@nest term', withContext('nest.json', { details: { note: 'nested' } })],
  ['list object', withContext('plain.json', { note: { '@list': ['a', 'b'] } })],
  ['set object', withContext('plain.json', { note: { '@set': ['a', 'b'] } })],
  ['nested array', withContext('plain.json', { note: [['a', 'b'], 'c'] })],
  ['nested array in a list', withContext('plain.json', { items: [['a'], ['b', 'c']] })],
  [
    'value object with @index',
    withContext('plain.json', { note: { '@value': 'x', '@index': 'i' } }),
  ],
  [
    'value object with @direction',
    withContext('plain.json', { note: { '@value': 'x', '@language': 'ar', '@direction': 'rtl' } }),
  ],
  [
    'unknown keyword',
    { '@context': [VC2], ...base, credentialSubject: { id: 'did:example:1', '@explicit': true } },
  ],
  [
    '__proto__ member (JSON text)',
    JSON.parse(
      `{"@context": ["${VC2}"], "type": ["VerifiableCredential"], "issuer": "https://example.edu/i", "validFrom": "2024-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:1", "__proto__": {"name": "x"}}}`,
    ),
  ],
  [
    '__proto__ member inside a JSON literal',
    JSON.parse(
      `{"@context": ["${VC2}"], "type": ["VerifiableCredential"], "issuer": "https://example.edu/i", "validFrom": "2024-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:1"}, "_sd": [{"__proto__": null, "a": 1}]}`,
    ),
  ],
  [
    'top-level scalar in array',
    [
      { '@context': [VC2], ...base, credentialSubject: { id: 'did:example:1' } },
      'stray',
    ] as unknown as Record<string, unknown>,
  ],
];

describe('jsonld fast path: fallback to jsonld.js', () => {
  it.each(DECLINED)('%s: declined, and the fallback equals jsonld.js', async (_name, document) => {
    const fast = await canonize(document, { documentLoader, fallback: false });
    expect(fast).toMatchObject({ ok: false, path: 'declined', code: 'fast path declined' });
    const fallback = await canonize(document, { documentLoader });
    expect(fallback.path).toBe('fallback');
    const expected = await oracleCanonize(document, documentLoader);
    if (expected.ok) expect(fallback).toMatchObject({ ok: true, nquads: expected.nquads });
    else expect(fallback).toMatchObject({ ok: false, code: expected.code });
  });

  it('supports what the declined cases are near to: @list containers, value objects, languages', async () => {
    const documents = [
      withContext('plain.json', {
        items: ['b', 'a', 1, true, 5.5],
      }),
      withContext('plain.json', { items: [{ id: 'did:example:x', note: 'n' }, { note: 'm' }] }),
      withContext('plain.json', { items: [] }),
      withContext('plain.json', { note: { '@value': 'x', '@language': 'EN-us' } }),
      withContext('plain.json', {
        note: { '@value': '5', '@type': 'http://www.w3.org/2001/XMLSchema#integer' },
      }),
      withContext('plain.json', {
        note: [
          { '@value': 'x' },
          'x',
          { '@value': 'x', '@type': 'http://www.w3.org/2001/XMLSchema#string' },
        ],
      }),
    ];
    for (const document of documents) {
      const fast = await canonize(document, { documentLoader, fallback: false });
      const expected = await oracleCanonize(document, documentLoader);
      expect(fast.path, JSON.stringify({ document, fast, expected })).toBe('fast');
      expect(expected.ok && fast.ok && fast.nquads, JSON.stringify({ document, expected })).toBe(
        expected.ok ? expected.nquads : 'oracle failed',
      );
    }
  });
});

const SAFE_MODE: [string, Record<string, unknown>, string, string][] = [
  [
    'undefined term',
    {
      '@context': [VC1],
      type: ['VerifiableCredential'],
      issuer: 'https://ex.com/i',
      issuanceDate: '2024-01-01T00:00:00Z',
      credentialSubject: { id: 'did:ex:1', favouriteColour: 'blue' },
    },
    'invalid property',
    '/credentialSubject/favouriteColour',
  ],
  [
    'relative @id',
    { '@context': [VC2], ...base, credentialSubject: { id: 'students/42' } },
    'relative @id reference',
    '/credentialSubject/id',
  ],
  [
    'relative @type',
    {
      '@context': [VC1],
      type: ['VerifiableCredential', 'MyCredential'],
      issuer: 'https://ex.com/i',
      issuanceDate: '2024-01-01T00:00:00Z',
      credentialSubject: { id: 'did:ex:1' },
    },
    'relative @type reference',
    '/type/1',
  ],
  [
    'relative IRI value',
    { '@context': [VC2], ...base, issuer: 'issuers/1', credentialSubject: { id: 'did:ex:1' } },
    'relative object reference',
    '/issuer',
  ],
  [
    'reserved @id',
    { '@context': [VC2], ...base, id: '@foo', credentialSubject: { id: 'did:ex:1' } },
    'reserved @id value',
    '/id',
  ],
  [
    'empty proof',
    { '@context': [VC2], ...base, credentialSubject: { id: 'did:ex:1' }, proof: {} },
    'empty object',
    '/proof',
  ],
  [
    'id-only proof',
    {
      '@context': [VC2],
      ...base,
      credentialSubject: { id: 'did:ex:1' },
      proof: { id: 'urn:uuid:1' },
    },
    'object with only @id',
    '/proof',
  ],
  [
    'IRI proof',
    { '@context': [VC2], ...base, credentialSubject: { id: 'did:ex:1' }, proof: 'urn:uuid:1' },
    'object with only @id',
    '/proof',
  ],
  ['empty document', { '@context': [VC2] }, 'empty object', ''],
  [
    'blank node predicate',
    { '@context': [VC2], ...base, credentialSubject: { id: 'did:ex:1', '_:p': 'x' } },
    'blank node predicate',
    '/credentialSubject/_:p',
  ],
  [
    'invalid language',
    {
      '@context': [VC2],
      ...base,
      credentialSubject: { id: 'did:ex:1', name: { '@value': 'x', '@language': 'not a tag' } },
    },
    'invalid @language value',
    '/credentialSubject/name',
  ],
  [
    'null @value',
    { '@context': [VC2], ...base, credentialSubject: { id: 'did:ex:1', name: { '@value': null } } },
    'null @value value',
    '/credentialSubject/name',
  ],
];

describe('jsonld fast path: IRI edge cases', () => {
  it('an absolute-looking key with a space is not an IRI (invalid property)', async () => {
    const document = {
      '@context': [VC2],
      ...base,
      credentialSubject: { id: 'did:ex:1', 'https://ex.com/a b': 'x' },
    };
    const fast = await canonize(document, { documentLoader, fallback: false });
    expect(fast).toMatchObject({
      ok: false,
      code: 'invalid property',
      pointer: '/credentialSubject/https:~1~1ex.com~1a b',
    });
    expect(await oracleCanonize(document, documentLoader)).toEqual({
      ok: false,
      code: 'invalid property',
    });
  });

  it('an empty IRI value is relative under base "" and dropped under base null, as in jsonld.js', async () => {
    const document = {
      '@context': [VC2],
      ...base,
      issuer: '',
      credentialSubject: { id: 'did:ex:1' },
    };
    expect(await canonize(document, { documentLoader, fallback: false })).toMatchObject({
      ok: false,
      code: 'relative object reference',
      pointer: '/issuer',
    });
    expect(await oracleCanonize(document, documentLoader)).toEqual({
      ok: false,
      code: 'relative object reference',
    });
    const fast = await canonize(document, { documentLoader, fallback: false, base: null });
    const expected = await jsonld.canonize(structuredClone(document), {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      base: null,
      documentLoader,
    });
    expect(fast).toMatchObject({ ok: true, path: 'fast', nquads: expected });
    expect(expected).not.toContain('credentials#issuer');
  });
});

describe('jsonld fast path: safe-mode conditions', () => {
  it.each(SAFE_MODE)('%s', async (_name, document, code, pointer) => {
    const fast = await canonize(document, { documentLoader, fallback: false });
    expect(fast).toMatchObject({ ok: false, path: 'fast', code, pointer });
    const expected = await oracleCanonize(document, documentLoader);
    expect(expected).toEqual({ ok: false, code });
  });

  it('context errors carry jsonld.js error codes', async () => {
    const document = {
      '@context': [VC2, 'https://purl.imsglobal.org/spec/ob/v3p0/context.json'],
      ...base,
      credentialSubject: { id: 'did:ex:1' },
    };
    const fast = await canonize(document, { documentLoader, fallback: false });
    expect(fast).toMatchObject({ ok: false, path: 'fast', code: 'protected term redefinition' });
    expect(await oracleCanonize(document, documentLoader)).toEqual({
      ok: false,
      code: 'protected term redefinition',
    });
    const missing = { ...document, '@context': [VC2, 'https://example.com/not-served.json'] };
    expect(await canonize(missing, { documentLoader, fallback: false })).toMatchObject({
      ok: false,
      code: 'loading remote context failed',
    });
    expect(await oracleCanonize(missing, documentLoader)).toEqual({
      ok: false,
      code: 'loading remote context failed',
    });
  });
});
