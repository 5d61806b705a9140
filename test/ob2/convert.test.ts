// OB 2.0 → OB 3.0 conversion (OB 3.0 Implementation Guide §Migrating from OB 2.0): the converted
// badge passes validate() with no finding, verifies once signed (and matches its recipient), and
// every OB 2.0 property it does not carry is reported.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertOb2ToOb3 } from '../../src/ob2/index.js';
import { generateKeyPair, type KeyPair, sign } from '../../src/proof/index.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import {
  BADGE_ID,
  badgeClass,
  EMAIL,
  HOSTED_ID,
  hostedAssertion,
  ISSUER_ID,
  issuer,
  type Json,
  resourcesOf,
  rsaKey,
  SIGNED_ID,
  signAssertion,
  signedAssertion,
} from './world.js';

let key: KeyPair;
beforeAll(async () => {
  key = await generateKeyPair({ seed: new Uint8Array(32).fill(19) });
});

const graph = (...documents: Json[]) =>
  resourcesOf(issuer({ telephone: '+16175551212' }), badgeClass(), ...documents);
const ids = () => {
  let n = 0;
  return () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

describe('convertOb2ToOb3', () => {
  it('maps the assertion, BadgeClass and Issuer as the guide says', async () => {
    const { credential, lost, changed } = await convertOb2ToOb3(
      hostedAssertion({ narrative: 'Built a robot arm.' }),
      graph(),
      { issuer: key.controller, generateId: ids() },
    );
    expect(credential).toEqual({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: expect.objectContaining({
        id: key.controller,
        type: ['Profile'],
        name: 'An Example Badge Issuer',
        url: 'https://example.org',
        email: 'contact@example.org',
        phone: '+16175551212',
        image: { id: 'https://example.org/logo.png', type: 'Image' },
        otherIdentifier: [
          { type: 'IdentifierEntry', identifier: ISSUER_ID, identifierType: 'identifier' },
        ],
      }),
      validFrom: '2016-12-31T23:59:59Z',
      validUntil: '2030-06-30T23:59:59Z',
      awardedDate: '2016-12-31T23:59:59Z',
      name: 'Awesome Robotics Badge',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          {
            type: 'IdentityObject',
            identityHash:
              hostedAssertion().recipient && (hostedAssertion().recipient as Json).identity,
            identityType: 'emailAddress',
            hashed: true,
            salt: 'deadsea',
          },
        ],
        achievement: expect.objectContaining({
          id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
          type: ['Achievement'],
          name: 'Awesome Robotics Badge',
          criteria: { narrative: 'Build a robot that moves forward and picks up a bucket.' },
          image: { id: 'https://example.org/robotics-badge.png', type: 'Image' },
          tag: ['robots', 'awesome'],
          alignment: [
            {
              type: ['Alignment'],
              targetName: 'CCSS.ELA-Literacy.RST.11-12.3',
              targetCode: 'CCSS.ELA-Literacy.RST.11-12.3',
              targetUrl: 'http://www.corestandards.org/ELA-Literacy/RST/11-12/3',
            },
          ],
          related: [
            {
              id: BADGE_ID,
              type: ['Related', 'https://w3id.org/openbadges#BadgeClass'],
              version: 'Open Badges v2p0',
            },
          ],
        }),
        narrative: 'Built a robot arm.',
      },
      evidence: [
        { id: 'https://example.org/beths-robot-work.html', type: ['Evidence'] },
        expect.objectContaining({
          id: HOSTED_ID,
          type: ['Evidence', 'https://w3id.org/openbadges#Assertion'],
        }),
      ],
    });
    expect(lost.map((l) => l.path).sort()).toEqual([
      '/badge/issuer/publicKey',
      '/badge/issuer/revocationList',
      '/verification',
    ]);
    expect(lost.every((l) => l.reason.length > 20)).toBe(true);
    expect(changed.map((c) => c.path)).toEqual(['/badge/issuer/telephone', '/badge/issuer/id']);
  });

  it('the converted badge passes validate, verifies once signed, and matches its recipient', async () => {
    const { credential } = await convertOb2ToOb3(hostedAssertion(), graph(), {
      issuer: key.controller,
    });
    const report = await validate(credential);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ valid: true, status: 'valid', kind: 'AchievementCredential' });
    const signed = await sign(credential, { created: '2024-05-01T00:00:00Z', key });
    const verified = await verify(signed, {
      now: new Date('2024-06-01T00:00:00Z'),
      knownIdentifier: { identityType: 'emailAddress', value: EMAIL },
    });
    expect(verified).toMatchObject({ verified: true, status: 'valid' });
    expect(verified.checks.find((c) => c.check === 'recipient')?.outcome).toBe('pass');
  });

  it('converts a signed assertion (its JWS), and an embedded BadgeClass and Issuer', async () => {
    const rsa = await rsaKey();
    const jws = await signAssertion(signedAssertion(), rsa.privateKey);
    const fromJws = await convertOb2ToOb3(jws, graph(), { issuer: key.controller });
    expect(fromJws.credential.evidence).toContainEqual(expect.objectContaining({ id: SIGNED_ID }));
    expect(fromJws.lost.map((l) => l.path)).toContain('/verification');
    const { '@context': _b, ...badge } = badgeClass();
    const { '@context': _i, ...profile } = issuer();
    const embedded = hostedAssertion({ badge: { ...badge, issuer: profile } });
    const { credential } = await convertOb2ToOb3(embedded, {}, { issuer: key.controller });
    expect((await validate(credential)).valid).toBe(true);
  });

  it('reports what OB 3.0 cannot carry: endorsements, extensions, keys, image authors, revocation', async () => {
    const assertion = hostedAssertion({
      endorsement: 'https://endorser.example/e/1',
      'http://example.org/vocab#grade': 'A',
      revoked: false,
    });
    const badge = badgeClass({
      endorsement: ['https://endorser.example/e/2'],
      image: {
        id: 'https://example.org/b.png',
        caption: 'Robot',
        author: 'https://example.org/artist',
      },
      alignment: [{ targetName: 'no url' }],
      '@language': 'en-us',
      version: 2,
    });
    const { credential, lost, changed } = await convertOb2ToOb3(
      assertion,
      resourcesOf(issuer(), badge),
      { issuer: key.controller },
    );
    expect(lost.map((l) => l.path).sort()).toEqual(
      [
        '/badge/alignment',
        '/badge/endorsement',
        '/badge/image/author',
        '/badge/issuer/publicKey',
        '/badge/issuer/revocationList',
        '/endorsement',
        '/revoked',
        '/http:~1~1example.org~1vocab#grade',
        '/verification',
      ].sort(),
    );
    expect(lost.find((l) => l.path === '/endorsement')?.reason).toContain('EndorsementCredential');
    expect(changed.map((c) => c.path)).toContain('/badge/@language');
    const achievement = (credential.credentialSubject as unknown as Json).achievement as Json;
    expect(achievement).toMatchObject({
      inLanguage: 'en-US',
      version: '2',
      image: { caption: 'Robot' },
    });
    expect((await validate(credential)).findings).toEqual([]);
  });

  it('url and telephone recipients become ext: identity types', async () => {
    for (const [type, identity, identityType] of [
      ['url', 'https://beth.example', 'ext:url'],
      ['telephone', '+16175551212', 'ext:telephone'],
    ] as const) {
      const { credential, changed } = await convertOb2ToOb3(
        hostedAssertion({ recipient: { type, hashed: false, identity } }),
        graph(),
        { issuer: key.controller },
      );
      const subject = credential.credentialSubject as unknown as Json;
      expect(subject.identifier).toEqual([
        { type: 'IdentityObject', identityHash: identity, identityType, hashed: false },
      ]);
      expect(changed.map((c) => c.path)).toContain('/recipient/type');
      expect((await validate(credential)).valid).toBe(true);
    }
  });

  it('keeps the OB 2.0 issuer id when no new one is given', async () => {
    const { credential, changed } = await convertOb2ToOb3(hostedAssertion(), graph());
    expect((credential.issuer as unknown as Json).id).toBe(ISSUER_ID);
    expect((credential.issuer as unknown as Json).otherIdentifier).toBeUndefined();
    expect(changed.map((c) => c.path)).not.toContain('/badge/issuer/id');
  });

  it('refuses what it cannot convert, naming it (ERR_LERKIT_INVALID_ARGUMENT)', async () => {
    const invalid = expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT' });
    await expect(convertOb2ToOb3(hostedAssertion(), resourcesOf(issuer()))).rejects.toThrow(
      /BadgeClass https:\/\/example\.org\/robotics-badge\.json/,
    );
    await expect(convertOb2ToOb3(hostedAssertion(), resourcesOf(badgeClass()))).rejects.toEqual(
      invalid,
    );
    await expect(convertOb2ToOb3(badgeClass(), graph())).rejects.toEqual(invalid);
    await expect(convertOb2ToOb3('not json', graph())).rejects.toEqual(invalid);
    await expect(
      convertOb2ToOb3(hostedAssertion(), graph(), { issuer: 'not an iri' }),
    ).rejects.toEqual(invalid);
    await expect(
      convertOb2ToOb3(hostedAssertion({ issuedOn: undefined }), graph()),
    ).rejects.toEqual(invalid);
  });

  it('property: any combination of optional OB 2.0 fields converts to a credential that validates', async () => {
    const optional = fc.record(
      {
        narrative: fc.constant('A narrative'),
        expires: fc.constant('2031-01-01T00:00:00+02:00'),
        image: fc.constantFrom('https://example.org/a.png', 'data:image/svg+xml;base64,PHN2Zy8+'),
        evidence: fc.constantFrom(
          'https://example.org/e',
          [{ id: 'https://example.org/e', name: 'Work', genre: 'Prose', audience: 'All' }],
          { narrative: 'Described here' },
        ),
      },
      { requiredKeys: [] },
    );
    const badgeOptional = fc.record(
      {
        criteria: fc.constantFrom('https://example.org/criteria', {
          id: 'https://example.org/c',
          narrative: 'Do it',
        }),
        tags: fc.constantFrom('one', ['a', 'b']),
        alignment: fc.constant({
          targetName: 'T',
          targetUrl: 'https://example.org/t',
          targetFramework: 'F',
        }),
        related: fc.constant({ id: 'https://example.org/es', '@language': 'es', version: 1 }),
        version: fc.constantFrom('1.0', 3),
      },
      { requiredKeys: [] },
    );
    const recipientType = fc.constantFrom('email', 'url', 'telephone');
    await fc.assert(
      fc.asyncProperty(
        optional,
        badgeOptional,
        recipientType,
        fc.boolean(),
        async (a, b, type, hashed) => {
          const identity = { email: EMAIL, url: 'https://beth.example', telephone: '+16175551212' }[
            type
          ];
          const recipient = hashed
            ? {
                type,
                hashed: true,
                identity: 'sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5',
              }
            : { type, hashed: false, identity };
          const { credential } = await convertOb2ToOb3(
            hostedAssertion({ ...a, recipient }),
            resourcesOf(issuer(), badgeClass(b)),
            { issuer: key.controller },
          );
          const report = await validate(credential);
          // Plain e-mail recipients get a note (RECOMMENDED_PLAINTEXT_EMAIL), nothing more.
          expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
          expect(report.status).toBe('valid');
        },
      ),
      { seed: 190, numRuns: 25 },
    );
  });
});
