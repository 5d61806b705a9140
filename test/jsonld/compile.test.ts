// The context compiler agrees with jsonld.js context processing: the same term definitions for
// every bundled context and the usual combinations, protected-term errors exactly where jsonld.js
// raises them, and memoised results (a repeated document does no context work).
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader, listBundledContexts } from '../../src/context/index.js';
import { canonize } from '../../src/jsonld/canonize.js';
import { compileContext } from '../../src/jsonld/compile.js';
import { JsonLdProcessingError } from '../../src/jsonld/errors.js';
import { getContextStats } from '../../src/jsonld/process-context.js';
import type { ActiveContext } from '../../src/jsonld/types.js';
import { oracleCanonize } from './oracle.js';

const VC1 = 'https://www.w3.org/2018/credentials/v1';
const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
const EX = 'https://example.com/ctx/';

const documentLoader = createDocumentLoader({
  resources: {
    [`${EX}a.json`]: {
      '@context': {
        '@protected': true,
        foo: 'https://a.example/foo',
        Thing: { '@id': 'https://a.example/Thing' },
      },
    },
    [`${EX}a-same.json`]: { '@context': { '@protected': true, foo: 'https://a.example/foo' } },
    [`${EX}a-unprotected-same.json`]: { '@context': { foo: 'https://a.example/foo' } },
    [`${EX}a-expanded.json`]: {
      '@context': { '@protected': true, foo: { '@id': 'https://a.example/foo' } },
    },
    [`${EX}b.json`]: { '@context': { foo: 'https://b.example/foo' } },
    [`${EX}prefix.json`]: { '@context': { '@protected': true, pre: 'https://p.example/' } },
    [`${EX}prefix-expanded.json`]: { '@context': { pre: { '@id': 'https://p.example/' } } },
    [`${EX}scoped.json`]: {
      '@context': {
        '@protected': true,
        foo: 'https://a.example/foo',
        bar: { '@id': 'https://a.example/bar', '@context': { foo: 'https://b.example/foo' } },
        Typed: { '@id': 'https://a.example/Typed', '@context': { foo: 'https://c.example/foo' } },
        nulling: { '@id': 'https://a.example/nulling', '@context': null },
      },
    },
    [`${EX}import.json`]: {
      '@context': { '@import': `${EX}b.json`, baz: 'https://b.example/baz' },
    },
    [`${EX}propagate.json`]: {
      '@context': {
        ex: 'https://ex.example/',
        Kind: { '@id': 'ex:Kind', '@context': { '@propagate': true, inner: 'ex:inner' } },
        child: 'ex:child',
      },
    },
  },
});

// jsonld.js active context -> comparable plain data.
function jsonldTerms(context: JsonLdActiveContext) {
  const out: Record<string, unknown> = {};
  for (const [term, m] of context.mappings) {
    out[term] = {
      id: m['@id'] ?? null,
      type: m['@type'],
      container: Array.isArray(m['@container'])
        ? [...(m['@container'] as string[])].sort()
        : undefined,
      language: m['@language'],
      protected: m.protected === true,
      prefix: m._prefix,
      reverse: m.reverse === true,
      context: m['@context'],
    };
  }
  return out;
}

function ourTerms(context: ActiveContext) {
  const out: Record<string, unknown> = {};
  for (const [term, d] of context.terms) {
    out[term] = {
      id: d.id,
      type: d.type,
      container: d.container ? [...d.container].sort() : undefined,
      language: d.hasLanguage ? d.language : undefined,
      protected: d.protected,
      prefix: d.prefix,
      reverse: d.reverse,
      context: d.hasContext ? d.context : undefined,
    };
  }
  return out;
}

// jsonld.js modifies some context documents it loads; lerkit's are frozen: give it copies.
const copyingLoader = async (url: string) => {
  const remote = await documentLoader(url);
  return { ...remote, document: structuredClone(remote.document) };
};

type JsonLdActiveContext = { mappings: Map<string, Record<string, unknown>>; '@vocab'?: string };
// Not in lerkit's minimal typing of jsonld (src/types/vendor.d.ts), which src/ does not need.
const { processContext } = jsonld as unknown as {
  processContext(active: unknown, local: unknown, options: object): Promise<JsonLdActiveContext>;
};

async function jsonldContext(refs: unknown) {
  const initial = await processContext(null, null, { documentLoader: copyingLoader });
  return processContext(initial, refs, { documentLoader: copyingLoader });
}

const COMBINATIONS: string[][] = [
  ...listBundledContexts().map((c) => [c.url]),
  [VC1, OB],
  [VC2, OB],
  [VC2, CLR, OB],
  [VC1, CLR, OB, 'https://w3id.org/security/data-integrity/v2'],
  [VC2, OB, 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'],
  [VC1, 'https://w3id.org/security/suites/ed25519-2020/v1'],
  [`${EX}import.json`],
];

describe('jsonld context compiler', () => {
  it.each(COMBINATIONS)('%s: the same term definitions as jsonld.js', async (...refs) => {
    let theirs: JsonLdActiveContext;
    try {
      theirs = await jsonldContext(refs);
    } catch (error) {
      // e.g. the VC 1.1 examples context imports ODRL, which is not bundled: both fail alike.
      const code = (error as { details?: { code?: string } }).details?.code;
      await expect(compileContext(refs, { documentLoader })).rejects.toMatchObject({ code });
      return;
    }
    const ours = await compileContext(refs, { documentLoader });
    expect(ourTerms(ours)).toEqual(jsonldTerms(theirs));
    expect(ours.vocab).toBe(theirs['@vocab']);
  });

  it('is memoised: the same references give the same compiled context', async () => {
    const first = await compileContext([VC2, OB], { documentLoader });
    expect(await compileContext([VC2, OB], { documentLoader })).toBe(first);
  });

  it('a repeated document does no context work at all', async () => {
    const credential = {
      '@context': [VC2, OB],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://example.edu/i', type: ['Profile'], name: 'I' },
      validFrom: '2024-01-01T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: {
          id: 'urn:uuid:1',
          type: ['Achievement'],
          name: 'A',
          criteria: { narrative: 'n' },
          description: 'd',
        },
      },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        created: '2024-01-01T00:00:00Z',
        verificationMethod: 'https://example.edu/i#k',
        proofPurpose: 'assertionMethod',
      },
    };
    expect(await canonize(credential, { documentLoader, fallback: false })).toMatchObject({
      ok: true,
      path: 'fast',
    });
    const before = getContextStats().definitionsProcessed;
    const copy = structuredClone(credential);
    expect(await canonize(copy, { documentLoader, fallback: false })).toMatchObject({
      ok: true,
      path: 'fast',
    });
    expect(getContextStats().definitionsProcessed).toBe(before);
  });
});

describe('protected terms, as jsonld.js decides', () => {
  const cases: [string, unknown[], string | undefined][] = [
    ['different redefinition', [`${EX}a.json`, `${EX}b.json`], 'protected term redefinition'],
    ['identical redefinition', [`${EX}a.json`, `${EX}a-same.json`], undefined],
    [
      'identical but not marked protected',
      [`${EX}a.json`, `${EX}a-unprotected-same.json`],
      undefined,
    ],
    ['same IRI as an expanded definition', [`${EX}a.json`, `${EX}a-expanded.json`], undefined],
    [
      'a prefix redefined as a non-prefix',
      [`${EX}prefix.json`, `${EX}prefix-expanded.json`],
      'protected term redefinition',
    ],
    ['nullification', [`${EX}a.json`, null], 'invalid context nullification'],
    [
      'VC 2.0 then OB 3.0.0',
      [VC2, 'https://purl.imsglobal.org/spec/ob/v3p0/context.json'],
      'protected term redefinition',
    ],
    ['VC 2.0 twice', [VC2, VC2], undefined],
    ['OB 3.0.3 then VC 1.1', [OB, VC1], undefined],
  ];

  it.each(cases)('%s', async (_name, refs, code) => {
    const ours = await compileContext(refs, { documentLoader }).then(
      () => undefined,
      (error: unknown) => (error instanceof JsonLdProcessingError ? error.code : String(error)),
    );
    const theirs = await jsonldContext(refs).then(
      () => undefined,
      (error: { details?: { code?: string } }) => error.details?.code,
    );
    expect(ours).toBe(code);
    expect(theirs).toBe(code);
  });

  const documents: [string, Record<string, unknown>][] = [
    [
      'property-scoped redefinition is allowed',
      { '@context': `${EX}scoped.json`, bar: { foo: 'x' }, foo: 'y' },
    ],
    [
      'type-scoped redefinition is not',
      { '@context': `${EX}scoped.json`, '@type': 'Typed', foo: 'y' },
    ],
    [
      'embedded redefinition is not',
      { '@context': `${EX}scoped.json`, bar: { '@context': `${EX}b.json`, foo: 'x' } },
    ],
    [
      'property-scoped nullification is allowed',
      { '@context': `${EX}scoped.json`, nulling: { '@id': 'https://x.example/1' } },
    ],
    [
      '@propagate: true in a type-scoped context',
      { '@context': `${EX}propagate.json`, '@type': 'Kind', child: { inner: 'kept' } },
    ],
    [
      'type-scoped context does not propagate',
      { '@context': `${EX}scoped.json`, '@type': 'Typed', bar: { '@type': 'Typed', foo: 'z' } },
    ],
  ];

  it.each(documents)('%s: canonical form or error equal to jsonld.js', async (_name, document) => {
    const fast = await canonize(document, { documentLoader, fallback: false });
    const expected = await oracleCanonize(document, documentLoader);
    expect(fast.path).toBe('fast');
    if (expected.ok) expect(fast).toMatchObject({ ok: true, nquads: expected.nquads });
    else expect(fast).toMatchObject({ ok: false, code: expected.code });
  });
});
