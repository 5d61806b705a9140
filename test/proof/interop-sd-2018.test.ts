// Interoperability with the @digitalbazaar reference implementations for the suites added later:
// ecdsa-sd-2023 both ways (lerkit signs and derives, @digitalbazaar verifies; @digitalbazaar signs
// and derives, lerkit verifies; and across: one signs, the other derives), and Ed25519Signature2018
// one way (lerkit verifies but never signs it). The other side's did:key documents are written by
// hand here: it does not rely on lerkit's DID resolver.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikeyModule from '@digitalbazaar/ecdsa-multikey';
import {
  createDiscloseCryptosuite,
  createSignCryptosuite,
  createVerifyCryptosuite,
} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import * as vc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader, type DocumentLoader } from '../../src/context/index.js';
import { toBase58btc } from '../../src/internal/encoding.js';
import { derive, generateKeyPair, sign } from '../../src/proof/index.js';
import { decodePublicKeyMultibase } from '../../src/proof/key-material.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { unsignedBadge } from '../helpers/credentials.js';
import { checkOf } from '../helpers/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
// Proofs are created before the verification time (a later `created` fails).
const SIGNED_AT = new Date(NOW.getTime() - 86_400_000);
const proofCheck = (report: VerificationReport) => checkOf(report, 'proof');
type Doc = Record<string, unknown> & { proof: Record<string, unknown> };

interface MultikeyPair {
  publicKeyMultibase: string;
  signer(): { id: string; algorithm: string; sign(o: { data: Uint8Array }): Promise<Uint8Array> };
}
const EcdsaMultikey = EcdsaMultikeyModule as unknown as {
  generate(options: { curve: 'P-256'; id?: string; controller?: string }): Promise<MultikeyPair>;
};
const { verifyCredential } = vc as unknown as {
  verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    now: Date;
  }): Promise<{ verified: boolean; error?: unknown }>;
};

/** Bundled contexts plus a hand-written did:key document with one verification method. */
function didKeyLoader(
  did: string,
  method: Record<string, unknown>,
  context: string,
): DocumentLoader {
  const documents: Record<string, object> = {
    [did]: {
      '@context': ['https://www.w3.org/ns/did/v1', context],
      id: did,
      verificationMethod: [method],
      assertionMethod: [method.id],
    },
    [method.id as string]: { '@context': context, ...method },
  };
  const contexts = createDocumentLoader();
  return async (url) => {
    const document = documents[url];
    if (document)
      return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
    return contexts(url);
  };
}

function multikeyLoader(publicKeyMultibase: string): DocumentLoader {
  const did = `did:key:${publicKeyMultibase}`;
  const method = {
    id: `${did}#${publicKeyMultibase}`,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase,
  };
  return didKeyLoader(did, method, 'https://w3id.org/security/multikey/v1');
}

async function digitalbazaarP256(): Promise<{ key: MultikeyPair; did: string }> {
  const probe = await EcdsaMultikey.generate({ curve: 'P-256' });
  const did = `did:key:${probe.publicKeyMultibase}`;
  return { key: probe, did };
}

const selectivePointers = ['/credentialSubject/achievement'];

describe('ecdsa-sd-2023 interop', () => {
  it('lerkit signs and derives, @digitalbazaar verifies (and rejects a tampered copy)', async () => {
    const key = await generateKeyPair({ type: 'P-256' });
    const base = await sign(unsignedBadge(key.controller), {
      created: SIGNED_AT,
      key,
      suite: 'ecdsa-sd-2023',
    });
    const derived = await derive(base, { selectivePointers });
    const documentLoader = multikeyLoader(key.publicKeyMultibase as string);
    const suite = () => new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() });
    const result = await verifyCredential({
      credential: derived,
      suite: suite(),
      documentLoader,
      now: NOW,
    });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    const tampered = await verifyCredential({
      credential: { ...derived, validFrom: '2023-01-01T00:00:00Z' },
      suite: suite(),
      documentLoader,
      now: NOW,
    });
    expect(tampered.verified).toBe(false);
  });

  it('@digitalbazaar signs and derives, lerkit verifies (and rejects a tampered copy)', async () => {
    const { key, did } = await digitalbazaarP256();
    const signer = { ...key.signer(), id: `${did}#${key.publicKeyMultibase}` };
    signer.sign = key.signer().sign;
    const documentLoader = multikeyLoader(key.publicKeyMultibase);
    const base = await vc.issue({
      credential: unsignedBadge(did),
      suite: new DataIntegrityProof({
        date: SIGNED_AT,
        signer,
        cryptosuite: createSignCryptosuite({ mandatoryPointers: ['/issuer', '/validFrom'] }),
      }),
      documentLoader,
    });
    const derived = (await jsigs.derive(base, {
      suite: new DataIntegrityProof({
        date: SIGNED_AT,
        cryptosuite: createDiscloseCryptosuite({ selectivePointers }),
      }),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader,
    })) as Doc;
    expect(derived.proof).toMatchObject({ cryptosuite: 'ecdsa-sd-2023' });
    const report = await verify(derived, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'pass' });
    const tampered = await verify({ ...derived, validFrom: '2023-01-01T00:00:00Z' }, { now: NOW });
    expect(proofCheck(tampered)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });

    // Across: lerkit derives from @digitalbazaar's base proof.
    const ours = await derive(base, { selectivePointers: ['/credentialSubject/id'] });
    expect(proofCheck(await verify(ours, { now: NOW }))).toMatchObject({ outcome: 'pass' });
  });

  it('lerkit signs the base proof, @digitalbazaar derives, both verify', async () => {
    const key = await generateKeyPair({ type: 'P-256' });
    const base = await sign(unsignedBadge(key.controller), {
      created: SIGNED_AT,
      key,
      suite: 'ecdsa-sd-2023',
    });
    const documentLoader = multikeyLoader(key.publicKeyMultibase as string);
    const derived = (await jsigs.derive(base, {
      suite: new DataIntegrityProof({
        date: SIGNED_AT,
        cryptosuite: createDiscloseCryptosuite({ selectivePointers }),
      }),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader,
    })) as Doc;
    expect(proofCheck(await verify(derived, { now: NOW }))).toMatchObject({ outcome: 'pass' });
    const result = await verifyCredential({
      credential: derived,
      suite: new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() }),
      documentLoader,
      now: NOW,
    });
    expect(result.verified).toBe(true);
  });
});

describe('Ed25519Signature2018 interop (verify only: lerkit never signs it)', () => {
  it('@digitalbazaar signs with an Ed25519VerificationKey2018, lerkit verifies with a legacy warning', async () => {
    const key = await generateKeyPair();
    const raw = decodePublicKeyMultibase(key.publicKeyMultibase as string)?.bytes as Uint8Array;
    const did = key.controller;
    const method = {
      id: key.id,
      type: 'Ed25519VerificationKey2018',
      controller: did,
      publicKeyBase58: toBase58btc(raw),
    };
    const documentLoader = didKeyLoader(
      did,
      method,
      'https://w3id.org/security/suites/ed25519-2018/v1',
    );
    const { createSigner } = await import('../../src/proof/index.js');
    const lerkitSigner = await createSigner(key);
    const credential = {
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
      ],
      id: 'urn:uuid:7a1c2b3d-0000-4000-8000-000000000018',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: did, type: 'Profile', name: 'Example University' },
      issuanceDate: '2024-01-01T00:00:00Z',
      name: 'Teamwork',
      credentialSubject: {
        id: 'did:example:student-42',
        type: 'AchievementSubject',
        achievement: {
          id: 'https://example.edu/achievements/teamwork',
          type: 'Achievement',
          name: 'Teamwork',
          description: 'Collaborates.',
          criteria: { narrative: 'Peers.' },
        },
      },
    };
    const signed = (await vc.issue({
      credential: structuredClone(credential), // vc.issue adds the proof to what it is given
      suite: new Ed25519Signature2018({
        date: SIGNED_AT,
        signer: {
          id: key.id,
          algorithm: 'EdDSA',
          sign: ({ data }: { data: Uint8Array }) => lerkitSigner.sign(data),
        },
      }),
      documentLoader,
    })) as Doc;
    // The peer verifies its own proof (the fixture is sound)…
    const peer = await verifyCredential({
      credential: signed,
      suite: new Ed25519Signature2018(),
      documentLoader,
      now: NOW,
    });
    expect(peer.verified).toBe(true);
    // …and so does lerkit, which warns that the suite is superseded.
    const report = await verify(signed, { now: NOW });
    expect(proofCheck(report)).toMatchObject({ outcome: 'warning', code: 'PROOF_SUITE_LEGACY' });
    const tampered = await verify({ ...signed, name: 'Tampered' }, { now: NOW });
    expect(proofCheck(tampered)).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
    // A did:web issuer publishing an Ed25519VerificationKey2018 (publicKeyBase58) is read too.
    const web = 'did:web:issuer.example';
    const webKey = { ...method, id: `${web}#key-2018`, controller: web };
    const webSigned = (await vc.issue({
      credential: { ...credential, issuer: { ...credential.issuer, id: web } },
      suite: new Ed25519Signature2018({
        date: SIGNED_AT,
        signer: {
          id: webKey.id,
          algorithm: 'EdDSA',
          sign: ({ data }: { data: Uint8Array }) => lerkitSigner.sign(data),
        },
      }),
      documentLoader,
    })) as Doc;
    const didJson = {
      '@context': [
        'https://www.w3.org/ns/did/v1',
        'https://w3id.org/security/suites/ed25519-2018/v1',
      ],
      id: web,
      verificationMethod: [webKey],
      assertionMethod: [webKey.id],
    };
    const webReport = await verify(webSigned, {
      now: NOW,
      resources: { 'https://issuer.example/.well-known/did.json': didJson },
    });
    expect(proofCheck(webReport)).toMatchObject({ outcome: 'warning', code: 'PROOF_SUITE_LEGACY' });
  });
});
