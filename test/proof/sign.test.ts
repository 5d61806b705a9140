import { describe, expect, it, vi } from 'vitest';
import { isLerkitError } from '../../src/errors/index.js';
import { createSigner, generateKeyPair, sign } from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { testKey, unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
// Proofs are created before the verification time (a later `created` fails).
const SIGNED_AT = new Date(NOW.getTime() - 86_400_000);

describe('generateKeyPair', () => {
  it('makes an Ed25519 did:key whose id and controller match', async () => {
    const key = await generateKeyPair();
    expect(key.did).toMatch(/^did:key:z6Mk/);
    expect(key.controller).toBe(key.did);
    expect(key.id).toBe(`${key.did}#${key.publicKeyMultibase}`);
    expect(key.secretKeyMultibase).toMatch(/^z/);
  });

  it('is reproducible from a seed and random without one', async () => {
    const seed = new Uint8Array(32).fill(1);
    expect((await generateKeyPair({ seed })).id).toBe((await generateKeyPair({ seed })).id);
    expect((await generateKeyPair()).id).not.toBe((await generateKeyPair()).id);
  });

  it('binds to a given controller', async () => {
    const key = await generateKeyPair({ controller: 'https://example.edu/issuer' });
    expect(key.id).toBe(`https://example.edu/issuer#${key.publicKeyMultibase}`);
    expect(key.did).toBeUndefined();
  });

  it('rejects bad options with a typed error', async () => {
    await expect(generateKeyPair({ type: 'DSA' as never })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
    });
    await expect(generateKeyPair({ seed: new Uint8Array(5) })).rejects.toMatchObject({
      field: 'seed',
    });
  });
});

describe('sign', () => {
  it('adds an eddsa-rdfc-2022 proof without modifying its input', async () => {
    const key = await testKey();
    const credential = unsignedBadge(key.controller);
    const before = structuredClone(credential);
    const signed = await sign(credential, { key, created: '2024-02-03T04:05:06Z' });
    expect(credential).toEqual(before);
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: key.id,
      created: '2024-02-03T04:05:06Z',
    });
    expect((await verify(signed, { now: NOW })).verified).toBe(true);
  });

  it('refuses a key whose controller is not the issuer, unless explicitly allowed', async () => {
    const key = await testKey();
    const credential = unsignedBadge('https://example.edu/someone-else');
    const error = await sign(credential, { created: SIGNED_AT, key }).catch((e: unknown) => e);
    expect(isLerkitError(error, 'ERR_LERKIT_ISSUER_KEY_MISMATCH')).toBe(true);
    expect(error).toMatchObject({
      issuer: 'https://example.edu/someone-else',
      controller: key.controller,
    });
    const forced = await sign(credential, { created: SIGNED_AT, key, allowIssuerMismatch: true });
    const report = await verify(forced, { now: NOW });
    expect(checkOf(report, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_ISSUER_MISMATCH',
    });
  });

  it('signs through a Signer, so the private key can stay in a KMS', async () => {
    const key = await testKey();
    const local = await createSigner(key);
    const kms = {
      id: key.id,
      algorithm: 'Ed25519' as const,
      sign: vi.fn((data: Uint8Array) => local.sign(data)),
    };
    const signed = await sign(unsignedBadge(key.controller), { created: SIGNED_AT, signer: kms });
    expect(kms.sign).toHaveBeenCalledOnce();
    expect(kms.sign.mock.calls[0]?.[0]).toBeInstanceOf(Uint8Array);
    expect((await verify(signed, { now: NOW })).verified).toBe(true);
  });

  it('adds a second proof to a signed credential (a proof set)', async () => {
    const key = await testKey();
    const once = await sign(unsignedBadge(key.controller), { created: SIGNED_AT, key });
    const twice = await sign(once, { created: SIGNED_AT, key });
    expect(Array.isArray(twice.proof)).toBe(true);
    const report = await verify(twice, { now: NOW });
    expect(checkOf(report, 'proof')?.outcome).toBe('pass');
    expect(report.findings.filter((f) => f.check === 'proof').map((f) => [f.path, f.code])).toEqual(
      [
        ['/proof/0', 'PROOF_VERIFIED'],
        ['/proof/1', 'PROOF_VERIFIED'],
      ],
    );
  });

  it('rejects keys it cannot sign with', async () => {
    const key = await testKey();
    const credential = unsignedBadge(key.controller);
    const { secretKeyMultibase: _s, ...publicOnly } = key;
    await expect(sign(credential, { created: SIGNED_AT, key: publicOnly })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_KEY',
    });
    const other = await testKey(9);
    await expect(
      sign(credential, {
        created: SIGNED_AT,
        key: { ...key, secretKeyMultibase: other.secretKeyMultibase as string },
      }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_INVALID_KEY' });
    await expect(
      sign(credential, { created: SIGNED_AT, key: { ...key, publicKeyMultibase: 'zNotAKey' } }),
    ).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_KEY',
    });
    await expect(sign(credential, {})).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_ARGUMENT',
    });
  });

  it('refuses a credential whose terms its contexts do not define', async () => {
    const key = await testKey();
    const credential = { ...unsignedBadge(key.controller), favouriteColour: 'blue' };
    const error = await sign(credential, { created: SIGNED_AT, key }).catch((e: unknown) => e);
    expect(isLerkitError(error, 'ERR_LERKIT_SIGNING_FAILED')).toBe(true);
    expect((error as Error).message).toContain('favouriteColour');
  });

  it('names the context nothing can load', async () => {
    const key = await testKey();
    const credential = unsignedBadge(key.controller);
    credential['@context'] = [...credential['@context'], 'https://example.org/unknown-context'];
    const error = await sign(credential, { created: SIGNED_AT, key }).catch((e: unknown) => e);
    expect(isLerkitError(error, 'ERR_LERKIT_DOCUMENT_NOT_FOUND')).toBe(true);
    expect(error).toMatchObject({ url: 'https://example.org/unknown-context' });
  });

  it('rejects an unsupported suite', async () => {
    const key = await testKey();
    await expect(
      sign(unsignedBadge(key.controller), { created: SIGNED_AT, key, suite: 'rsa' as never }),
    ).rejects.toMatchObject({
      code: 'ERR_LERKIT_UNSUPPORTED',
    });
  });
});

describe('Ed25519Signature2020 on VC Data Model 1.1 and 2.0', () => {
  it('signs and verifies both, adding its suite context', async () => {
    const key = await testKey();
    const v2 = unsignedBadge(key.controller);
    const v11 = {
      ...v2,
      '@context': ['https://www.w3.org/2018/credentials/v1', v2['@context'][1]],
      issuanceDate: v2.validFrom,
    } as Record<string, unknown>;
    delete v11.validFrom;
    for (const credential of [v2, v11]) {
      const signed = await sign(credential, {
        created: SIGNED_AT,
        key,
        suite: 'Ed25519Signature2020',
      });
      expect(signed['@context']).toContain('https://w3id.org/security/suites/ed25519-2020/v1');
      expect(signed.proof).toMatchObject({ type: 'Ed25519Signature2020' });
      const report = await verify(signed, { now: NOW });
      expect(checkOf(report, 'proof')).toMatchObject({ outcome: 'pass' });
    }
  });
});
