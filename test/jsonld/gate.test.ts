// The signed-data gate, case by case: each shape it refuses gets its code at the exact pointer, in
// validate() (verify() runs the same check; test/verify/signed-data.test.ts and the mutation suite
// cover signed credentials). Shapes it must leave alone (extension terms, OB 2.0 types written as
// IRIs where no term stands for them, a proof repeating its credential's @context) pass.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/index.js';
import { validate } from '../../src/validate/index.js';
import { unsignedBadge } from '../helpers/credentials.js';

type Json = Record<string, unknown>;
const ISSUER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const CRED = 'https://www.w3.org/2018/credentials#';
const base = () => structuredClone(unsignedBadge(ISSUER)) as unknown as Json;
const subject = (d: Json) => d.credentialSubject as Json;

async function gate(document: Json): Promise<string[]> {
  const report = await validate(document);
  return report.findings
    .filter((f: Finding) => f.check === 'jsonld' && f.severity === 'error')
    .map((f) => `${f.code} ${f.path}`);
}

describe('the signed-data gate refuses', () => {
  it.each<[string, (d: Json) => void, string]>([
    [
      '@nest',
      (d) => {
        d['@nest'] = { validUntil: '2000-01-01T00:00:00Z' };
      },
      'JSONLD_KEYWORD /@nest',
    ],
    [
      '@included',
      (d) => {
        d['@included'] = [{ id: 'urn:x' }];
      },
      'JSONLD_KEYWORD /@included',
    ],
    [
      '@type for type',
      (d) => {
        d['@type'] = d.type;
        delete d.type;
      },
      'JSONLD_KEYWORD /@type',
    ],
    [
      'an expanded IRI key',
      (d) => {
        d[`${CRED}validUntil`] = '2000-01-01T00:00:00Z';
      },
      `JSONLD_TERM_ALIAS /${CRED.replace('/', '~1').replace(/\//g, '~1')}validUntil`,
    ],
    [
      'a type written as its IRI',
      (d) => {
        d.type = [`${CRED}VerifiableCredential`, 'OpenBadgeCredential'];
      },
      'JSONLD_TERM_ALIAS /type/0',
    ],
    [
      'an inline context',
      (d) => {
        (d['@context'] as unknown[]).push({ until: `${CRED}validUntil` });
      },
      'JSONLD_EMBEDDED_CONTEXT /@context/2',
    ],
    [
      'a @context inside the subject',
      (d) => {
        subject(d)['@context'] = ['https://www.w3.org/ns/credentials/v2'];
      },
      'JSONLD_EMBEDDED_CONTEXT /credentialSubject/@context',
    ],
    [
      'a value object',
      (d) => {
        d.validUntil = { '@value': '2000-01-01T00:00:00Z' };
      },
      'JSONLD_VALUE_SHAPE /validUntil',
    ],
    [
      'null',
      (d) => {
        d.credentialStatus = null;
      },
      'JSONLD_VALUE_SHAPE /credentialStatus',
    ],
    [
      'an empty array',
      (d) => {
        d.evidence = [];
      },
      'JSONLD_VALUE_SHAPE /evidence',
    ],
    [
      'a repeated array item',
      (d) => {
        d.type = ['VerifiableCredential', 'OpenBadgeCredential', 'OpenBadgeCredential'];
      },
      'JSONLD_VALUE_SHAPE /type/2',
    ],
    [
      'an array in an array',
      (d) => {
        d.evidence = [[{ id: 'https://example.edu/e/1', type: ['Evidence'] }]];
      },
      'JSONLD_VALUE_SHAPE /evidence/0',
    ],
  ])('%s', async (_name, rewrite, expected) => {
    const document = base();
    rewrite(document);
    expect(await gate(document)).toContain(expected);
  });

  it('an unknown property in a proof', async () => {
    const document = base();
    document.proof = {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${ISSUER}#key`,
      proofValue: 'z1111',
      note: 'hidden',
    };
    // Data Integrity's proof context has no @vocab: the term is undefined there (elsewhere, where
    // a @vocab would catch it, the gate says JSONLD_PROOF_TERM). Either way the proof fails.
    expect(await gate(document)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^JSONLD_(UNDEFINED_TERM|PROOF_TERM) \/proof\/note$/),
      ]),
    );
  });
});

describe('the signed-data gate leaves alone', () => {
  it('the plain credential', async () => {
    expect(await gate(base())).toEqual([]);
  });

  it('an OB 2.0 type written as its IRI, which no term of the credential stands for', async () => {
    const document = base();
    const achievement = subject(document).achievement as Json;
    achievement.related = [
      {
        id: 'https://example.edu/badges/teamwork.json',
        type: ['Related', 'https://w3id.org/openbadges#BadgeClass'],
      },
    ];
    expect(await gate(document)).toEqual([]);
  });

  it('x and [x] where the schema allows both, and a proof with its credential’s @context', async () => {
    const document = base();
    subject(document).type = ['AchievementSubject'];
    document.proof = {
      '@context': document['@context'],
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2024-01-01T00:00:00Z',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${ISSUER}#key`,
      proofValue: 'z1111',
    };
    expect(await gate(document)).toEqual([]);
  });
});
