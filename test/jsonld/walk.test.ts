// The walker exposes what a strict "signed-data gate" needs: every key's resolution (term,
// keyword or alias, compact/absolute IRI, @vocab, undefined), the active context per node after
// scoped contexts and type-scoped reverts, and each value's kind, with JSON Pointers.
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import { loadDocumentContexts } from '../../src/jsonld/compile.js';
import { walkDocument } from '../../src/jsonld/walk.js';
import type { JsonLdVisitor } from '../../src/jsonld/walk-types.js';

const documentLoader = createDocumentLoader();
const VC2 = 'https://www.w3.org/ns/credentials/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

// A sketch of the gate as a visitor: only defined terms at their normal places.
function gate(): JsonLdVisitor & { problems: string[] } {
  const problems: string[] = [];
  const allowedKeywords = new Set(['@id', '@type', '@context']);
  return {
    problems,
    key({ pointer, resolution }) {
      if (resolution.kind === 'keyword') {
        if (!allowedKeywords.has(resolution.keyword))
          problems.push(`${pointer} keyword ${resolution.keyword}`);
        else if (!resolution.alias && resolution.keyword !== '@context')
          problems.push(`${pointer} bare ${resolution.keyword}`);
      } else if (resolution.kind !== 'term') {
        problems.push(`${pointer} ${resolution.kind}`);
      }
    },
    value({ pointer, kind, inlineContext }) {
      if (kind === 'context' && inlineContext) problems.push(`${pointer} inline context`);
      if (['value-object', 'nested-array', 'list-object', 'set-object', 'map'].includes(kind)) {
        problems.push(`${pointer} ${kind}`);
      }
    },
  };
}

async function run(document: Record<string, unknown>, visitor: JsonLdVisitor) {
  const source = await loadDocumentContexts(document, { documentLoader });
  walkDocument(document, visitor, { source });
}

const base = {
  type: ['VerifiableCredential'],
  issuer: 'https://example.edu/i',
  validFrom: '2024-01-01T00:00:00Z',
};

describe('jsonld walker', () => {
  it('a plain credential passes the gate sketch', async () => {
    const visitor = gate();
    await run(
      {
        '@context': [VC2, OB],
        ...base,
        credentialSubject: { id: 'did:ex:1', type: 'AchievementSubject' },
      },
      visitor,
    );
    expect(visitor.problems).toEqual([]);
  });

  it('reports every way a document can step outside plain terms, with pointers', async () => {
    const visitor = gate();
    await run(
      {
        '@context': [VC2, { ex: 'https://example.com/vocab#' }],
        ...base,
        '@id': 'urn:uuid:1',
        credentialSubject: {
          id: 'did:ex:1',
          'ex:note': 'compact',
          'https://schema.org/name': 'absolute',
          '@nest': { x: 1 },
          '@included': [],
          '@reverse': {},
          '@graph': [],
          undefinedTerm: 1,
          name: [{ '@value': 'x', '@language': 'en' }, ['nested']],
          description: { '@list': ['a'] },
        },
      },
      visitor,
    );
    expect(visitor.problems.sort()).toEqual(
      [
        '/@context inline context',
        '/@id bare @id',
        '/credentialSubject/@graph keyword @graph',
        '/credentialSubject/@included keyword @included',
        '/credentialSubject/@nest keyword @nest',
        '/credentialSubject/@reverse keyword @reverse',
        '/credentialSubject/description list-object',
        '/credentialSubject/ex:note compact-iri',
        '/credentialSubject/https:~1~1schema.org~1name absolute-iri',
        '/credentialSubject/name/0 value-object',
        '/credentialSubject/name/1 nested-array',
        '/credentialSubject/undefinedTerm undefined',
      ].sort(),
    );
  });

  it('gives each node the active context expansion uses (type-scoped contexts revert below)', async () => {
    const seen: Record<string, string | undefined> = {};
    await run(
      {
        '@context': [VC1, OB],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: 'https://example.edu/i', type: 'Profile', name: 'I' },
        issuanceDate: '2024-01-01T00:00:00Z',
        credentialSubject: {
          type: 'AchievementSubject',
          achievement: {
            id: 'urn:uuid:2',
            type: 'Achievement',
            name: 'A',
            criteria: { narrative: 'n' },
          },
        },
      },
      {
        key({ pointer, resolution }) {
          seen[pointer] = resolution.kind === 'term' ? resolution.iri : resolution.kind;
        },
      },
    );
    // `credentialSubject` and `issuanceDate` come from the VerifiableCredential type-scoped context.
    expect(seen['/credentialSubject']).toBe(
      'https://www.w3.org/2018/credentials#credentialSubject',
    );
    expect(seen['/issuanceDate']).toBe('https://www.w3.org/2018/credentials#issuanceDate');
    // `narrative` is defined by the Achievement's and Criteria's scoped contexts.
    expect(seen['/credentialSubject/achievement/criteria/narrative']).toBe(
      'https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative',
    );
    // Below the credential node, the VerifiableCredential scoped terms no longer apply.
    expect(seen['/issuer/name']).toBe('https://schema.org/name');
  });

  it('reports value kinds: IRIs by coercion, typed literals, JSON literals, nulls', async () => {
    const values: Record<string, string> = {};
    await run(
      {
        '@context': [VC2],
        ...base,
        validUntil: null,
        credentialSubject: { id: 'did:ex:1' },
        issuer: 'https://example.edu/i',
      },
      {
        value({ pointer, kind, iri, datatype }) {
          values[pointer] = `${kind}${iri ? ` ${iri}` : ''}${datatype ? ` ^^${datatype}` : ''}`;
        },
      },
    );
    expect(values['/issuer']).toBe('iri https://example.edu/i');
    expect(values['/validFrom']).toBe('literal ^^http://www.w3.org/2001/XMLSchema#dateTime');
    expect(values['/validUntil']).toBe('null');
    expect(values['/type/0']).toBe('type https://www.w3.org/2018/credentials#VerifiableCredential');
  });
});
