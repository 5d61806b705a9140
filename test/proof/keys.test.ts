import { describe, expect, it } from 'vitest';
import { toMultibase58 } from '../../src/internal/encoding.js';
import {
  createSigner,
  exportKey,
  generateKeyPair,
  importKey,
  jwkThumbprint,
  type KeyPair,
  publicKeyPair,
  sign,
  signJwt,
} from '../../src/proof/index.js';
import { decodePublicKeyMultibase, multikeyToJwk } from '../../src/proof/key-material.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { readSpecJson } from '../helpers/spec.js';

const TYPES = ['Ed25519', 'P-256', 'RSA'] as const;

async function signsAndVerifies(key: KeyPair): Promise<boolean> {
  const signer = await createSigner(key);
  const data = new TextEncoder().encode('hello');
  const signature = await signer.sign(data);
  const { importJWK, flattenedVerify } = await import('jose');
  const jwk = (await exportKey(key, 'jwk')) as Record<string, unknown>;
  const alg = { Ed25519: 'EdDSA', 'P-256': 'ES256', RSA: 'RS256' }[signer.algorithm];
  const { kid: _kid, ...publicJwk } = jwk;
  // Verify through jose with a detached-payload JWS built from the raw signature.
  const header = Buffer.from(JSON.stringify({ alg })).toString('base64url');
  const input = new TextEncoder().encode(`${header}.${Buffer.from(data).toString('base64url')}`);
  const jwsSignature = await signer.sign(input);
  const result = await flattenedVerify(
    {
      protected: header,
      payload: Buffer.from(data).toString('base64url'),
      signature: Buffer.from(jwsSignature).toString('base64url'),
    },
    await importJWK(publicJwk, alg),
  ).then(
    () => true,
    () => false,
  );
  return result && signature.length > 0;
}

describe('generateKeyPair', () => {
  it.each([
    ['Ed25519', 'key', /^did:key:z6Mk/],
    ['P-256', 'key', /^did:key:zDn/],
    ['Ed25519', 'jwk', /^did:jwk:/],
    ['P-256', 'jwk', /^did:jwk:/],
    ['RSA', undefined, /^did:jwk:/],
  ] as const)('%s with did:%s', async (type, did, pattern) => {
    const key = await generateKeyPair({ type, ...(did ? { did } : {}) });
    expect(key.algorithm).toBe(type);
    expect(key.did).toMatch(pattern);
    expect(key.controller).toBe(key.did);
    expect(key.id.startsWith(`${key.did}#`)).toBe(true);
    expect(await signsAndVerifies(key)).toBe(true);
  });

  it('binds a key to a did:web controller', async () => {
    const key = await generateKeyPair({ type: 'P-256', controller: 'did:web:example.edu' });
    expect(key.id).toBe(`did:web:example.edu#${key.publicKeyMultibase}`);
    expect(key.did).toBe('did:web:example.edu');
  });

  it('gives RSA keys bound to a controller a thumbprint fragment', async () => {
    const key = await generateKeyPair({ type: 'RSA', controller: 'https://example.edu/issuer' });
    expect(key.id).toBe(
      `https://example.edu/issuer#${await jwkThumbprint(key.publicKeyJwk as never)}`,
    );
  });

  it('rejects what it cannot make', async () => {
    await expect(generateKeyPair({ type: 'RSA', did: 'key' })).rejects.toMatchObject({
      field: 'did',
    });
    await expect(
      generateKeyPair({ type: 'P-256', seed: new Uint8Array(32) }),
    ).rejects.toMatchObject({ field: 'seed' });
    await expect(generateKeyPair({ type: 'RSA', modulusLength: 1024 })).rejects.toMatchObject({
      field: 'modulusLength',
    });
    await expect(generateKeyPair({ did: 'web' as never })).rejects.toMatchObject({
      field: 'did',
    });
  });
});

describe('Multikey encodings', () => {
  it('reads the W3C vc-di-eddsa key (32-byte secret) and reproduces its did:key', async () => {
    const pair = readSpecJson<{ publicKeyMultibase: string; privateKeyMultibase: string }>(
      'test-vectors',
      'w3c-vc-di-eddsa',
      'keyPair.json',
    );
    const key = await importKey({
      type: 'Multikey',
      publicKeyMultibase: pair.publicKeyMultibase,
      secretKeyMultibase: pair.privateKeyMultibase,
    });
    expect(key.did).toBe(`did:key:${pair.publicKeyMultibase}`);
    expect(key.secretKeyMultibase).toBe(pair.privateKeyMultibase);
    await expect(createSigner(key)).resolves.toMatchObject({ algorithm: 'Ed25519' });
  });

  it('decompresses P-256 keys to the point WebCrypto exports', async () => {
    for (let i = 0; i < 20; i++) {
      const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
        'sign',
      ])) as CryptoKeyPair;
      const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
      const key = await importKey({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y });
      const decoded = multikeyToJwk(key.publicKeyMultibase as string).publicJwk;
      expect(decoded).toEqual({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y });
      expect(decodePublicKeyMultibase(key.publicKeyMultibase as string)?.algorithm).toBe('P-256');
    }
  });

  it('rejects a compressed point that is not on the curve', () => {
    // x = 1: x³ − 3x + b has no square root mod p, so no point has this x.
    const bytes = new Uint8Array(35);
    bytes.set([0x80, 0x24, 0x02]);
    bytes[34] = 1;
    expect(decodePublicKeyMultibase(toMultibase58(bytes))).toMatchObject({ algorithm: 'P-256' });
    expect(() => multikeyToJwk(toMultibase58(bytes))).toThrow(/not a point on the curve/);
    bytes[34] = 5; // x = 5 is on the curve
    expect(multikeyToJwk(toMultibase58(bytes)).publicJwk).toMatchObject({ kty: 'EC' });
  });
});

describe('importKey / exportKey', () => {
  it.each(TYPES)('round-trips a %s key through JWK and PEM, public and secret', async (type) => {
    const key = await generateKeyPair({ type });
    const jwk = (await exportKey(key, 'jwk')) as Record<string, unknown>;
    expect(jwk.d).toBeUndefined();
    expect(jwk.kid).toBe(key.id);
    const secretJwk = (await exportKey(key, 'jwk', { secret: true })) as Record<string, unknown>;
    expect(typeof secretJwk.d).toBe('string');

    const fromJwk = await importKey(secretJwk);
    expect(fromJwk.id).toBe(key.id);
    expect(await signsAndVerifies(fromJwk)).toBe(true);

    const pem = (await exportKey(key, 'pem', { secret: true })) as string;
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const fromPem = await importKey(pem, { controller: 'https://example.edu/issuer' });
    expect(fromPem.controller).toBe('https://example.edu/issuer');
    expect(
      publicKeyPair(await importKey(await exportKey(fromPem, 'jwk', { secret: true }))),
    ).toMatchObject({ algorithm: type });
    expect(await exportKey(fromPem, 'jwk')).toMatchObject({
      ...jwk,
      kid: fromPem.id,
    });
    const publicPem = (await exportKey(key, 'pem')) as string;
    expect(publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const publicOnly = await importKey(publicPem);
    expect(publicOnly.secretKeyMultibase ?? publicOnly.privateKeyJwk).toBeUndefined();
    await expect(createSigner(publicOnly)).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_KEY',
    });
  });

  it('writes and reads Multikey and Ed25519VerificationKey2020 methods', async () => {
    const key = await generateKeyPair();
    const multikey = await exportKey(key, 'multikey', { secret: true });
    expect(multikey).toMatchObject({ type: 'Multikey', id: key.id, controller: key.controller });
    expect(await importKey(multikey)).toEqual(key);

    const legacy = (await exportKey(key, 'Ed25519VerificationKey2020', {
      secret: true,
    })) as Record<string, string>;
    expect(legacy.type).toBe('Ed25519VerificationKey2020');
    expect(legacy.publicKeyMultibase).toBe(key.publicKeyMultibase);
    expect(legacy.privateKeyMultibase).not.toBe(key.secretKeyMultibase); // seed ‖ public key
    const reread = await importKey(legacy);
    expect(reread.secretKeyMultibase).toBe(key.secretKeyMultibase);
    expect(await exportKey(key, 'Ed25519VerificationKey2020')).not.toHaveProperty(
      'privateKeyMultibase',
    );
  });

  it('refuses what does not fit', async () => {
    const rsa = await generateKeyPair({ type: 'RSA' });
    await expect(exportKey(rsa, 'multikey')).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_KEY',
    });
    await expect(exportKey(publicKeyPair(rsa), 'pem', { secret: true })).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_KEY',
    });
    for (const bad of [
      'not a key',
      '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      { kty: 'EC', crv: 'secp256k1', x: 'AA', y: 'AA' },
      { kty: 'oct', k: 'c2VjcmV0' },
      { type: 'Multikey', publicKeyMultibase: 'zQ3s' },
      {},
    ]) {
      await expect(importKey(bad as never)).rejects.toMatchObject({
        code: 'ERR_LERKIT_INVALID_KEY',
      });
    }
  });

  it('takes the id from options, or from a JWK kid only when it is a URL or DID', async () => {
    const jwk = await exportKey(await generateKeyPair(), 'jwk', { secret: true });
    const issuer = 'https://example.edu/issuers/1';
    const named = await importKey(
      { ...jwk, kid: 'key-1' },
      { controller: issuer, id: `${issuer}#key-1` },
    );
    expect(named.id).toBe(`${issuer}#key-1`);
    const bare = await importKey({ ...jwk, kid: 'key-1' }, { controller: issuer });
    expect(bare.id.startsWith(`${issuer}#`)).toBe(true);
    expect(bare.id).not.toBe('key-1');
    const url = await importKey({ ...jwk, kid: `${issuer}#k2` });
    expect(url).toMatchObject({ id: `${issuer}#k2`, controller: issuer });
  });

  it('refuses at import a key file whose secret is not the pair of its public key', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    await expect(
      importKey({ ...a, secretKeyMultibase: b.secretKeyMultibase as string }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_INVALID_KEY', message: /does not match/ });
  });

  it('refuses a secret key that belongs to another public key', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    await expect(
      createSigner({ ...a, secretKeyMultibase: b.secretKeyMultibase as string }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_INVALID_KEY' });
    const r1 = await generateKeyPair({ type: 'RSA' });
    const r2 = await generateKeyPair({ type: 'RSA' });
    await expect(
      createSigner({ ...r1, privateKeyJwk: r2.privateKeyJwk as never }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_INVALID_KEY' });
  });
});

describe('sign: keys and suites', () => {
  it('picks the suite from the key and refuses mismatches', async () => {
    const p256 = await generateKeyPair({ type: 'P-256' });
    const signed = await sign(unsignedBadge(p256.controller), { key: p256 });
    expect(signed.proof).toMatchObject({ cryptosuite: 'ecdsa-rdfc-2019' });
    await expect(
      sign(unsignedBadge(p256.controller), { key: p256, suite: 'eddsa-rdfc-2022' }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_UNSUPPORTED' });
    const rsa = await generateKeyPair({ type: 'RSA' });
    await expect(sign(unsignedBadge(rsa.controller), { key: rsa })).rejects.toMatchObject({
      code: 'ERR_LERKIT_UNSUPPORTED',
    });
    await expect(
      sign(unsignedBadge(rsa.controller), { key: rsa, suite: 'nope' as never }),
    ).rejects.toMatchObject({ code: 'ERR_LERKIT_UNSUPPORTED' });
    // One entry point per format: a VC-JWT is signJwt's, and sign() says so.
    await expect(
      sign(unsignedBadge(rsa.controller), { key: rsa, suite: 'vc-jwt' as never }),
    ).rejects.toThrow(/signJwt/);
    expect(typeof (await signJwt(unsignedBadge(rsa.controller), { key: rsa }))).toBe('string');
  });
});
