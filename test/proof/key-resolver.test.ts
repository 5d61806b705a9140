// One key resolver for every proof format: keys are found once per verification method, imported
// into WebCrypto once per verifier, and refused with the same codes on both paths.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import {
  createKeyResolver,
  generateKeyPair,
  sign,
  signJwt,
  verifyProofs,
} from '../../src/proof/index.js';
import { createVerifier } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';

const NOW = new Date('2024-06-01T00:00:00Z');
// Proofs are created before the verification time (a later `created` fails).
const SIGNED_AT = new Date(NOW.getTime() - 86_400_000);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createKeyResolver', () => {
  it('resolves a Data Integrity method and a JWT kid to the same key', async () => {
    const key = await generateKeyPair();
    const resolver = createKeyResolver({ documentLoader: createDocumentLoader() });
    const method = await resolver.resolveMethod(key.id, key.controller);
    const jwt = await resolver.resolveJwtKey({ kid: key.id }, key.controller);
    expect(method).toMatchObject({ ok: true, key: { algorithm: 'Ed25519', controller: key.did } });
    expect(jwt.ok && method.ok && jwt.key.publicJwk).toEqual(method.ok && method.key.publicJwk);
  });

  it('resolves a did:key method once per issuer, and other methods every time', async () => {
    const key = await generateKeyPair();
    const other = await generateKeyPair();
    const loader = vi.fn(createDocumentLoader());
    const resolver = createKeyResolver({ documentLoader: loader });
    const first = await resolver.resolveMethod(key.id, key.controller);
    expect(first.ok).toBe(true);
    expect(await resolver.resolveMethod(key.id, key.controller)).toBe(first);
    const mismatch = await resolver.resolveMethod(key.id, other.controller);
    expect(mismatch).toMatchObject({ ok: false, code: 'PROOF_ISSUER_MISMATCH' });
    expect(await resolver.resolveMethod(key.id, other.controller)).toBe(mismatch);
    // An https issuer may list the key in its own document, which can change: never cached.
    const web = 'https://issuer.example/keys';
    const a = await resolver.resolveMethod(key.id, web);
    expect(await resolver.resolveMethod(key.id, web)).not.toBe(a);
  });

  it('refuses a key the issuer does not own on both paths, with the same code', async () => {
    const key = await generateKeyPair();
    const issuer = await generateKeyPair();
    const resolver = createKeyResolver({ documentLoader: createDocumentLoader() });
    expect(await resolver.resolveMethod(key.id, issuer.controller)).toMatchObject({
      ok: false,
      code: 'PROOF_ISSUER_MISMATCH',
    });
    expect(await resolver.resolveJwtKey({ kid: key.id }, issuer.controller)).toMatchObject({
      ok: false,
      code: 'PROOF_ISSUER_MISMATCH',
    });
  });

  it('needs a document loader', () => {
    expect(() => createKeyResolver({} as never)).toThrow(/documentLoader/);
  });

  it('imports each key once per verifier, for embedded proofs and VC-JWTs alike', async () => {
    const key = await generateKeyPair();
    const credential = await sign(unsignedBadge(key.controller), { created: SIGNED_AT, key });
    const jwt = await signJwt(unsignedBadge(key.controller), { key });
    const verifier = createVerifier({ now: NOW });
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    for (let i = 0; i < 3; i++) {
      expect((await verifier.verify(credential)).verified).toBe(true);
      expect((await verifier.verify(jwt)).verified).toBe(true);
    }
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it('a resolver shared across verifyProofs calls imports once; a fresh one each call does not', async () => {
    const key = await generateKeyPair();
    const credential = await sign(unsignedBadge(key.controller), { created: SIGNED_AT, key });
    const documentLoader = createDocumentLoader();
    const keyResolver = createKeyResolver({ documentLoader });
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    for (let i = 0; i < 3; i++)
      await verifyProofs(credential as unknown as Record<string, unknown>, {
        documentLoader,
        keyResolver,
      });
    expect(importKey).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 2; i++)
      await verifyProofs(credential as unknown as Record<string, unknown>, { documentLoader });
    expect(importKey).toHaveBeenCalledTimes(3);
  });

  it('keeps at most maxCachedKeys imported keys', async () => {
    const keys = await Promise.all([1, 2, 3].map(() => generateKeyPair()));
    const resolver = createKeyResolver({
      documentLoader: createDocumentLoader(),
      maxCachedKeys: 2,
    });
    const resolved = await Promise.all(keys.map((k) => resolver.resolveMethod(k.id, k.controller)));
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    for (const r of resolved) if (r.ok) await resolver.importKey(r.key);
    expect(importKey).toHaveBeenCalledTimes(3);
    // The oldest was dropped: importing it again imports it again; the newest is still cached.
    if (resolved[2]?.ok) await resolver.importKey(resolved[2].key);
    expect(importKey).toHaveBeenCalledTimes(3);
    if (resolved[0]?.ok) await resolver.importKey(resolved[0].key);
    expect(importKey).toHaveBeenCalledTimes(4);
  });
});

describe('verifyProofs', () => {
  it('marks a proof whose context cannot be loaded as indeterminate, not as a forgery', async () => {
    const url = 'https://example.org/contexts/extra.json';
    const extra = { '@context': { shoeSize: 'https://example.org/vocab#shoeSize' } };
    const key = await generateKeyPair();
    const base = unsignedBadge(key.controller);
    const credential = {
      ...base,
      '@context': [...(base['@context'] as string[]), url],
      shoeSize: '42',
    };
    const signed = await sign(credential, { created: SIGNED_AT, key, resources: { [url]: extra } });
    const [result] = await verifyProofs(signed as unknown as Record<string, unknown>, {
      documentLoader: createDocumentLoader(),
    });
    expect(result).toMatchObject({
      verified: false,
      indeterminate: true,
      code: 'PROOF_CONTEXT_UNAVAILABLE',
    });
    const [supplied] = await verifyProofs(signed as unknown as Record<string, unknown>, {
      documentLoader: createDocumentLoader({ resources: { [url]: extra } }),
    });
    expect(supplied).toMatchObject({ verified: true });
    expect(supplied?.indeterminate).toBeUndefined();
  });
});
