// The OB 3.0 Conformance and Certification Guide's issuer tests (§Open Badges 3.0 Issuer Service
// Conformance, §Service Consumer (Write) Conformance; fixtures/spec/text/ob_v3p0/ob_v3p0-cert.md),
// the part a library does: make the credentials the tests ask for. Submitting them to the
// conformance system, OAuth and the REST calls are the platform's part (docs/certification.md).
import { describe, expect, it } from 'vitest';
import {
  createAchievement,
  createOpenBadgeCredential,
  createProfile,
} from '../../src/builders/index.js';
import { generateKeyPair, sign } from '../../src/proof/index.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';

const RECIPIENT = 'conformance@imsglobal.org';

async function conformanceBadge() {
  const key = await generateKeyPair({ seed: new Uint8Array(32).fill(31) });
  const unsigned = createOpenBadgeCredential({
    issuer: createProfile({ id: key.controller, name: 'Example Issuer' }),
    name: 'Conformance badge',
    achievement: createAchievement({
      id: 'https://example.edu/achievements/conformance',
      name: 'Conformance badge',
      description: 'Issued for the 1EdTech conformance test system.',
      criteria: { narrative: 'Be the conformance test system.' },
    }),
    recipient: { identifier: { identityType: 'emailAddress', value: RECIPIENT } },
    validFrom: '2025-01-01T00:00:00Z',
  });
  return { key, unsigned, signed: await sign(unsigned, { key, created: '2025-01-01T00:00:00Z' }) };
}

describe('OB 3.0 certification, issuer test 1', () => {
  it('issues a valid OB 3.0 badge to conformance@imsglobal.org, signed with eddsa-rdfc-2022', async () => {
    const { signed } = await conformanceBadge();
    const subject = (
      signed as unknown as { credentialSubject: { identifier: Record<string, unknown>[] } }
    ).credentialSubject;
    expect(subject.identifier[0]).toMatchObject({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
    });
    expect((signed as { proof: Record<string, unknown> }).proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
    });
    const validation = await validate(signed);
    expect(validation.valid).toBe(true);
    expect(validation.kind).toBe('AchievementCredential');
    const report = await verify(signed, {
      now: new Date('2025-06-01T00:00:00Z'),
      knownIdentifier: RECIPIENT,
    });
    expect(report.verified).toBe(true);
    expect(report.checks.find((c) => c.check === 'recipient')?.outcome).toBe('pass');
    // Another recipient is not the one issued to.
    const other = await verify(signed, {
      now: new Date('2025-06-01T00:00:00Z'),
      knownIdentifier: 'someone@example.org',
    });
    expect(other.verified).toBe(false);
  });
});

describe('OB 3.0 certification, Service Consumer (Write) test 3', () => {
  it('makes a valid Profile for the id https://1edtech.org/issuers/cert', async () => {
    const profile = createProfile({
      id: 'https://1edtech.org/issuers/cert',
      name: '1EdTech certification issuer',
    });
    expect(profile).toMatchObject({ id: 'https://1edtech.org/issuers/cert', type: ['Profile'] });
    const report = await validate({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      ...profile,
    });
    expect(report.kind).toBe('Profile');
    expect(report.valid).toBe(true);
    // Without its id it is not a valid Profile.
    const { id: _, ...anonymous } = profile as unknown as Record<string, unknown>;
    const bad = await validate({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      ...anonymous,
    });
    expect(bad.valid).toBe(false);
  });
});
