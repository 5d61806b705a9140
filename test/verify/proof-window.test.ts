// Issue 15, proof time limits (VC Data Integrity 1.0 §2.1): a proof created after the verification
// time (beyond the clock skew) is not valid yet; a proof whose `expires` is past is not valid any
// more. Both fail the proof check with their own codes, at the proof member's pointer.
import { describe, expect, it } from 'vitest';
import { generateKeyPair, sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { allFindings } from '../helpers/report.js';

const CREATED = '2025-06-01T00:00:00Z';

async function signedAt(created: string) {
  const key = await generateKeyPair();
  return sign(unsignedBadge(key.controller), { key, created });
}

// Folded consequences included: what matters here is that the proof check says so.
const errors = (report: Awaited<ReturnType<typeof verify>>) =>
  allFindings(report)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.path}`);

describe('proof created and expires', () => {
  it('verifies a proof created before now, and one created within the clock skew', async () => {
    const signed = await signedAt(CREATED);
    expect((await verify(signed, { now: new Date('2025-07-01T00:00:00Z') })).verified).toBe(true);
    const justBefore = new Date(Date.parse(CREATED) - 60_000);
    expect((await verify(signed, { now: justBefore, clockSkew: 300 })).verified).toBe(true);
  });

  it('fails a proof created after the verification time', async () => {
    const signed = await signedAt(CREATED);
    const report = await verify(signed, { now: new Date('2025-05-01T00:00:00Z'), clockSkew: 0 });
    expect(report.verified).toBe(false);
    expect(errors(report)).toContain('PROOF_NOT_YET_VALID /proof/created');
    expect(report.checks.find((c) => c.check === 'proof')?.outcome).toBe('error');
  });

  it('fails a proof whose expires is past, not one whose expires is ahead', async () => {
    const signed = (await signedAt(CREATED)) as unknown as Record<string, unknown> & {
      proof: object;
    };
    const now = new Date('2025-07-01T00:00:00Z');
    const expired = { ...signed, proof: { ...signed.proof, expires: '2025-06-15T00:00:00Z' } };
    expect(errors(await verify(expired, { now }))).toContain('PROOF_EXPIRED /proof/expires');
    const ahead = { ...signed, proof: { ...signed.proof, expires: '2026-06-15T00:00:00Z' } };
    const report = await verify(ahead, { now });
    // Added after signing, expires breaks the signature, but it has not expired.
    expect(errors(report)).not.toContain('PROOF_EXPIRED /proof/expires');
    expect(errors(report)).toContain('PROOF_SIGNATURE_INVALID /proof');
  });

  it('fails a proof whose created is not a dateTime', async () => {
    const signed = (await signedAt(CREATED)) as unknown as Record<string, unknown> & {
      proof: object;
    };
    const report = await verify({ ...signed, proof: { ...signed.proof, created: 'yesterday' } });
    expect(errors(report)).toContain('PROOF_MALFORMED /proof/created');
  });
});
