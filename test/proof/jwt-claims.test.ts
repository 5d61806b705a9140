// VC-JWT details real issuers get wrong or do differently: VC 1.1 JWTs whose `vc` claim leaves the
// properties to the registered claims (VC Data Model 1.1 §6.3.1), claims that contradict the
// credential, and ES256 signatures in ASN.1 DER (what KMS APIs return) instead of r ‖ s.
import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigner, exportKey, generateKeyPair, type KeyPair } from '../../src/proof/index.js';
import { isDerEcdsaSignature } from '../../src/proof/jwt.js';
import type { CheckId } from '../../src/report/index.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const proofCheck = (report: VerificationReport) => checkOf(report, 'proof');
const check = (report: VerificationReport, id: CheckId) => checkOf(report, id);

async function jws(key: KeyPair, payload: object, alg = 'EdDSA'): Promise<string> {
  const input = `${b64({ alg, typ: 'JWT', kid: key.id })}.${b64(payload)}`;
  const signature = await (await createSigner(key)).sign(new TextEncoder().encode(input));
  return `${input}.${Buffer.from(signature).toString('base64url')}`;
}

// The `vc` claim without what the registered claims carry.
const bareVc = () => ({
  '@context': [
    'https://www.w3.org/2018/credentials/v1',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Teamwork',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://example.edu/achievements/teamwork',
      type: ['Achievement'],
      name: 'Teamwork',
      description: 'Collaborates.',
      criteria: { narrative: 'Peers.' },
    },
  },
});

const claims = (iss: string) => ({
  iss,
  nbf: 1704067200, // 2024-01-01T00:00:00Z
  exp: 1893456000, // 2030-01-01T00:00:00Z
  jti: 'urn:uuid:11111111-0000-4000-8000-000000000002',
  sub: 'did:example:student-42',
});

describe('VC 1.1 JWT registered claims', () => {
  it('take the place of the properties the vc claim leaves out', async () => {
    const key = await generateKeyPair();
    const jwt = await jws(key, { ...claims(key.controller), vc: bareVc() });
    const report = await verify(jwt, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    expect(report.id).toBe('urn:uuid:11111111-0000-4000-8000-000000000002');
    expect(check(report, 'dates')).toMatchObject({ outcome: 'pass' });
    expect(report.verified).toBe(true);
    // exp → expirationDate: the same JWT is expired after 2030.
    const later = await verify(jwt, { now: new Date('2031-01-01T00:00:00Z') });
    expect(check(later, 'dates')).toMatchObject({ outcome: 'error', code: 'DATES_EXPIRED' });
  });

  it.each([
    ['issuer', { issuer: 'did:example:someone-else' }, 'iss'],
    ['issuanceDate', { issuanceDate: '2023-01-01T00:00:00Z' }, 'nbf'],
    ['expirationDate', { expirationDate: '2031-01-01T00:00:00Z' }, 'exp'],
    ['id', { id: 'urn:uuid:99999999-0000-4000-8000-000000000000' }, 'jti'],
  ])('fail when %s contradicts its claim', async (_name, property, claim) => {
    const key = await generateKeyPair();
    const jwt = await jws(key, { ...claims(key.controller), vc: { ...bareVc(), ...property } });
    const proof = proofCheck(await verify(jwt, { now: NOW }));
    expect(proof).toMatchObject({ outcome: 'error' });
    if (claim !== 'iss') {
      expect(proof).toMatchObject({ code: 'PROOF_JWT_CLAIMS_INVALID' });
      expect(proof?.message).toContain(`${claim} claim`);
    }
  });

  it('fails when credentialSubject.id contradicts sub', async () => {
    const key = await generateKeyPair();
    const vc = bareVc();
    const jwt = await jws(key, {
      ...claims(key.controller),
      vc: { ...vc, credentialSubject: { ...vc.credentialSubject, id: 'did:example:other' } },
    });
    expect(proofCheck(await verify(jwt, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_JWT_CLAIMS_INVALID',
    });
  });

  it('agrees when the vc claim repeats the claims', async () => {
    const key = await generateKeyPair();
    const jwt = await jws(key, {
      ...claims(key.controller),
      vc: {
        ...bareVc(),
        id: 'urn:uuid:11111111-0000-4000-8000-000000000002',
        issuer: { id: key.controller, type: ['Profile'], name: 'Example University' },
        issuanceDate: '2024-01-01T00:00:00Z',
        expirationDate: '2030-01-01T00:00:00Z',
      },
    });
    expect(proofCheck(await verify(jwt, { now: NOW }))).toMatchObject({ outcome: 'pass' });
  });
});

describe('ES256 signatures in ASN.1 DER', () => {
  it('are named as such, not as forgeries; the raw r ‖ s twin verifies', async () => {
    const key = await generateKeyPair({ type: 'P-256' });
    const payload = { ...claims(key.controller), vc: bareVc() };
    const input = `${b64({ alg: 'ES256', typ: 'JWT', kid: key.id })}.${b64(payload)}`;
    const privateJwk = (await exportKey(key, 'jwk', { secret: true })) as Record<string, unknown>;
    const { kid: _kid, ...jwk } = privateJwk;
    const privateKey = createPrivateKey({ key: jwk as never, format: 'jwk' });
    const der = nodeSign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'der' });
    expect(isDerEcdsaSignature(der)).toBe(true);
    const derJwt = `${input}.${der.toString('base64url')}`;
    expect(proofCheck(await verify(derJwt, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_JWT_SIGNATURE_DER',
    });
    const raw = nodeSign('sha256', Buffer.from(input), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    expect(isDerEcdsaSignature(raw)).toBe(false);
    const rawJwt = `${input}.${raw.toString('base64url')}`;
    expect(proofCheck(await verify(rawJwt, { now: NOW }))).toMatchObject({ outcome: 'pass' });
    // A 70-byte signature that is not DER is just a bad signature.
    const junk = Buffer.alloc(70, 1).toString('base64url');
    expect(proofCheck(await verify(`${input}.${junk}`, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });
});
