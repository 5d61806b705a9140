// Builds signed test credentials with fresh keys.
import {
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
} from '../../src/builders/index.js';
import { generateKeyPair, type KeyPair, sign } from '../../src/proof/index.js';

export const SEED = new Uint8Array(32).fill(7);

export async function testKey(seedByte = 7): Promise<KeyPair> {
  return generateKeyPair({ seed: new Uint8Array(32).fill(seedByte) });
}

export function unsignedBadge(
  issuerId: string,
  extra: { validFrom?: string; validUntil?: string } = {},
) {
  const achievement = createAchievement(
    {
      id: 'https://example.edu/achievements/teamwork',
      name: 'Teamwork',
      description: 'Collaborates effectively within a group.',
      criteria: { narrative: 'Nominated by peers and confirmed by an instructor.' },
    },
    {},
  );
  return createOpenBadgeCredential(
    {
      id: 'urn:uuid:2a3b4c5d-0000-4000-8000-000000000001',
      issuer: createProfile({ id: issuerId, name: 'Example University' }),
      achievement,
      recipient: { id: 'did:example:student-42' },
      validFrom: extra.validFrom ?? '2024-01-01T00:00:00Z',
      ...(extra.validUntil ? { validUntil: extra.validUntil } : {}),
    },
    {},
  );
}

export async function signedBadge(
  key?: KeyPair,
  extra: { validFrom?: string; validUntil?: string } = {},
) {
  const k = key ?? (await testKey());
  return {
    key: k,
    credential: await sign(unsignedBadge(k.controller, extra), {
      key: k,
      created: '2024-01-01T00:00:00Z',
    }),
  };
}
