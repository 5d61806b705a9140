import { describe, expect, it } from 'vitest';
import {
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
} from '../../src/build/index.js';
import { validateSchema } from '../../src/schema/index.js';

const fixed = {
  now: () => new Date('2024-05-01T12:34:56.789Z'),
  generateId: () => 'urn:uuid:00000000-0000-4000-8000-000000000000',
};
const achievementInput = {
  name: 'Teamwork',
  description: 'Works well in teams.',
  criteria: { narrative: 'Peer nominated.' },
};

describe('createOpenBadgeCredential', () => {
  const issuer = createProfile({ id: 'did:example:issuer', name: 'Example University' });
  const achievement = createAchievement(achievementInput, fixed);

  it('produces a schema-valid VC 2.0 credential with the contexts in the spec order', async () => {
    const credential = createOpenBadgeCredential(
      { issuer, achievement, recipient: { id: 'did:example:student' } },
      fixed,
    );
    expect(credential).toEqual({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:example:issuer', type: ['Profile'], name: 'Example University' },
      validFrom: '2024-05-01T12:34:56Z',
      name: 'Teamwork',
      credentialSubject: {
        id: 'did:example:student',
        type: ['AchievementSubject'],
        achievement: {
          id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
          type: ['Achievement'],
          name: 'Teamwork',
          description: 'Works well in teams.',
          criteria: { narrative: 'Peer nominated.' },
        },
      },
    });
    expect(await validateSchema(credential, { target: 'AchievementCredential' })).toEqual([]);
    expect(
      await validateSchema(credential, { target: 'AchievementCredential', schemaSet: 'strict' }),
    ).toEqual([]);
  });

  it('is deterministic for fixed inputs and does not mutate them', () => {
    const input = {
      issuer,
      achievement,
      recipient: { id: 'did:example:student' },
      validUntil: '2030-01-01T00:00:00Z',
    };
    const copy = structuredClone(input);
    const a = createOpenBadgeCredential(input, fixed);
    const b = createOpenBadgeCredential(input, fixed);
    expect(a).toEqual(b);
    expect(input).toEqual(copy);
    a.credentialSubject.achievement.name = 'changed';
    expect(achievement.name).toBe('Teamwork');
    expect(JSON.stringify(a)).not.toContain('undefined');
  });

  it.each([
    [{ recipient: { id: 'not a uri' } }, 'recipient.id'],
    [{ validFrom: '2024-13-01' }, 'validFrom'],
    [{ validFrom: new Date('invalid') }, 'validFrom'],
    [{ validFrom: '2024-05-01T00:00:00' }, 'validFrom'],
    [{ validFrom: '2024-05-02T00:00:00Z', validUntil: '2024-05-01T00:00:00Z' }, 'validUntil'],
    [{ name: '  ' }, 'name'],
    [{ id: 'relative/path' }, 'id'],
    [{ issuer: { ...issuer, id: 'x y' } }, 'issuer.id'],
    [{ achievement: null }, 'achievement'],
  ])('rejects %j with a typed error naming %s', (patch, field) => {
    const input = { issuer, achievement, recipient: { id: 'did:example:student' }, ...patch };
    expect(() => createOpenBadgeCredential(input as never, fixed)).toThrow(
      expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT', field }),
    );
  });
});

describe('createAchievement and createProfile', () => {
  it('validate their input and name the field at fault', () => {
    expect(() => createAchievement({ ...achievementInput, name: '' })).toThrow(
      expect.objectContaining({ field: 'achievement.name' }),
    );
    expect(() => createAchievement({ ...achievementInput, criteria: {} })).toThrow(
      expect.objectContaining({ field: 'achievement.criteria' }),
    );
    expect(() => createAchievement({ ...achievementInput, criteria: { id: 'nope' } })).toThrow(
      expect.objectContaining({ field: 'achievement.criteria.id' }),
    );
    expect(() => createProfile({ id: 'did:example:x', name: 'X', url: 'example.com' })).toThrow(
      expect.objectContaining({ field: 'profile.url' }),
    );
  });

  it('generate urn:uuid ids by default', () => {
    expect(createAchievement(achievementInput).id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});
