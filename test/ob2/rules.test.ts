// The OB 2.0 rules per class (OB 2.0 §Open Badges Vocabulary, §Primitive datatypes): each rule's
// code, at the path of the value in the document as written, from validate() (the document and
// what it embeds) and verify() (the whole graph).
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { checkOf, errorCodes } from '../helpers/report.js';
import { badgeClass, hostedAssertion, issuer, type Json, NOW, OB2, resourcesOf } from './world.js';

const embedded = (badge: Json = {}, profile: Json = {}, assertion: Json = {}): Json => {
  const { '@context': _b, ...b } = badgeClass(badge);
  const { '@context': _i, ...i } = issuer(profile);
  return hostedAssertion({ badge: { ...b, issuer: i }, ...assertion });
};

/** The findings (code at path) validate() reports for a document. */
async function found(document: Json): Promise<string[]> {
  const report = await validate(document);
  return report.findings.map((f) => `${f.code} ${f.path}`);
}

describe('rules per class (validate)', () => {
  it('the spec-shaped embedded assertion passes', async () => {
    const report = await validate(embedded());
    expect(report).toMatchObject({ valid: true, status: 'valid', kind: 'OB2Assertion' });
  });

  it.each<[string, Json, string[]]>([
    [
      'Assertion: required properties',
      {
        '@context': OB2,
        type: 'Assertion',
        badge: 'https://example.org/b',
        recipient: { type: 'email', hashed: false, identity: 'a@example.org' },
      },
      ['OB2_REQUIRED /id', 'OB2_REQUIRED /issuedOn', 'OB2_REQUIRED /verification'],
    ],
    ['Assertion: type', embedded({}, {}, { type: 'Badge' }), ['TYPE_WRONG /type']],
    [
      'Assertion: verification type (the relative type JSON-LD reports is folded under it)',
      embedded({}, {}, { verification: { type: 'mailed' } }),
      ['TYPE_WRONG /verification/type'],
    ],
    [
      'Assertion: verification alias `verify`',
      (() => {
        const { verification: _v, ...a } = embedded();
        return { ...a, verify: { type: 'foo' } };
      })(),
      ['TYPE_WRONG /verify/type'],
    ],
    [
      'Assertion: a hosted id that is not HTTP(S)',
      embedded({}, {}, { id: 'urn:uuid:1' }),
      ['OB2_HOSTED_ID_NOT_HTTP /id'],
    ],
    [
      'Assertion: IRI values',
      embedded({}, {}, { evidence: 'not an iri' }),
      ['OB2_IRI_INVALID /evidence'],
    ],
    ['Assertion: boolean', embedded({}, {}, { revoked: 'no' }), ['OB2_BOOLEAN_INVALID /revoked']],
    ['Assertion: text', embedded({}, {}, { narrative: 42 }), ['OB2_TEXT_INVALID /narrative']],
    [
      'Assertion: language (reported once, by JSON-LD)',
      embedded({}, {}, { '@language': 'english please' }),
      ['JSONLD_INVALID_VALUE /@language'],
    ],
    [
      'BadgeClass: required properties',
      embedded({ name: undefined, criteria: undefined }),
      ['OB2_REQUIRED /badge/name', 'OB2_REQUIRED /badge/criteria'],
    ],
    [
      'BadgeClass: one issuer',
      hostedAssertion({
        badge: { ...badgeClass(), issuer: ['https://a.example/i', 'https://b.example/i'] },
      }),
      ['OB2_MULTIPLE_VALUES /badge/issuer'],
    ],
    [
      'BadgeClass: image not PNG/SVG',
      embedded({ image: 'https://example.org/b.gif' }),
      ['OB2_IMAGE_TYPE /badge/image'],
    ],
    [
      'BadgeClass: image neither URL nor data URI',
      embedded({ image: 'ftp://example.org/b.png' }),
      ['OB2_IMAGE_INVALID /badge/image'],
    ],
    [
      'BadgeClass: Image object, its id',
      embedded({ image: { id: 'data:image/jpeg;base64,AAAA', caption: 'x' } }),
      ['OB2_IMAGE_TYPE /badge/image/id'],
    ],
    [
      'BadgeClass: empty Criteria',
      embedded({ criteria: {} }),
      ['OB2_CRITERIA_EMPTY /badge/criteria'],
    ],
    [
      'AlignmentObject: targetName, targetUrl',
      embedded({
        alignment: [
          { targetName: 'x', targetUrl: 'mailto:a@b.c' },
          { targetUrl: 'https://a.example' },
        ],
      }),
      [
        'OB2_URL_INVALID /badge/alignment/0/targetUrl',
        'OB2_REQUIRED /badge/alignment/1/targetName',
      ],
    ],
    [
      'AlignmentObject: an object',
      embedded({ alignment: 'https://a.example' }),
      ['OB2_OBJECT_EXPECTED /badge/alignment'],
    ],
    [
      'Profile (issuer): name, url, email',
      embedded({}, { name: undefined, url: undefined, email: undefined }),
      [
        'OB2_REQUIRED /badge/issuer/name',
        'OB2_REQUIRED /badge/issuer/url',
        'OB2_REQUIRED /badge/issuer/email',
      ],
    ],
    [
      'Profile: email, url, telephone',
      embedded({}, { email: 'nobody', url: 'example.org', telephone: '617 555 1212' }),
      [
        'OB2_URL_INVALID /badge/issuer/url',
        'OB2_TELEPHONE_INVALID /badge/issuer/telephone',
        'OB2_EMAIL_INVALID /badge/issuer/email',
      ],
    ],
    [
      'Profile: id not HTTP(S) (a warning)',
      embedded({}, { id: 'urn:uuid:7' }),
      ['OB2_ISSUER_ID_NOT_HTTP /badge/issuer/id'],
    ],
    ['Profile: type', embedded({}, { type: 'Organization' }), ['TYPE_WRONG /badge/issuer/type']],
    [
      'VerificationObject (issuer policy): allowedOrigins, verificationProperty',
      embedded(
        {},
        { verification: { allowedOrigins: 'https://example.org/', verificationProperty: 'url' } },
      ),
      [
        'OB2_VERIFICATION_PROPERTY /badge/issuer/verification/verificationProperty',
        'OB2_HOSTNAME_INVALID /badge/issuer/verification/allowedOrigins',
      ],
    ],
    [
      'IdentityObject: required',
      embedded({}, {}, { recipient: { identity: 'a@example.org' } }),
      ['OB2_REQUIRED /recipient/type', 'OB2_REQUIRED /recipient/hashed'],
    ],
    [
      'IdentityObject: IdentityHash',
      embedded({}, {}, { recipient: { type: 'email', hashed: true, identity: 'sha256$abc' } }),
      ['OB2_IDENTITY_HASH_INVALID /recipient/identity'],
    ],
    [
      'IdentityObject: plain email',
      embedded({}, {}, { recipient: { type: 'email', hashed: false, identity: 'not-an-email' } }),
      ['OB2_EMAIL_INVALID /recipient/identity'],
    ],
    [
      'IdentityObject: a type verifiers do not serve (warning)',
      embedded({}, {}, { recipient: { type: 'schema:name', hashed: false, identity: 'Beth' } }),
      ['OB2_RECIPIENT_TYPE /recipient/type'],
    ],
    [
      'IdentityObject: an object',
      embedded({}, {}, { recipient: 'beth@example.org' }),
      ['OB2_OBJECT_EXPECTED /recipient'],
    ],
    [
      'Evidence: object properties',
      embedded(
        {},
        {},
        { evidence: [{ id: 'https://example.org/e', narrative: 1, genre: 'Prose' }] },
      ),
      ['OB2_TEXT_INVALID /evidence/0/narrative'],
    ],
    [
      'related (a relative IRI, reported once)',
      embedded({ related: [{ id: 'nope' }] }),
      ['JSONLD_RELATIVE_IRI /badge/related/0/id'],
    ],
    ['version', embedded({ version: true }), ['OB2_TEXT_INVALID /badge/version']],
  ])('%s', async (_title, document, expected) => {
    const findings = await found(document);
    expect(findings.sort()).toEqual(expected.sort());
  });

  it('language: the rules say it when the JSON-LD check does not run', async () => {
    const report = await validate(embedded({}, {}, { '@language': 'english please' }), {
      skip: ['jsonld'],
    });
    expect(report.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'OB2_LANGUAGE_INVALID /@language',
    ]);
  });

  it('dates: a DateTime with a time zone (the `dates` check)', async () => {
    const report = await validate(
      embedded({}, {}, { issuedOn: '31/12/2016', expires: 1483228799 }),
    );
    expect(report.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'DATES_INVALID /issuedOn',
      'DATES_INVALID /expires',
    ]);
    const ok = await validate(embedded({}, {}, { issuedOn: '2016-12-31T23:59+01:00' }));
    expect(ok.valid).toBe(true);
  });

  it('JSON-LD: undefined terms, at their path; full IRIs and context extensions are fine', async () => {
    const report = await validate(
      embedded({ nmae: 'typo' }, {}, { 'http://schema.org/comment': 'ok' }),
    );
    expect(report.findings.map((f) => `${f.code} ${f.path}`)).toEqual([
      'JSONLD_UNDEFINED_TERM /badge/nmae',
    ]);
    const extended = {
      ...embedded(),
      '@context': [OB2, { grade: 'https://example.org/vocab#grade' }],
      grade: 'A',
    };
    expect((await validate(extended)).valid).toBe(true);
  });

  it('reads the JSON-LD meaning: a context that redefines a term is not read as the spec’s term', async () => {
    const redefined = {
      ...embedded(),
      '@context': [OB2, { issuedOn: 'https://example.org/other#date' }],
    };
    const report = await validate(redefined);
    expect(errorCodes(report)).toEqual(['OB2_REQUIRED']);
    expect(report.findings[0]?.path).toBe('/issuedOn');
  });

  it('validates a BadgeClass and an issuer Profile on their own', async () => {
    expect(await validate(badgeClass())).toMatchObject({ valid: true, kind: 'OB2BadgeClass' });
    expect(await validate(issuer())).toMatchObject({ valid: true, kind: 'OB2Profile' });
    expect(await found(issuer({ email: undefined }))).toEqual(['OB2_REQUIRED /email']);
  });
});

describe('rules over the graph (verify)', () => {
  it('reports rules of linked documents at their place in the graph, naming the URL', async () => {
    const assertion = hostedAssertion();
    const resources = resourcesOf(
      issuer({ telephone: 'call us' }),
      badgeClass({ description: undefined }),
      assertion,
    );
    const report = await verify(assertion, { resources, now: NOW });
    expect(report.findings.map((f) => `${f.code} ${f.path}`).sort()).toEqual([
      'OB2_REQUIRED /badge/description',
      'OB2_TELEPHONE_INVALID /badge/issuer/telephone',
    ]);
    expect(report.findings.find((f) => f.code === 'OB2_REQUIRED')?.message).toContain(
      'https://example.org/robotics-badge.json',
    );
  });

  it('a BadgeClass or Profile is checked but not verified on its own (TYPE_OB2)', async () => {
    const report = await verify(badgeClass(), { now: NOW });
    expect(report).toMatchObject({ verified: false, kind: 'OB2BadgeClass' });
    expect(errorCodes(report)).toEqual(['TYPE_OB2']);
    expect(checkOf(report, 'ob2')?.outcome).toBe('pass');
  });
});

describe('Open Badges 1.x', () => {
  it.each<[string, Json]>([
    [
      '1.1 (the v1 context)',
      {
        '@context': 'https://w3id.org/openbadges/v1',
        type: 'Assertion',
        id: 'https://example.org/a',
        uid: 'a1',
        recipient: { type: 'email', hashed: false, identity: 'a@example.org' },
        badge: 'https://example.org/b',
        verify: { type: 'hosted', url: 'https://example.org/a' },
        issuedOn: 1483228799,
      },
    ],
    [
      '1.0 (plain JSON)',
      {
        uid: 'abc',
        recipient: 'sha256$abc',
        badge: 'https://example.org/badge.json',
        verify: { type: 'hosted', url: 'https://example.org/a.json' },
        issued_on: 1359217910,
      },
    ],
  ])(
    '%s is recognised and reported unsupported, not as a parse error',
    async (_title, document) => {
      for (const report of [await validate(document), await verify(document, { now: NOW })]) {
        expect(report).toMatchObject({ kind: 'OB1Assertion', status: 'invalid' });
        expect(report.findings.map((f) => f.code)).toEqual(['TYPE_OB1_UNSUPPORTED']);
        expect(checkOf(report, 'parse')?.outcome).toBe('pass');
      }
    },
  );
});
