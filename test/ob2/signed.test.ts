// Signed OB 2.0 assertions (OB 2.0 §SignedBadge Verification): an RS256 JWS verified with a key
// the issuer Profile lists, not revoked in its RevocationList; one changed byte fails.
import fc from 'fast-check';
import { CompactSign, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { checkOf, errorCodes } from '../helpers/report.js';
import {
  badgeClass,
  ISSUER_ID,
  issuer,
  type Json,
  KEY_ID,
  LIST_ID,
  NOW,
  resourcesOf,
  revocationList,
  rsaKey,
  SIGNED_ID,
  signAssertion,
  signedAssertion,
  type TestKey,
} from './world.js';

let key: TestKey;
let jws: string;

beforeAll(async () => {
  key = await rsaKey();
  jws = await signAssertion(signedAssertion(), key.privateKey);
});

/** The default world, with some documents replaced or added. */
function resources(...documents: Json[]) {
  return resourcesOf(issuer(), badgeClass(), key.document, revocationList(), ...documents);
}

describe('a signed assertion', () => {
  it('verifies: the JWS with the issuer’s key, not revoked, not expired', async () => {
    const report = await verify(jws, { resources: resources(), now: NOW });
    expect(report).toMatchObject({
      verified: true,
      status: 'valid',
      kind: 'OB2Assertion',
      format: 'jws',
      id: SIGNED_ID,
    });
    expect(report.checks.map((c) => `${c.check}:${c.outcome}`)).toEqual([
      'parse:pass',
      'context:pass',
      'jsonld:pass',
      'type:pass',
      'ob2:pass',
      'proof:pass',
      'status:pass',
      'dates:pass',
    ]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'PROOF_VERIFIED',
        severity: 'info',
        path: '/verification/creator',
      }),
    ]);
    expect(checkOf(report, 'status')?.message).toContain(LIST_ID);
  });

  it('without a creator, verifies with any key the issuer lists', async () => {
    const other = await rsaKey('https://example.org/keys/old.json');
    const profile = issuer({ publicKey: [other.document.id, KEY_ID] });
    const noCreator = await signAssertion(
      signedAssertion({ verification: { type: 'signed' } }),
      key.privateKey,
    );
    const report = await verify(noCreator, {
      resources: resources(profile, other.document),
      now: NOW,
    });
    expect(report).toMatchObject({ verified: true, status: 'valid' });
  });

  it('accepts a key embedded in the issuer’s hosted Profile', async () => {
    const { '@context': _c, ...embedded } = key.document;
    const profile = issuer({ publicKey: embedded });
    const report = await verify(jws, {
      resources: resourcesOf(profile, badgeClass(), revocationList()),
      now: NOW,
    });
    expect(report.verified).toBe(true);
  });
});

describe('one changed byte fails', () => {
  it('one changed byte of the payload: the signature does not verify', async () => {
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const bytes = Buffer.from(payload, 'base64url');
    const at = bytes.indexOf('beths-robot-work');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'c'.charCodeAt(0); // beths → ceths: still JSON, still an assertion
    const changed = `${header}.${bytes.toString('base64url')}.${signature}`;
    const report = await verify(changed, { resources: resources(), now: NOW });
    expect(report.verified).toBe(false);
    expect(errorCodes(report)).toEqual(['PROOF_SIGNATURE_INVALID']);
    // The unchanged JWS verifies with the same resources.
    expect((await verify(jws, { resources: resources(), now: NOW })).verified).toBe(true);
  });

  it('any changed byte of the JWS, anywhere (property, seeded): never verified', async () => {
    const options = { resources: resources(), now: NOW };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: jws.length - 1 }),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'),
        async (at, replacement) => {
          fc.pre(jws[at] !== replacement);
          const changed = jws.slice(0, at) + replacement + jws.slice(at + 1);
          const report = await verify(changed, options);
          expect(report.verified).toBe(false);
        },
      ),
      { seed: 20240601, numRuns: 60 },
    );
  });

  it('a JWS with non-zero unused bits in its last character (same bytes, another string)', async () => {
    const flipped = flipUnusedBit(jws);
    expect(Buffer.from(flipped.split('.')[2] as string, 'base64url')).toEqual(
      Buffer.from(jws.split('.')[2] as string, 'base64url'),
    );
    const report = await verify(flipped, { resources: resources(), now: NOW });
    expect(report.verified).toBe(false);
    expect(errorCodes(report)).toEqual(['PROOF_SIGNATURE_INVALID']);
  });

  it('a re-encoded payload with one changed value, signature kept', async () => {
    const [header, , signature] = jws.split('.') as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify(signedAssertion({ expires: '2099-12-31T23:59:59Z' })),
    ).toString('base64url');
    const report = await verify(`${header}.${forged}.${signature}`, {
      resources: resources(),
      now: NOW,
    });
    expect(errorCodes(report)).toEqual(['PROOF_SIGNATURE_INVALID']);
  });
});

describe('negative twins of the signed assertion', () => {
  it('wrong key: signed with a key other than the one the issuer lists', async () => {
    const stranger = await rsaKey();
    const forged = await signAssertion(signedAssertion(), stranger.privateKey);
    const report = await verify(forged, { resources: resources(), now: NOW });
    expect(errorCodes(report)).toEqual(['PROOF_SIGNATURE_INVALID']);
  });

  it('key not listed by the issuer: the creator is another key, even one that verifies', async () => {
    const rogue = await rsaKey('https://evil.example/key.json');
    const forged = await signAssertion(
      signedAssertion({ verification: { type: 'SignedBadge', creator: rogue.document.id } }),
      rogue.privateKey,
    );
    const report = await verify(forged, { resources: resources(rogue.document), now: NOW });
    expect(errorCodes(report)).toEqual(['PROOF_KEY_NOT_FOUND']);
    expect(checkOf(report, 'proof')?.path).toBe('/verification/creator');
    expect(checkOf(report, 'proof')?.message).toContain('https://evil.example/key.json');
  });

  it('a key owned by someone else', async () => {
    const owned = { ...key.document, owner: 'https://evil.example/issuer' };
    const report = await verify(jws, { resources: resources(owned), now: NOW });
    expect(errorCodes(report)).toEqual(['PROOF_ISSUER_MISMATCH']);
  });

  it('the key cannot be obtained, or has no usable PEM', async () => {
    const noKey = resourcesOf(issuer(), badgeClass(), revocationList());
    expect(errorCodes(await verify(jws, { resources: noKey, now: NOW }))).toEqual([
      'PROOF_KEY_UNRESOLVED',
    ]);
    const broken = {
      ...key.document,
      publicKeyPem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
    };
    expect(errorCodes(await verify(jws, { resources: resources(broken), now: NOW }))).toEqual([
      'PROOF_OB2_KEY_INVALID',
    ]);
  });

  it('an algorithm other than RS256 is refused', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const es256 = await new CompactSign(new TextEncoder().encode(JSON.stringify(signedAssertion())))
      .setProtectedHeader({ alg: 'ES256' })
      .sign(privateKey);
    expect(errorCodes(await verify(es256, { resources: resources(), now: NOW }))).toEqual([
      'PROOF_OB2_ALG_UNSUPPORTED',
    ]);
  });

  it('revoked in the RevocationList: by id (string and object, with the reason) and by uid', async () => {
    for (const [entry, reason] of [
      [SIGNED_ID, undefined],
      [{ id: SIGNED_ID, revocationReason: 'Honor code violation' }, 'Honor code violation'],
    ] as const) {
      const report = await verify(jws, { resources: resources(revocationList([entry])), now: NOW });
      expect(errorCodes(report)).toEqual(['STATUS_REVOKED']);
      if (reason) expect(checkOf(report, 'status')?.message).toContain(reason);
    }
    const legacy = await signAssertion(signedAssertion({ uid: 'abc123' }), key.privateKey);
    const byUid = revocationList([{ uid: 'abc123', revocationReason: 'Issued in error.' }]);
    const report = await verify(legacy, { resources: resources(byUid), now: NOW });
    expect(errorCodes(report)).toEqual(['STATUS_REVOKED']);
    expect(checkOf(report, 'status')?.message).toContain('Issued in error.');
    const notThis = revocationList([
      'urn:uuid:00000000-0000-4000-8000-000000000000',
      { uid: 'zzz' },
    ]);
    expect((await verify(jws, { resources: resources(notThis), now: NOW })).verified).toBe(true);
  });

  it('a revocation list that cannot be obtained (indeterminate), or is someone else’s', async () => {
    const noList = resourcesOf(issuer(), badgeClass(), key.document);
    const unknown = await verify(jws, { resources: noList, now: NOW });
    expect(unknown).toMatchObject({ verified: true, status: 'warning' });
    expect(checkOf(unknown, 'status')).toMatchObject({
      outcome: 'indeterminate',
      code: 'STATUS_LIST_UNAVAILABLE',
    });
    const theirs = { ...revocationList(), issuer: 'https://evil.example/issuer' };
    expect(errorCodes(await verify(jws, { resources: resources(theirs), now: NOW }))).toEqual([
      'STATUS_LIST_ISSUER_MISMATCH',
    ]);
  });

  it('expired', async () => {
    const expired = await signAssertion(
      signedAssertion({ expires: '2020-01-01T00:00:00Z' }),
      key.privateKey,
    );
    expect(errorCodes(await verify(expired, { resources: resources(), now: NOW }))).toEqual([
      'DATES_EXPIRED',
    ]);
  });

  it('BadgeClass missing', async () => {
    const report = await verify(jws, {
      resources: resourcesOf(issuer(), key.document, revocationList()),
      now: NOW,
    });
    expect(errorCodes(report)).toEqual(['OB2_DOCUMENT_UNAVAILABLE']);
    expect(checkOf(report, 'proof')?.outcome).toBe('skipped');
  });

  it('the assertion JSON without its JWS is not verified', async () => {
    const report = await verify(signedAssertion(), { resources: resources(), now: NOW });
    expect(errorCodes(report)).toEqual(['PROOF_MISSING']);
    expect(checkOf(report, 'proof')?.path).toBe('/verification');
  });

  it('a JWS whose payload declares hosted verification', async () => {
    const hostedSigned = await signAssertion(
      signedAssertion({
        id: 'https://example.org/assertions/x.json',
        verification: { type: 'hosted' },
      }),
      key.privateKey,
    );
    const report = await verify(hostedSigned, { resources: resources(), now: NOW });
    expect(errorCodes(report)).toEqual(['PROOF_OB2_VERIFICATION_MISMATCH']);
  });

  it('keys from an embedded issuer Profile are not trusted without the hosted one', async () => {
    const { '@context': _c, ...profile } = issuer({ publicKey: KEY_ID });
    const embedded = await signAssertion(
      signedAssertion({ badge: { ...badgeClass(), issuer: profile } }),
      key.privateKey,
    );
    const report = await verify(embedded, {
      resources: resourcesOf(key.document, revocationList()),
      now: NOW,
    });
    expect(report.verified).toBe(false);
    expect(errorCodes(report)).toEqual(['OB2_DOCUMENT_UNAVAILABLE']);
    expect(checkOf(report, 'ob2')?.path).toBe('/badge/issuer');
    expect(checkOf(report, 'proof')?.outcome).toBe('skipped');
    // With the hosted Profile supplied, it verifies.
    const ok = await verify(embedded, {
      resources: resourcesOf(issuer(), key.document, revocationList()),
      now: NOW,
    });
    expect(ok.verified).toBe(true);
    expect(ISSUER_ID).toBe(profile.id);
  });
});

/** The JWS with the lowest (unused) bit of its last base64url character set: decoders ignore it. */
function flipUnusedBit(compact: string): string {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = compact.at(-1) as string;
  return compact.slice(0, -1) + (ALPHABET[ALPHABET.indexOf(last) ^ 1] as string);
}
