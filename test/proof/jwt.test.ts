// VC-JWT as OB 3.0 §JSON Web Token Proof Format defines it.
import { describe, expect, it } from 'vitest';
import {
  createSigner,
  exportKey,
  generateKeyPair,
  type KeyPair,
  signJwt,
} from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

// A JWS over any header and payload, signed with a lerkit key.
async function jws(key: KeyPair, header: object, payload: object): Promise<string> {
  const signer = await createSigner(key);
  const input = `${b64(header)}.${b64(payload)}`;
  const signature = await signer.sign(new TextEncoder().encode(input));
  return `${input}.${Buffer.from(signature).toString('base64url')}`;
}

function proofCheck(report: Awaited<ReturnType<typeof verify>>) {
  return checkOf(report, 'proof');
}

const credential11 = (issuer: string) => ({
  '@context': [
    'https://www.w3.org/2018/credentials/v1',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:11111111-0000-4000-8000-000000000001',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: issuer, type: ['Profile'], name: 'Example University' },
  issuanceDate: '2024-01-01T00:00:00Z',
  expirationDate: '2030-01-01T00:00:00Z',
  name: 'Teamwork',
  credentialSubject: {
    id: 'did:example:student-42',
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

describe('signJwt', () => {
  it('emits only alg, typ and kid, and the spec claims on a VC 2.0 payload', async () => {
    const key = await generateKeyPair({ type: 'RSA' });
    const credential = unsignedBadge(key.controller, { validUntil: '2030-01-01T00:00:00Z' });
    const jwt = await signJwt(credential, { key });
    const [header, payload] = jwt.split('.').map((p, i) => (i < 2 ? decode(p) : p));
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.id });
    const { iss, jti, sub, nbf, exp, ...rest } = payload;
    expect(rest).toEqual(credential);
    expect({ iss, jti, sub, nbf, exp }).toEqual({
      iss: key.controller,
      jti: credential.id,
      sub: 'did:example:student-42',
      nbf: Date.parse('2024-01-01T00:00:00Z') / 1000,
      exp: Date.parse('2030-01-01T00:00:00Z') / 1000,
    });
    expect(payload.vc).toBeUndefined();
    expect((await verify(jwt, { now: NOW })).status).toBe('valid');
  });

  it('puts a VC 1.1 credential in the vc claim, and verifies it', async () => {
    const key = await generateKeyPair({ type: 'P-256' });
    const jwt = await signJwt(credential11(key.controller), { key });
    const payload = decode(jwt.split('.')[1] as string);
    expect(payload.vc).toEqual(credential11(key.controller));
    expect(payload.exp).toBe(Date.parse('2030-01-01T00:00:00Z') / 1000);
    const report = await verify(jwt, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
  });

  it('can carry the public key in the header instead of kid, never the private key', async () => {
    const key = await generateKeyPair();
    const jwt = await signJwt(unsignedBadge(key.controller), { key, header: 'jwk', typ: false });
    const header = decode(jwt.split('.')[0] as string);
    expect(Object.keys(header).sort()).toEqual(['alg', 'jwk']);
    expect(header.jwk.d).toBeUndefined();
    expect(proofCheck(await verify(jwt, { now: NOW }))).toMatchObject({ outcome: 'pass' });
  });

  it('refuses a credential it cannot make the required claims for', async () => {
    const key = await generateKeyPair();
    const { id: _id, ...noId } = unsignedBadge(key.controller);
    await expect(signJwt(noId, { key })).rejects.toMatchObject({
      code: 'ERR_LERKIT_SIGNING_FAILED',
    });
    await expect(signJwt(unsignedBadge('did:example:other'), { key })).rejects.toMatchObject({
      code: 'ERR_LERKIT_ISSUER_KEY_MISMATCH',
    });
  });
});

describe('VC-JWT verification', () => {
  it('uses exp as validUntil: an expired JWT is expired', async () => {
    const key = await generateKeyPair();
    const credential = unsignedBadge(key.controller);
    const jwt = await signJwt(credential, { key });
    const payload = {
      ...decode(jwt.split('.')[1] as string),
      exp: Date.parse('2024-03-01') / 1000,
    };
    const expired = await jws(key, { alg: 'EdDSA', kid: key.id }, payload);
    const report = await verify(expired, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    expect(checkOf(report, 'dates')).toMatchObject({
      outcome: 'error',
      code: 'DATES_EXPIRED',
    });
  });

  it.each([
    ['alg none', { alg: 'none' }, 'PROOF_JWT_ALG_UNSUPPORTED'],
    ['HMAC', { alg: 'HS256', kid: 'K' }, 'PROOF_JWT_ALG_UNSUPPORTED'],
    ['an unknown header member', { alg: 'EdDSA', kid: 'K', cty: 'vc' }, 'PROOF_JWT_HEADER_INVALID'],
    [
      'typ other than JWT',
      { alg: 'EdDSA', kid: 'K', typ: 'vc+ld+jwt' },
      'PROOF_JWT_HEADER_INVALID',
    ],
    ['neither kid nor jwk', { alg: 'EdDSA' }, 'PROOF_JWT_HEADER_INVALID'],
    ['alg for another key type', { alg: 'ES256', kid: 'K' }, 'PROOF_KEY_TYPE_MISMATCH'],
  ])('rejects %s', async (_title, header, code) => {
    const key = await generateKeyPair();
    const payload = decode(
      (await signJwt(unsignedBadge(key.controller), { key })).split('.')[1] as string,
    );
    const resolved = JSON.parse(JSON.stringify(header).replace('"K"', JSON.stringify(key.id)));
    const jwt = await jws(key, resolved, payload);
    const report = await verify(jwt, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'error', code });
    expect(report.verified).toBe(false);
  });

  it('rejects a header jwk that carries a private key', async () => {
    const key = await generateKeyPair();
    const payload = decode(
      (await signJwt(unsignedBadge(key.controller), { key })).split('.')[1] as string,
    );
    const jwk = await exportKey(key, 'jwk', { secret: true });
    const jwt = await jws(key, { alg: 'EdDSA', jwk }, payload);
    expect(proofCheck(await verify(jwt, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_JWT_HEADER_INVALID',
    });
  });

  it.each([
    ['iss', { iss: 'did:example:someone-else' }],
    ['sub', { sub: 'did:example:student-43' }],
    ['jti', { jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' }],
    ['nbf', { nbf: 1 }],
    ['exp vs validUntil', { exp: 2000000000 }],
    ['missing jti', { jti: undefined }],
    ['missing nbf', { nbf: undefined }],
  ])('rejects claims inconsistent with the credential: %s', async (_title, change) => {
    const key = await generateKeyPair();
    const credential = unsignedBadge(key.controller, { validUntil: '2030-01-01T00:00:00Z' });
    const payload = {
      ...decode((await signJwt(credential, { key })).split('.')[1] as string),
      ...change,
    };
    const jwt = await jws(key, { alg: 'EdDSA', kid: key.id }, payload);
    expect(proofCheck(await verify(jwt, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_JWT_CLAIMS_INVALID',
    });
  });

  it('rejects a VC 2.0 credential in a vc claim, and a VC 1.1 credential at the top level', async () => {
    const key = await generateKeyPair();
    const v2 = unsignedBadge(key.controller);
    const claims = {
      iss: key.controller,
      jti: v2.id,
      sub: 'did:example:student-42',
      nbf: 1704067200,
    };
    const wrapped = await jws(key, { alg: 'EdDSA', kid: key.id }, { ...claims, vc: v2 });
    expect(proofCheck(await verify(wrapped, { now: NOW }))).toMatchObject({
      code: 'PROOF_JWT_CLAIMS_INVALID',
    });
    const flat = await jws(
      key,
      { alg: 'EdDSA', kid: key.id },
      { ...claims, ...credential11(key.controller) },
    );
    expect(proofCheck(await verify(flat, { now: NOW }))).toMatchObject({
      code: 'PROOF_JWT_CLAIMS_INVALID',
    });
  });

  it('rejects a JWT signed by a key the issuer does not own', async () => {
    const issuer = await generateKeyPair();
    const mallory = await generateKeyPair();
    const payload = decode(
      (await signJwt(unsignedBadge(issuer.controller), { key: issuer })).split('.')[1] as string,
    );
    // Mallory's own kid: controlled by Mallory, not the issuer.
    const own = await jws(mallory, { alg: 'EdDSA', kid: mallory.id }, payload);
    expect(proofCheck(await verify(own, { now: NOW }))).toMatchObject({
      code: 'PROOF_ISSUER_MISMATCH',
    });
    // The issuer's kid, Mallory's signature.
    const spoofed = await jws(mallory, { alg: 'EdDSA', kid: issuer.id }, payload);
    expect(proofCheck(await verify(spoofed, { now: NOW }))).toMatchObject({
      code: 'PROOF_SIGNATURE_INVALID',
    });
    // Mallory's key in the header.
    const embedded = await jws(
      mallory,
      { alg: 'EdDSA', jwk: await exportKey(mallory, 'jwk') },
      payload,
    );
    expect(proofCheck(await verify(embedded, { now: NOW }))).toMatchObject({ outcome: 'error' });
    expect((await verify(embedded, { now: NOW, acceptUnconfirmedKeys: true })).verified).toBe(
      false,
    );
  });

  describe('HTTPS issuers (OB 3.0 Implementation Guide §Key provenance)', () => {
    const issuerId = 'https://example.edu/issuers/1';
    const jwksUrl = 'https://example.edu/.well-known/jwks.json';

    it('confirms a kid or header jwk through the issuer JWKS', async () => {
      const key = await generateKeyPair({ type: 'RSA', controller: issuerId });
      const credential = unsignedBadge(issuerId);
      const jwks = { keys: [{ ...(await exportKey(key, 'jwk')), iss: issuerId }] };
      for (const header of ['kid', 'jwk'] as const) {
        const jwt = await signJwt(credential, { key, header });
        const confirmed = await verify(jwt, { now: NOW, resources: { [jwksUrl]: jwks } });
        expect(proofCheck(confirmed)).toMatchObject({ outcome: 'pass' });
        const unconfirmed = await verify(jwt, { now: NOW });
        expect(proofCheck(unconfirmed)).toMatchObject({ outcome: 'error' });
        const optedIn = await verify(jwt, { now: NOW, acceptUnconfirmedKeys: true });
        // A header jwk can be accepted unconfirmed; a kid nothing dereferences gives no key at all.
        expect(proofCheck(optedIn)).toMatchObject(
          header === 'jwk'
            ? { outcome: 'warning', code: 'PROOF_KEY_UNCONFIRMED' }
            : { outcome: 'error', code: 'PROOF_KEY_UNRESOLVED' },
        );
        // A JWKS that omits the key is evidence against it: the opt-in does not apply.
        const omitted = await verify(jwt, {
          now: NOW,
          acceptUnconfirmedKeys: true,
          resources: { [jwksUrl]: { keys: [] } },
        });
        expect(proofCheck(omitted)).toMatchObject({
          outcome: 'error',
          code: 'PROOF_KEY_NOT_AUTHORIZED',
        });
      }
      const otherIss = {
        keys: [{ ...(await exportKey(key, 'jwk')), iss: 'https://evil.example' }],
      };
      const jwt = await signJwt(credential, { key });
      expect(
        proofCheck(await verify(jwt, { now: NOW, resources: { [jwksUrl]: otherIss } })),
      ).toMatchObject({ outcome: 'error', code: 'PROOF_ISSUER_MISMATCH' });
    });

    it('matches a kid pointing into the JWKS by its fragment', async () => {
      const key = await generateKeyPair({ type: 'RSA', controller: issuerId });
      const kid = `${jwksUrl}#k1`;
      const jwt = await signJwt(unsignedBadge(issuerId), {
        signer: { ...(await createSigner(key)), id: kid },
        controller: issuerId,
      });
      const { kid: _k, ...jwk } = await exportKey(key, 'jwk');
      const resources = { [jwksUrl]: { keys: [{ ...jwk, kid: 'k1' }] } };
      expect(proofCheck(await verify(jwt, { now: NOW, resources }))).toMatchObject({
        outcome: 'pass',
      });
    });

    it('accepts a DID key delegated by the issuer’s own controller document', async () => {
      const delegate = await generateKeyPair({ type: 'P-256' });
      const jwt = await signJwt(unsignedBadge(issuerId), {
        key: delegate,
        allowIssuerMismatch: true,
      });
      expect(proofCheck(await verify(jwt, { now: NOW }))).toMatchObject({
        code: 'PROOF_ISSUER_MISMATCH',
      });
      const controller = { id: issuerId, assertionMethod: [delegate.id] };
      const report = await verify(jwt, { now: NOW, resources: { [issuerId]: controller } });
      expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    });

    it('reads a kid that dereferences to a bare JWK', async () => {
      const key = await generateKeyPair({ type: 'P-256', controller: issuerId });
      const kid = 'https://example.edu/keys/1';
      const jwt = await signJwt(unsignedBadge(issuerId), {
        signer: { ...(await createSigner(key)), id: kid },
        controller: issuerId,
      });
      const { kid: _k, ...jwk } = (await exportKey(key, 'jwk')) as Record<string, unknown>;
      const resources = { [kid]: jwk, [jwksUrl]: { keys: [{ ...jwk, kid }] } };
      expect(proofCheck(await verify(jwt, { now: NOW, resources }))).toMatchObject({
        outcome: 'pass',
      });
      const notListed = { [kid]: jwk, [jwksUrl]: { keys: [] } };
      expect(proofCheck(await verify(jwt, { now: NOW, resources: notListed }))).toMatchObject({
        outcome: 'error',
        code: 'PROOF_KEY_NOT_AUTHORIZED',
      });
    });
  });
});

describe('VC-JWT base64url', () => {
  it('refuses a JWT whose signature has non-zero unused bits (same bytes, another string)', async () => {
    const key = await generateKeyPair();
    const jwt = await signJwt(unsignedBadge(key.controller), { key });
    expect((await verify(jwt)).verified).toBe(true);
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const flipped = jwt.slice(0, -1) + ALPHABET[ALPHABET.indexOf(jwt.at(-1) as string) ^ 1];
    const report = await verify(flipped);
    expect(report.verified).toBe(false);
    expect(checkOf(report, 'proof')).toMatchObject({ outcome: 'error' });
    expect(report.findings.map((f) => f.code)).toContain('PROOF_MALFORMED');
  });
});
