// Which keys count: did:key / did:jwk offline, did:web and controller documents only through the
// caller's resources or loader, keys merely written into a URL only with an explicit opt-in.
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../../src/context/index.js';
import {
  createDidDocument,
  didWebUrl,
  generateKeyPair,
  type KeyPair,
  resolveDid,
  sign,
} from '../../src/proof/index.js';
import { verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
// Proofs are created before the verification time (a later `created` fails).
const SIGNED_AT = new Date(NOW.getTime() - 86_400_000);

function proofCheck(report: Awaited<ReturnType<typeof verify>>) {
  return checkOf(report, 'proof');
}

async function signedWith(key: KeyPair, suite?: 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019') {
  return sign(unsignedBadge(key.controller), {
    key,
    ...(suite ? { suite } : {}),
    created: '2024-01-01T00:00:00Z',
  });
}

describe('didWebUrl', () => {
  it.each([
    ['did:web:example.com', 'https://example.com/.well-known/did.json'],
    ['did:web:example.com:issuers:1', 'https://example.com/issuers/1/did.json'],
    ['did:web:localhost%3A8443', 'https://localhost:8443/.well-known/did.json'],
    ['did:web:example.com:u:al%20ice', 'https://example.com/u/al%20ice/did.json'],
  ])('%s → %s', (did, url) => {
    expect(didWebUrl(did)).toBe(url);
  });

  it.each([
    'did:web:',
    'did:key:z6Mk',
    'did:web:exa mple.com',
    'did:web:example.com:..:x',
    'did:web:example.com#frag',
    'did:web:ex%ZZample.com',
  ])('rejects %s', (did) => {
    expect(didWebUrl(did)).toBeUndefined();
  });
});

describe('resolveDid', () => {
  it('derives did:key and did:jwk documents offline', async () => {
    const ed = await generateKeyPair();
    expect(await resolveDid(ed.did as string)).toMatchObject({
      id: ed.did,
      verificationMethod: [
        { id: ed.id, type: 'Multikey', publicKeyMultibase: ed.publicKeyMultibase },
      ],
      assertionMethod: [ed.id],
    });
    const rsa = await generateKeyPair({ type: 'RSA' });
    expect(await resolveDid(rsa.did as string)).toMatchObject({
      id: rsa.did,
      verificationMethod: [{ id: rsa.id, type: 'JsonWebKey2020', publicKeyJwk: rsa.publicKeyJwk }],
      assertionMethod: [rsa.id],
    });
  });

  it('loads did:web only through a loader, and says why it fails', async () => {
    const key = await generateKeyPair({ controller: 'did:web:example.edu' });
    const didJson = createDidDocument('did:web:example.edu', [key]);
    const documentLoader = createDocumentLoader({
      resources: { 'https://example.edu/.well-known/did.json': didJson },
    });
    expect(await resolveDid('did:web:example.edu', { documentLoader })).toEqual(didJson);
    await expect(resolveDid('did:web:example.edu')).rejects.toMatchObject({
      code: 'ERR_LERKIT_DOCUMENT_LOAD_FAILED',
    });
    await expect(resolveDid('did:ion:abc')).rejects.toMatchObject({
      code: 'ERR_LERKIT_UNSUPPORTED',
    });
    await expect(resolveDid('did:key:zNope')).rejects.toMatchObject({ field: 'did' });
    await expect(resolveDid('did:jwk:bm90IGpzb24')).rejects.toMatchObject({ field: 'did' });
  });
});

describe('did:web issuers', () => {
  it('verifies with the did.json supplied as a resource, not without it', async () => {
    for (const type of ['Ed25519', 'P-256'] as const) {
      const key = await generateKeyPair({ type, controller: 'did:web:example.edu:issuers:7' });
      const signed = await signedWith(key);
      const didJson = createDidDocument('did:web:example.edu:issuers:7', [key]);
      const url = 'https://example.edu/issuers/7/did.json';
      const report = await verify(signed, { now: NOW, resources: { [url]: didJson } });
      expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
      expect(report.status).toBe('valid');

      const offline = await verify(signed, { now: NOW });
      expect(proofCheck(offline)).toMatchObject({
        outcome: 'error',
        code: 'PROOF_DID_UNRESOLVED',
      });
      expect(proofCheck(offline)?.message).toContain(url);
    }
  });

  it('fetches did.json only through the fetch it is given', async () => {
    const key = await generateKeyPair({ controller: 'did:web:example.edu' });
    const signed = await signedWith(key);
    const requested: string[] = [];
    const fetch = async (url: string) => {
      requested.push(url);
      return new Response(JSON.stringify(createDidDocument('did:web:example.edu', [key])), {
        headers: { 'content-type': 'application/did+json' },
      });
    };
    const report = await verify(signed, { now: NOW, fetch: fetch as never });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    expect(requested).toEqual(['https://example.edu/.well-known/did.json']);
  });

  it('rejects a did.json whose id is another DID, and a key it does not list', async () => {
    const key = await generateKeyPair({ controller: 'did:web:example.edu' });
    const other = await generateKeyPair({ controller: 'did:web:example.edu' });
    const signed = await signedWith(key);
    const url = 'https://example.edu/.well-known/did.json';
    const wrongId = { ...createDidDocument('did:web:example.edu', [key]), id: 'did:web:evil.com' };
    expect(
      proofCheck(await verify(signed, { now: NOW, resources: { [url]: wrongId } })),
    ).toMatchObject({ outcome: 'error', code: 'PROOF_DID_INVALID' });
    const withoutKey = createDidDocument('did:web:example.edu', [other]);
    expect(
      proofCheck(await verify(signed, { now: NOW, resources: { [url]: withoutKey } })),
    ).toMatchObject({ outcome: 'error', code: 'PROOF_KEY_NOT_FOUND' });
  });
});

describe('verification methods', () => {
  it('names an unsupported DID method and a malformed did:key', async () => {
    const key = await generateKeyPair({ controller: 'did:example:issuer' });
    expect(proofCheck(await verify(await signedWith(key), { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_DID_METHOD_UNSUPPORTED',
    });
    const good = await generateKeyPair();
    const signed = await signedWith(good);
    const broken = structuredClone(signed) as { proof: { verificationMethod: string } };
    broken.proof.verificationMethod = 'did:key:z6MkInvalid#z6MkInvalid';
    expect(proofCheck(await verify(broken, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_DID_INVALID',
    });
  });

  it('does not trust a key written into a URL unless told to, and then warns', async () => {
    const issuer = 'https://issuer.example/keys';
    const key = await generateKeyPair({ controller: issuer });
    expect(key.id).toBe(`${issuer}#${key.publicKeyMultibase}`);
    const signed = await signedWith(key);

    const strict = await verify(signed, { now: NOW });
    expect(proofCheck(strict)).toMatchObject({ outcome: 'error', code: 'PROOF_KEY_UNRESOLVED' });
    expect(strict.verified).toBe(false);

    const lenient = await verify(signed, { now: NOW, acceptUnconfirmedKeys: true });
    expect(proofCheck(lenient)).toMatchObject({
      outcome: 'warning',
      code: 'PROOF_KEY_UNCONFIRMED',
    });
    expect(lenient).toMatchObject({ verified: true, status: 'warning' });

    // The opt-in never rescues a bad signature or a key for another issuer.
    const tampered = { ...structuredClone(signed), name: 'Forged' };
    expect(
      proofCheck(await verify(tampered, { now: NOW, acceptUnconfirmedKeys: true })),
    ).toMatchObject({ outcome: 'error', code: 'PROOF_SIGNATURE_INVALID' });
    const stranger = await generateKeyPair({ controller: 'https://evil.example/keys' });
    const forged = await sign(unsignedBadge(issuer), {
      created: SIGNED_AT,
      key: stranger,
      allowIssuerMismatch: true,
    });
    expect(
      proofCheck(await verify(forged, { now: NOW, acceptUnconfirmedKeys: true })),
    ).toMatchObject({ outcome: 'error', code: 'PROOF_ISSUER_MISMATCH' });

    // A controller document that omits the key is evidence against it: the opt-in does not apply.
    const other = await generateKeyPair({ controller: issuer });
    const omitting = {
      id: issuer,
      verificationMethod: [
        {
          id: other.id,
          type: 'Multikey',
          controller: issuer,
          publicKeyMultibase: other.publicKeyMultibase,
        },
      ],
      assertionMethod: [other.id],
    };
    expect(
      proofCheck(
        await verify(signed, {
          now: NOW,
          acceptUnconfirmedKeys: true,
          resources: { [issuer]: omitting },
        }),
      ),
    ).toMatchObject({ outcome: 'error', code: 'PROOF_KEY_NOT_FOUND' });

    // The issuer's own controller document confirms it: no warning.
    const controller = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: issuer,
      verificationMethod: [
        {
          id: key.id,
          type: 'Multikey',
          controller: issuer,
          publicKeyMultibase: key.publicKeyMultibase,
        },
      ],
      assertionMethod: [key.id],
    };
    const confirmed = await verify(signed, { now: NOW, resources: { [issuer]: controller } });
    expect(proofCheck(confirmed)).toMatchObject({ outcome: 'pass' });
  });

  it('reports a key of the wrong type for the suite', async () => {
    const key = await generateKeyPair();
    const signed = (await signedWith(key)) as { proof: Record<string, unknown> };
    const relabelled = structuredClone(signed);
    relabelled.proof.cryptosuite = 'ecdsa-rdfc-2019';
    expect(proofCheck(await verify(relabelled, { now: NOW }))).toMatchObject({
      outcome: 'error',
      code: 'PROOF_KEY_TYPE_MISMATCH',
    });
  });

  it('verifies the legacy eddsa-2022 name with a warning', async () => {
    // Signed by the pre-standard cryptosuite's own (dev-only) package, as early issuers did.
    const { DataIntegrityProof } = await import('@digitalbazaar/data-integrity');
    const { cryptosuite } = (await import('@digitalbazaar/eddsa-2022-cryptosuite')) as {
      cryptosuite: { name: string; requiredAlgorithm: string };
    };
    const vc = await import('@digitalbazaar/vc');
    const { createSigner } = await import('../../src/proof/index.js');
    const { createDocumentLoader } = await import('../../src/context/index.js');
    const { resolveDidKey } = await import('../../src/proof/did.js');
    const key = await generateKeyPair();
    const signer = await createSigner(key);
    const base = createDocumentLoader();
    const signed = await vc.issue({
      credential: unsignedBadge(key.controller),
      suite: new DataIntegrityProof({
        date: SIGNED_AT,
        signer: { ...signer, sign: ({ data }: { data: Uint8Array }) => signer.sign(data) },
        cryptosuite,
      }),
      documentLoader: async (url: string) =>
        url.startsWith('did:')
          ? {
              contextUrl: null,
              documentUrl: url,
              document: resolveDidKey(url.split('#')[0] as string),
            }
          : base(url),
    });
    expect(signed.proof).toMatchObject({ cryptosuite: 'eddsa-2022' });
    const report = await verify(signed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'warning', code: 'PROOF_SUITE_LEGACY' });
    expect(report).toMatchObject({ verified: true, status: 'warning' });
    const tampered = { ...structuredClone(signed), name: 'x' };
    expect(proofCheck(await verify(tampered, { now: NOW }))).toMatchObject({ outcome: 'error' });
  });
});
