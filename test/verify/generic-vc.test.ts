// Issue 18 item 2: a credential that is not an Open Badges, CLR or endorsement credential is not a
// badge, whatever the OB schema says of its shape: TYPE_UNKNOWN_KIND. `kind: 'vc'` verifies any VC
// by the VC Data Model rules alone: there validFrom is optional for VC 2.0 and issuanceDate is
// required for VC 1.1.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/index.js';
import { generateKeyPair, sign } from '../../src/proof/index.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const CREATED = '2025-01-01T00:00:00Z';

function otherCredential(issuer: string) {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://www.w3.org/ns/credentials/examples/v2',
    ],
    id: 'urn:uuid:6f0f7c1e-0000-4000-8000-000000000002',
    type: ['VerifiableCredential', 'ExampleMembershipCredential'],
    issuer,
    credentialSubject: { id: 'did:example:member-7', memberOf: 'Example Club' },
  };
}

const codes = (r: { findings: { code: string; severity: string }[] }) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('a VC that is not a badge', () => {
  it('fails as not an Open Badges credential, in verify and validate', async () => {
    const key = await generateKeyPair();
    const signed = await sign(otherCredential(key.controller), { key, created: CREATED });
    const report = await verify(signed, { now: NOW });
    expect(report).toMatchObject({ verified: false, kind: 'VerifiableCredential' });
    expect(codes(report)).toEqual(['TYPE_UNKNOWN_KIND']);
    expect(report.findings[0]?.hint).toContain("kind: 'vc'");
    expect(codes(await validate(signed))).toEqual(['TYPE_UNKNOWN_KIND']);
  });

  it("verifies with kind: 'vc', without validFrom (VC 2.0)", async () => {
    const key = await generateKeyPair();
    const signed = await sign(otherCredential(key.controller), { key, created: CREATED });
    const report = await verify(signed, { now: NOW, kind: 'vc' });
    expect(report).toMatchObject({ verified: true, kind: 'VerifiableCredential' });
    expect(report.findings.map((f) => f.code)).not.toContain('DATES_MISSING');
    expect((await validate(signed, { kind: 'vc' })).valid).toBe(true);
  });

  it("requires issuanceDate of a VC 1.1 credential with kind: 'vc'", async () => {
    const vc11 = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      credentialSubject: { id: 'did:example:member-7' },
    };
    expect(codes(await validate(vc11, { kind: 'vc' }))).toContain('DATES_MISSING');
    expect(
      codes(await validate({ ...vc11, issuanceDate: '2024-01-01T00:00:00Z' }, { kind: 'vc' })),
    ).toEqual([]);
  });

  it("reads an Open Badges credential as the VC it is with kind: 'vc'", async () => {
    const key = await generateKeyPair();
    const badge = await sign(unsignedBadge(key.controller), { key, created: CREATED });
    const report = await verify(badge, { now: NOW, kind: 'vc' });
    expect(report).toMatchObject({ verified: true, kind: 'VerifiableCredential' });
    expect((await verify(badge, { now: NOW })).kind).toBe('AchievementCredential');
  });

  it('refuses an unknown kind option', async () => {
    await expect(validate({}, { kind: 'badge' as never })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(verify({}, { kind: 'badge' as never })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });
});
