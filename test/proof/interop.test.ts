// Interoperability both ways: lerkit's embedded proofs checked by @digitalbazaar/vc (and its
// proofs checked by lerkit), lerkit's VC-JWTs checked by jose (and jose's by lerkit). The other
// side's did:key documents are written by hand here: it does not rely on lerkit's DID resolver.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikeyModule from '@digitalbazaar/ecdsa-multikey';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import {
  createSignCryptosuite as jcsSign,
  createVerifyCryptosuite as jcsVerify,
} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import * as jose from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentLoader, type DocumentLoader } from '../../src/context/index.js';
import {
  exportKey,
  generateKeyPair,
  type KeyPair,
  type ProofSuite,
  sign,
  signJwt,
} from '../../src/proof/index.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const CREATED = new Date('2024-01-02T03:04:05Z');
const SUBJECT = 'did:example:student-42';
const NBF = Date.parse('2024-01-01T00:00:00Z') / 1000;

type Signer = ReturnType<Ed25519Multikey.Ed25519MultikeyPair['signer']>;
interface MultikeyPair {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  signer(): Signer;
}
// The parts of the untyped @digitalbazaar APIs this file uses.
const EcdsaMultikey = EcdsaMultikeyModule as unknown as {
  generate(options: { curve: 'P-256' }): Promise<MultikeyPair>;
  from(key: object): Promise<MultikeyPair>;
};
const { verifyCredential } = vc as unknown as {
  verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    now: Date;
  }): Promise<{ verified: boolean; error?: unknown }>;
};

const proofCheck = (report: VerificationReport) => checkOf(report, 'proof');

/** A document loader serving the bundled contexts and a hand-written did:key document. */
function didKeyLoader(publicKeyMultibase: string, methodType: string): DocumentLoader {
  const did = `did:key:${publicKeyMultibase}`;
  const vmId = `${did}#${publicKeyMultibase}`;
  const context =
    methodType === 'Multikey'
      ? 'https://w3id.org/security/multikey/v1'
      : 'https://w3id.org/security/suites/ed25519-2020/v1';
  const method = { id: vmId, type: methodType, controller: did, publicKeyMultibase };
  const documents: Record<string, object> = {
    [did]: {
      '@context': ['https://www.w3.org/ns/did/v1', context],
      id: did,
      verificationMethod: [method],
      assertionMethod: [vmId],
    },
    [vmId]: { '@context': context, ...method },
  };
  const contexts = createDocumentLoader();
  return async (url) => {
    const document = documents[url];
    if (document)
      return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
    return contexts(url);
  };
}

interface SuiteCase {
  suite: ProofSuite;
  keyType: 'Ed25519' | 'P-256';
  methodType: 'Multikey' | 'Ed25519VerificationKey2020';
  verifier: () => unknown;
  issuer: (signer: Signer) => unknown;
}

const SUITES: SuiteCase[] = [
  {
    suite: 'eddsa-rdfc-2022',
    keyType: 'Ed25519',
    methodType: 'Multikey',
    verifier: () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    issuer: (signer) =>
      new DataIntegrityProof({ signer, date: CREATED, cryptosuite: eddsaRdfc2022 }),
  },
  {
    suite: 'eddsa-jcs-2022',
    keyType: 'Ed25519',
    methodType: 'Multikey',
    verifier: () => new DataIntegrityProof({ cryptosuite: jcsVerify() }),
    issuer: (signer) => new DataIntegrityProof({ signer, date: CREATED, cryptosuite: jcsSign() }),
  },
  {
    suite: 'ecdsa-rdfc-2019',
    keyType: 'P-256',
    methodType: 'Multikey',
    verifier: () => new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }),
    issuer: (signer) =>
      new DataIntegrityProof({ signer, date: CREATED, cryptosuite: ecdsaRdfc2019 }),
  },
  {
    suite: 'Ed25519Signature2020',
    keyType: 'Ed25519',
    methodType: 'Ed25519VerificationKey2020',
    verifier: () => new Ed25519Signature2020(),
    issuer: (signer) => new Ed25519Signature2020({ signer, date: CREATED }),
  },
];

/** A @digitalbazaar key pair bound to its did:key (controller `did:key:<mb>`, id `<did>#<mb>`). */
async function digitalbazaarKey(keyType: SuiteCase['keyType']): Promise<MultikeyPair> {
  const fresh: MultikeyPair =
    keyType === 'P-256'
      ? await EcdsaMultikey.generate({ curve: 'P-256' })
      : ((await Ed25519Multikey.generate({
          seed: new Uint8Array(32).fill(3),
        })) as MultikeyPair);
  const { publicKeyMultibase, secretKeyMultibase } = fresh;
  const controller = `did:key:${publicKeyMultibase}`;
  const multikey = {
    type: 'Multikey',
    id: `${controller}#${publicKeyMultibase}`,
    controller,
    publicKeyMultibase,
    secretKeyMultibase,
  };
  return keyType === 'P-256'
    ? EcdsaMultikey.from(multikey)
    : ((await Ed25519Multikey.from(multikey)) as MultikeyPair);
}

describe.each(SUITES)('$suite', ({ suite, keyType, methodType, verifier, issuer }) => {
  it('lerkit signs, @digitalbazaar/vc verifies (and rejects a tampered copy)', async () => {
    const key = await generateKeyPair({
      type: keyType,
      ...(keyType === 'Ed25519' ? { seed: new Uint8Array(32).fill(5) } : {}),
    });
    expect(key.id).toBe(`did:key:${key.publicKeyMultibase}#${key.publicKeyMultibase}`);
    const signed = await sign(unsignedBadge(key.controller), { key, suite, created: CREATED });
    const documentLoader = didKeyLoader(key.publicKeyMultibase as string, methodType);

    const result = await verifyCredential({
      credential: signed,
      suite: verifier(),
      documentLoader,
      now: NOW,
    });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);

    const tampered = await verifyCredential({
      credential: { ...signed, name: 'Tampered' },
      suite: verifier(),
      documentLoader,
      now: NOW,
    });
    expect(tampered.verified).toBe(false);
    expect(tampered.error).toMatchObject({ errors: [{ message: 'Invalid signature.' }] });
  });

  it('@digitalbazaar/vc signs, lerkit verifies (and rejects a tampered copy)', async () => {
    const keyPair = await digitalbazaarKey(keyType);
    const signer = keyPair.signer();
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    expect(signer.id).toBe(`${did}#${keyPair.publicKeyMultibase}`);
    const signed = await vc.issue({
      credential: unsignedBadge(did),
      suite: issuer(signer),
      documentLoader: didKeyLoader(keyPair.publicKeyMultibase, methodType),
      now: NOW,
    });
    expect(signed.proof).toMatchObject(
      suite === 'Ed25519Signature2020'
        ? { type: suite, verificationMethod: signer.id }
        : { type: 'DataIntegrityProof', cryptosuite: suite, verificationMethod: signer.id },
    );

    const report = await verify(signed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    expect(report.verified).toBe(true);

    const tampered = await verify({ ...signed, name: 'Tampered' }, { now: NOW });
    expect(tampered.verified).toBe(false);
    expect(proofCheck(tampered)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });
});

describe.each([
  { alg: 'RS256', type: 'RSA' },
  { alg: 'ES256', type: 'P-256' },
  { alg: 'EdDSA', type: 'Ed25519' },
] as const)('VC-JWT $alg', ({ alg, type }) => {
  let key: KeyPair;
  let other: KeyPair;
  let credential: ReturnType<typeof unsignedBadge>;

  /** A jose key from lerkit's JWK export, without `kid` (jose would not mind, but keep it clean). */
  async function joseKey(pair: KeyPair, secret: boolean) {
    const { kid: _kid, ...jwk } = (await exportKey(pair, 'jwk', { secret })) as jose.JWK;
    return jose.importJWK(jwk, alg);
  }

  /** A VC-JWT made by jose, as the OB 3.0 spec lays it out. */
  async function joseJwt(
    options: { iss?: string; alg?: string; secret?: jose.CryptoKey | Uint8Array } = {},
  ) {
    return new jose.SignJWT({ ...credential })
      .setProtectedHeader({ alg: options.alg ?? alg, kid: key.id, typ: 'JWT' })
      .setIssuer(options.iss ?? key.controller)
      .setJti(credential.id as string)
      .setSubject(SUBJECT)
      .setNotBefore(NBF)
      .sign(options.secret ?? (await joseKey(key, true)));
  }

  /** An unsecured JWT (RFC 7519 §6): the header, a valid payload and an empty signature. */
  async function unsecured(header: object) {
    const payload = (await joseJwt()).split('.')[1];
    return `${jose.base64url.encode(JSON.stringify(header))}.${payload}.`;
  }

  beforeAll(async () => {
    key = await generateKeyPair({ type });
    other = await generateKeyPair({ type });
    credential = unsignedBadge(key.controller);
  });

  it('lerkit signs, jose verifies: header, registered claims and a VC 2.0 payload', async () => {
    const jwt = await signJwt(credential, { key });
    const { payload, protectedHeader } = await jose.jwtVerify(jwt, await joseKey(key, false), {
      algorithms: [alg],
      currentDate: NOW,
    });
    expect(protectedHeader).toEqual({ alg, kid: key.id, typ: 'JWT' });
    const { iss, jti, sub, nbf, ...rest } = payload;
    expect({ iss, jti, sub, nbf }).toEqual({
      iss: key.controller,
      jti: credential.id,
      sub: SUBJECT,
      nbf: NBF,
    });
    expect(rest).toEqual(credential);

    await expect(
      jose.jwtVerify(jwt, await joseKey(other, false), { algorithms: [alg], currentDate: NOW }),
    ).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it('jose signs, lerkit verifies', async () => {
    const report = await verify(await joseJwt(), { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    expect(report.verified).toBe(true);
  });

  it.each([
    ['a wrong iss', 'PROOF_JWT_CLAIMS_INVALID', () => joseJwt({ iss: 'did:example:impostor' })],
    [
      'a signature by another key',
      'PROOF_SIGNATURE_INVALID',
      async () => joseJwt({ secret: await joseKey(other, true) }),
    ],
    [
      'HS256 (HMAC)',
      'PROOF_JWT_ALG_UNSUPPORTED',
      () => joseJwt({ alg: 'HS256', secret: new Uint8Array(32).fill(9) }),
    ],
    ['alg "none" (unsecured)', 'PROOF_JWT_ALG_UNSUPPORTED', () => unsecured({ alg: 'none' })],
    [
      'alg "none" and a resolvable kid',
      'PROOF_JWT_ALG_UNSUPPORTED',
      () => unsecured({ alg: 'none', kid: key.id, typ: 'JWT' }),
    ],
  ])('lerkit rejects a jose JWT with %s (%s)', async (_title, code, make) => {
    const report = await verify(await make(), { now: NOW });
    expect(report.verified).toBe(false);
    expect(proofCheck(report)).toMatchObject({ outcome: 'error', code });
  });
});
