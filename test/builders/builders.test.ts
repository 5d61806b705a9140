import { describe, expect, it } from 'vitest';
import {
  createAchievement,
  createAddress,
  createAlignment,
  createEndorsementCredential,
  createEvidence,
  createIdentifierEntry,
  createImage,
  createOpenBadgeCredential,
  createProfile,
  createResult,
} from '../../src/builders/index.js';
import { validateSchema } from '../../src/schema/index.js';
import {
  fixedOptions,
  maximalAchievement,
  maximalProfile,
  minimalAchievement,
} from '../helpers/build-inputs.js';
import { expandSafe } from '../helpers/jsonld.js';

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

async function expectValid(
  document: object,
  target: 'AchievementCredential' | 'EndorsementCredential' | 'Profile' | 'Achievement',
  strict = true,
) {
  expect(await validateSchema(document, { target })).toEqual([]);
  if (strict) expect(await validateSchema(document, { target, schemaSet: 'strict' })).toEqual([]);
}

describe('createOpenBadgeCredential', () => {
  const minimal = () =>
    createOpenBadgeCredential(
      {
        issuer: { id: 'did:example:issuer', name: 'Example University' },
        achievement: minimalAchievement,
        recipient: { id: 'did:example:student' },
      },
      fixedOptions(),
    );

  it('produces exactly the spec-ordered JSON for a minimal input', () => {
    expect(minimal()).toEqual({
      '@context': [VC2, OB],
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { type: ['Profile'], id: 'did:example:issuer', name: 'Example University' },
      validFrom: '2024-05-01T12:34:56Z',
      name: 'Teamwork',
      credentialSubject: {
        id: 'did:example:student',
        type: ['AchievementSubject'],
        achievement: {
          type: ['Achievement'],
          id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
          criteria: { narrative: 'Peer nominated.' },
          description: 'Works well in teams.',
          name: 'Teamwork',
        },
      },
    });
  });

  it('minimal output passes both official schemas and JSON-LD expansion in safe mode', async () => {
    const credential = minimal();
    await expectValid(credential, 'AchievementCredential');
    await expect(expandSafe(credential)).resolves.toHaveLength(1);
  });

  it('maximal output passes both official schemas and JSON-LD expansion in safe mode', async () => {
    const credential = createOpenBadgeCredential(
      {
        id: 'https://example.edu/credentials/42',
        issuer: maximalProfile,
        achievement: maximalAchievement,
        recipient: {
          id: 'did:example:student',
          identifier: [
            { identityType: 'emailAddress', value: 'ada@example.edu' },
            { identityType: 'sisSourcedId', value: 'S-42', hashed: false },
          ],
        },
        name: 'Data 101 — Ada',
        description: 'Completed Data 101.',
        image: { id: 'https://example.edu/badges/data-101.png', caption: 'Badge' },
        validFrom: new Date('2024-06-01T00:00:00Z'),
        validUntil: '2029-06-01T00:00:00Z',
        awardedDate: '2024-05-30T00:00:00Z',
        result: [
          {
            resultDescription: 'urn:uuid:11111111-1111-4111-8111-111111111111',
            value: 'A',
            status: 'Completed',
          },
          {
            resultDescription: 'urn:uuid:22222222-2222-4222-8222-222222222222',
            achievedLevel: 'urn:uuid:33333333-3333-4333-8333-333333333333',
          },
        ],
        activityStartDate: '2024-01-15T00:00:00Z',
        activityEndDate: '2024-05-15T00:00:00Z',
        creditsEarned: 3,
        licenseNumber: 'L-1',
        narrative: 'Built a dashboard of city data.',
        role: 'Student',
        source: { id: 'https://example.edu/departments/stats', name: 'Statistics' },
        term: 'Spring 2024',
        subjectImage: { id: 'https://example.edu/students/ada/badge.png' },
        evidence: [
          {
            id: 'https://portfolio.example/ada/dashboard',
            name: 'Dashboard',
            narrative: 'A city dashboard.',
            description: 'Final project',
            genre: 'Project',
            audience: 'Public',
          },
        ],
        credentialSchema: {
          id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
          type: '1EdTechJsonSchemaValidator2019',
        },
        credentialStatus: {
          id: 'https://example.edu/status/1#94567',
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: '94567',
          statusListCredential: 'https://example.edu/status/1',
        },
        refreshService: { id: 'https://example.edu/refresh/42', type: '1EdTechCredentialRefresh' },
        endorsementJwt: ['eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln'],
        additionalContexts: ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'],
      },
      fixedOptions(),
    );
    expect(credential['@context']).toEqual([
      VC2,
      OB,
      'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    ]);
    expect((credential.credentialSubject as { identifier: unknown[] }).identifier).toEqual([
      {
        type: 'IdentityObject',
        hashed: true,
        identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/),
        identityType: 'emailAddress',
        salt: 'pepper',
      },
      { type: 'IdentityObject', hashed: false, identityHash: 'S-42', identityType: 'sisSourcedId' },
    ]);
    await expectValid(credential, 'AchievementCredential');
    await expect(expandSafe(credential)).resolves.toHaveLength(1);
  });

  it('is deterministic for fixed inputs, never mutates them and emits no undefined', () => {
    const input = {
      issuer: maximalProfile,
      achievement: maximalAchievement,
      recipient: { identifier: { identityType: 'emailAddress', value: 'a@example.com' } },
    };
    const copy = structuredClone(input);
    const a = createOpenBadgeCredential(input, fixedOptions());
    const b = createOpenBadgeCredential(input, fixedOptions());
    expect(a).toEqual(b);
    expect(input).toEqual(copy);
    expect(JSON.stringify(a)).not.toContain('undefined');
    const walk = (v: unknown): void => {
      if (v && typeof v === 'object')
        for (const x of Object.values(v)) {
          expect(x).not.toBeUndefined();
          walk(x);
        }
    };
    walk(a);
  });

  it.each([
    [{ recipient: { id: 'not a uri' } }, 'recipient.id'],
    [{ recipient: {} }, 'recipient'],
    [
      { recipient: { identifier: { identityType: 'shoeSize', value: '9' } } },
      'recipient.identifier[0].identityType',
    ],
    [{ validFrom: '2024-13-01' }, 'validFrom'],
    [{ validFrom: new Date('invalid') }, 'validFrom'],
    [{ validFrom: '2024-05-01T00:00:00' }, 'validFrom'],
    [{ validFrom: '2024-05-02T00:00:00Z', validUntil: '2024-05-01T00:00:00Z' }, 'validUntil'],
    [{ name: '  ' }, 'name'],
    [{ id: 'relative/path' }, 'id'],
    [{ issuer: { id: 'x y' } }, 'issuer.id'],
    [{ issuer: 42 }, 'issuer'],
    [{ achievement: null }, 'achievement'],
    [{ achievement: { ...minimalAchievement, name: '' } }, 'achievement.name'],
    [
      { achievement: { ...minimalAchievement, achievementType: 'Trophy' } },
      'achievement.achievementType',
    ],
    [{ achievement: { ...minimalAchievement, nmae: 'x' } }, 'achievement.nmae'],
    [{ result: { status: 'Done' } }, 'result[0].status'],
    [{ evidence: [{ id: 'nope' }] }, 'evidence[0].id'],
    [{ creditsEarned: Number.NaN }, 'creditsEarned'],
    [{ favouriteColour: 'blue' }, 'favouriteColour'],
    [{ extensions: { name: 'clash' } }, 'extensions.name'],
  ])('rejects %j with a typed error naming %s', (patch, field) => {
    const input = {
      issuer: { id: 'did:example:issuer' },
      achievement: minimalAchievement,
      recipient: { id: 'did:example:student' },
      ...patch,
    };
    expect(() => createOpenBadgeCredential(input as never, fixedOptions())).toThrow(
      expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT', field }),
    );
  });

  it('suggests the property a typo meant', () => {
    expect(() => createAchievement({ ...minimalAchievement, descripton: 'x' } as never)).toThrow(
      /did you mean "description"/,
    );
  });
});

describe('createAchievement and createProfile', () => {
  it('pass the schemas for minimal and maximal input', async () => {
    await expectValid(createAchievement(minimalAchievement, fixedOptions()), 'Achievement');
    await expectValid(createAchievement(maximalAchievement), 'Achievement');
    await expectValid(createProfile({ id: 'did:example:x' }), 'Profile');
    await expectValid(createProfile(maximalProfile), 'Profile');
  });

  it('name the field at fault', () => {
    expect(() => createAchievement({ ...minimalAchievement, criteria: {} })).toThrow(
      expect.objectContaining({ field: 'achievement.criteria' }),
    );
    expect(() => createAchievement({ ...minimalAchievement, criteria: { id: 'nope' } })).toThrow(
      expect.objectContaining({ field: 'achievement.criteria.id' }),
    );
    expect(() => createProfile({ id: 'did:example:x', url: 'example.com' })).toThrow(
      expect.objectContaining({ field: 'profile.url' }),
    );
    expect(() => createProfile({ id: 'did:example:x', email: 'nobody' })).toThrow(
      expect.objectContaining({ field: 'profile.email' }),
    );
    expect(() => createProfile({ id: 'did:example:x', dateOfBirth: '2001-02-30' })).toThrow(
      expect.objectContaining({ field: 'profile.dateOfBirth' }),
    );
    expect(() => createProfile({ id: 'did:example:x', parentOrg: { id: 'bad' } })).toThrow(
      expect.objectContaining({ field: 'profile.parentOrg.id' }),
    );
  });

  it('generate urn:uuid ids by default', () => {
    expect(createAchievement(minimalAchievement).id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('merge extension properties but not over class properties', () => {
    const achievement = createAchievement({
      ...minimalAchievement,
      extensions: { accessibilityHazard: ['none'] },
    });
    expect(achievement).toMatchObject({ accessibilityHazard: ['none'] });
    expect(() =>
      createAchievement({ ...minimalAchievement, extensions: { criteria: {} } }),
    ).toThrow(expect.objectContaining({ field: 'achievement.extensions.criteria' }));
  });
});

describe('createEndorsementCredential', () => {
  it('produces a schema-valid, expandable EndorsementCredential', async () => {
    const endorsement = createEndorsementCredential(
      {
        issuer: { id: 'did:example:board', name: 'State Board' },
        name: 'Endorsement',
        endorsed: 'https://example.edu/achievements/data-101',
        endorsementComment: 'Meets the standard.',
      },
      fixedOptions(),
    );
    expect(endorsement).toMatchObject({
      '@context': [VC2, OB],
      type: ['VerifiableCredential', 'EndorsementCredential'],
      credentialSubject: {
        id: 'https://example.edu/achievements/data-101',
        type: ['EndorsementSubject'],
        endorsementComment: 'Meets the standard.',
      },
    });
    await expectValid(endorsement, 'EndorsementCredential');
    await expect(expandSafe(endorsement)).resolves.toHaveLength(1);
  });

  it('requires a name and an endorsed id', () => {
    expect(() =>
      createEndorsementCredential({
        issuer: 'did:example:b',
        endorsed: 'https://x.example/a',
      } as never),
    ).toThrow(expect.objectContaining({ field: 'name' }));
    expect(() =>
      createEndorsementCredential({ issuer: 'did:example:b', name: 'E', endorsed: 'nope' }),
    ).toThrow(expect.objectContaining({ field: 'endorsed' }));
  });
});

describe('part helpers', () => {
  it('fill in the type and validate', () => {
    expect(createResult({ value: 'A' })).toEqual({ type: ['Result'], value: 'A' });
    expect(createAlignment({ targetName: 'X', targetUrl: 'https://x.example/1' })).toEqual({
      type: ['Alignment'],
      targetName: 'X',
      targetUrl: 'https://x.example/1',
    });
    expect(createEvidence({ id: 'https://x.example/e' })).toEqual({
      type: ['Evidence'],
      id: 'https://x.example/e',
    });
    expect(createIdentifierEntry({ identifier: '1', identifierType: 'isbn' })).toEqual({
      type: 'IdentifierEntry',
      identifier: '1',
      identifierType: 'isbn',
    });
    expect(createImage({ id: 'https://x.example/i.png' })).toEqual({
      type: 'Image',
      id: 'https://x.example/i.png',
    });
    expect(createAddress({ addressCountryCode: 'FR' })).toEqual({
      type: ['Address'],
      addressCountryCode: 'FR',
    });
    expect(() => createAddress({ addressCountryCode: 'France' })).toThrow(
      expect.objectContaining({ field: 'address.addressCountryCode' }),
    );
    expect(() => createAlignment({ targetName: 'X' } as never)).toThrow(
      expect.objectContaining({ field: 'alignment.targetUrl' }),
    );
  });
});
