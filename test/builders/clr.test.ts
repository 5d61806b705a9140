import { describe, expect, it } from 'vitest';
import {
  createAchievement,
  createClrCredential,
  createOpenBadgeCredential,
} from '../../src/builders/index.js';
import { sign } from '../../src/proof/index.js';
import { validateSchema } from '../../src/schema/index.js';
import { fixedOptions } from '../helpers/build-inputs.js';
import { testKey } from '../helpers/credentials.js';
import { expandSafe } from '../helpers/jsonld.js';

async function course(id: string, name: string) {
  const key = await testKey();
  const credential = createOpenBadgeCredential(
    {
      issuer: { id: key.controller, name: 'Example University' },
      achievement: {
        id,
        name,
        description: `${name} course.`,
        criteria: { narrative: 'Pass it.' },
        achievementType: 'Course',
      },
      recipient: { id: 'did:example:ada' },
      validFrom: '2024-01-01T00:00:00Z',
    },
    fixedOptions(),
  );
  return sign(credential, { key, created: '2024-01-01T00:00:00Z' });
}

// A VC-JWT (the builder does not verify signatures; the verifier does).
function jwtOf(credential: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'EdDSA', typ: 'JWT' })}.${part({ vc: credential, iss: 'did:example:x' })}.${Buffer.from('sig').toString('base64url')}`;
}

describe('createClrCredential', () => {
  it('assembles signed JSON credentials, achievements and associations into a schema-valid, expandable CLR', async () => {
    const math = await course('https://example.edu/achievements/math-101', 'Math 101');
    const degree = createAchievement({
      id: 'https://example.edu/achievements/bsc',
      name: 'BSc Mathematics',
      description: 'Degree.',
      criteria: { narrative: 'Graduate.' },
      achievementType: 'BachelorDegree',
    });
    const clr = createClrCredential(
      {
        issuer: { id: 'did:example:registrar', name: 'Example University Registrar' },
        name: 'Transcript of Ada',
        recipient: { id: 'did:example:ada' },
        credentials: [math],
        achievements: [degree],
        associations: [
          {
            associationType: 'isChildOf',
            sourceId: 'https://example.edu/achievements/math-101',
            targetId: degree.id,
          },
        ],
        partial: false,
      },
      fixedOptions(),
    );
    expect(clr).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 'Transcript of Ada',
      partial: false,
      credentialSubject: {
        id: 'did:example:ada',
        type: ['ClrSubject'],
        achievement: [degree],
        verifiableCredential: [math],
        association: [
          {
            type: 'Association',
            associationType: 'isChildOf',
            sourceId: 'https://example.edu/achievements/math-101',
            targetId: degree.id,
          },
        ],
      },
    });
    expect(await validateSchema(clr, { target: 'ClrCredential' })).toEqual([]);
    await expect(expandSafe(clr)).resolves.toHaveLength(1);
  });

  it('embeds a VC-JWT as an EnvelopedVerifiableCredential and knows the achievements inside it', async () => {
    const math = await course('https://example.edu/achievements/math-101', 'Math 101');
    const jwt = jwtOf(
      (await course('https://example.edu/achievements/art-101', 'Art 101')) as object,
    );
    const clr = createClrCredential({
      issuer: 'did:example:registrar',
      name: 'Transcript',
      recipient: {
        identifier: { identityType: 'emailAddress', value: 'ada@example.edu', salt: 's' },
      },
      credentials: [math, jwt],
      associations: {
        associationType: 'isPeerOf',
        sourceId: 'https://example.edu/achievements/art-101',
        targetId: 'https://example.edu/achievements/math-101',
      },
    });
    const subject = clr.credentialSubject as unknown as { verifiableCredential: object[] };
    expect(subject.verifiableCredential[1]).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `data:application/vc+jwt,${jwt}`,
      type: 'EnvelopedVerifiableCredential',
    });
    await expect(expandSafe(clr)).resolves.toHaveLength(1);
  });

  it('says which association end refers to no achievement of the record', async () => {
    const math = await course('https://example.edu/achievements/math-101', 'Math 101');
    const input = {
      issuer: 'did:example:registrar',
      name: 'Transcript',
      recipient: { id: 'did:example:ada' },
      credentials: [math],
      associations: [
        {
          associationType: 'isPeerOf' as const,
          sourceId: 'https://example.edu/achievements/math-101',
          targetId: 'https://example.edu/achievements/math-101',
        },
        {
          associationType: 'isChildOf' as const,
          sourceId: 'https://example.edu/achievements/math-101',
          targetId: 'https://example.edu/achievements/unknown',
        },
      ],
    };
    expect(() => createClrCredential(input)).toThrow(
      expect.objectContaining({
        code: 'ERR_LERKIT_INVALID_ARGUMENT',
        field: 'associations[1].targetId',
        message: expect.stringContaining('achievements/unknown'),
      }),
    );
  });

  it('refuses unsigned credentials, malformed JWTs and an empty record', async () => {
    const base = {
      issuer: 'did:example:registrar',
      name: 'Transcript',
      recipient: { id: 'did:example:ada' },
    };
    const { proof: _p, ...unsigned } = (await course(
      'https://example.edu/a',
      'A',
    )) as unknown as Record<string, unknown>;
    expect(() => createClrCredential({ ...base, credentials: [unsigned] })).toThrow(
      expect.objectContaining({ field: 'credentials[0]' }),
    );
    expect(() => createClrCredential({ ...base, credentials: ['not-a-jwt'] })).toThrow(
      expect.objectContaining({ field: 'credentials[0]' }),
    );
    expect(() => createClrCredential({ ...base, credentials: ['e30.bm90IGpzb24.c2ln'] })).toThrow(
      expect.objectContaining({ field: 'credentials[0]' }),
    );
    expect(() => createClrCredential({ ...base, credentials: [] })).toThrow(
      expect.objectContaining({ field: 'credentials' }),
    );
    expect(() => createClrCredential({ ...base, name: undefined } as never)).toThrow(
      expect.objectContaining({ field: 'credentials' }),
    );
  });
});
