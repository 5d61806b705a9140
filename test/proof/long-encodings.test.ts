// Long multibase strings where a signature or a key belongs: refused before any quadratic decoder
// (lerkit's own used to be one, and the @digitalbazaar suites' still is) sees them. A 200 kB
// proofValue or did:key took 20-30 s to verify; now each is a finding at once. Timings are in
// `npm run bench:base58`; these tests assert the findings.
import { describe, expect, it } from 'vitest';
import { generateKeyPair, resolveDid, sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const DIGITS = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const long = (n: number) => Array.from({ length: n }, (_, i) => DIGITS[(i * 7) % 57]).join('');

async function signedBadge() {
  const key = await generateKeyPair();
  const signed = (await sign(unsignedBadge(key.controller), {
    key,
    created: '2024-01-01T00:00:00Z',
  })) as unknown as Record<string, unknown> & { proof: Record<string, unknown> };
  return { key, signed };
}

describe('long base58 strings', () => {
  it('a 200 kB proofValue is over limits.multibaseLength and is never decoded', async () => {
    const { signed } = await signedBadge();
    const proofValue = `z${long(200 * 1024)}`;
    const report = await verify(
      { ...signed, proof: { ...signed.proof, proofValue } },
      { now: NOW },
    );
    expect(report.verified).toBe(false);
    const finding = report.findings.find((f) => f.code === 'LIMITS_MULTIBASE_LENGTH');
    expect(finding).toMatchObject({ check: 'limits', severity: 'error', path: '/proof' });
    expect(finding?.message).toMatch(/204,801 characters, over limits\.multibaseLength \(65,536\)/);
  });

  it('a base58 proofValue longer than any signature is PROOF_MALFORMED, naming its length', async () => {
    const { signed } = await signedBadge();
    const proofValue = `z${long(2000)}`;
    const report = await verify(
      { ...signed, proof: { ...signed.proof, proofValue } },
      { now: NOW },
    );
    const proof = report.findings.find((f) => f.check === 'proof');
    expect(proof).toMatchObject({ severity: 'error', code: 'PROOF_MALFORMED' });
    expect(proof?.message).toMatch(/2001 characters/);
  });

  it('a proofValue of 256 characters is still read (and fails as a signature)', async () => {
    const { signed } = await signedBadge();
    const proofValue = `z${long(255)}`;
    const report = await verify(
      { ...signed, proof: { ...signed.proof, proofValue } },
      { now: NOW },
    );
    expect(report.findings.find((f) => f.check === 'proof')?.code).toBe('PROOF_SIGNATURE_INVALID');
  });

  it('whitespace inside a proofValue is still refused', async () => {
    const { signed } = await signedBadge();
    const proofValue = `${String(signed.proof.proofValue).slice(0, 20)} ${String(signed.proof.proofValue).slice(20)}`;
    const report = await verify(
      { ...signed, proof: { ...signed.proof, proofValue } },
      { now: NOW },
    );
    expect(report.findings.find((f) => f.check === 'proof')).toMatchObject({
      code: 'PROOF_MALFORMED',
      message: expect.stringMatching(/no other characters/),
    });
  });

  it('a 200 kB did:key verification method does not resolve', async () => {
    const did = `did:key:z6Mk${long(200 * 1024)}`;
    const { signed } = await signedBadge();
    const credential = {
      ...signed,
      issuer: { ...(signed.issuer as object), id: did },
      proof: { ...signed.proof, verificationMethod: `${did}#z6Mk` },
    };
    const report = await verify(credential, { now: NOW });
    expect(report.verified).toBe(false);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'LIMITS_URL_LENGTH', path: '/proof' }),
    );
    await expect(resolveDid(did)).rejects.toMatchObject({ code: 'ERR_LERKIT_INVALID_ARGUMENT' });
  });
});
