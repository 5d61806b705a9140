// The embedded proof suites: which proof shapes lerkit signs and verifies, and the @digitalbazaar
// implementation behind each (the reference implementations the W3C test suites run against).
// Verification never lets a suite fetch or import a key itself: the key resolver has already
// found, authorised and imported it, and each suite gets that key's verifier.
import { ED25519_2020_CONTEXT_URL } from '../context/urls.js';
import { fromBase64url, toBase58btc } from '../internal/encoding.js';
import type { JsonObject } from '../internal/json.js';
import type { KeyVerifier, ResolvedKey } from './key-types.js';
import { verifyDerivedProof } from './sd-verify.js';
import type * as Impl from './suite-impl.js';
import type { SigningSuiteOptions } from './suite-shared.js';
import type { KeyAlgorithm, ProofSuite } from './types.js';

export { findRelativeReference, type SigningSuiteOptions } from './suite-shared.js';

/** Data Integrity v1 context (the pre-REC one, still used by VC 1.1 issuers). */
export const DATA_INTEGRITY_V1_CONTEXT_URL = 'https://w3id.org/security/data-integrity/v1';
/** Data Integrity v2 context. */
export const DATA_INTEGRITY_V2_CONTEXT_URL = 'https://w3id.org/security/data-integrity/v2';
/** Ed25519Signature2018 suite context. */
export const ED25519_2018_CONTEXT_URL = 'https://w3id.org/security/suites/ed25519-2018/v1';
/** Security vocabulary v2 context (defines Ed25519Signature2018 and its proof terms). */
export const SECURITY_V2_CONTEXT_URL = 'https://w3id.org/security/v2';

/** Every embedded suite lerkit can sign with. */
export const PROOF_SUITES: readonly ProofSuite[] = [
  'eddsa-rdfc-2022',
  'eddsa-jcs-2022',
  'ecdsa-rdfc-2019',
  'ecdsa-sd-2023',
  'Ed25519Signature2020',
];

/** The key algorithm each suite signs with. */
export const SUITE_ALGORITHM: Readonly<Record<ProofSuite, KeyAlgorithm>> = {
  'eddsa-rdfc-2022': 'Ed25519',
  'eddsa-jcs-2022': 'Ed25519',
  'ecdsa-rdfc-2019': 'P-256',
  'ecdsa-sd-2023': 'P-256',
  Ed25519Signature2020: 'Ed25519',
};

/** The default suite for a key algorithm, or `undefined` when only VC-JWT fits (RSA). */
export function defaultSuite(algorithm: KeyAlgorithm): ProofSuite | undefined {
  if (algorithm === 'Ed25519') return 'eddsa-rdfc-2022';
  if (algorithm === 'P-256') return 'ecdsa-rdfc-2019';
  return undefined;
}

type RawSigner = {
  id: string;
  algorithm: string;
  sign(options: { data: Uint8Array }): Promise<Uint8Array>;
};

/**
 * A jsonld-signatures suite that signs with `signer`. The suites (and jsonld.js) load on first
 * use, so importing lerkit does not load them.
 */
export async function signingSuite(
  name: ProofSuite,
  signer: RawSigner,
  options: SigningSuiteOptions,
): Promise<unknown> {
  return (await import('./suite-impl.js')).createSigningSuite(name, signer, options);
}

/** How `proofValue` (or `jws`) of a suite is encoded. */
export type SignatureEncoding = 'base58btc' | 'base64url' | 'detached-jws';

/** How lerkit verifies one kind of embedded proof. */
export interface VerifyingSuite {
  /**
   * The suite itself refuses data that RDF canonicalization would silently drop (a relative IRI
   * reference), while canonicalizing — no separate expansion needed.
   */
  guarded?: boolean;
  /** `type` or `type/cryptosuite` of the proof, e.g. `DataIntegrityProof/eddsa-rdfc-2022`. */
  label: string;
  /** The key algorithm the proof needs. */
  algorithm: KeyAlgorithm;
  /** Why the proof is verified but warned about (a deprecated suite). */
  legacy?: string;
  /** How the signature is written. */
  encoding: SignatureEncoding;
  /** The contexts a proof's own `@context` may name: the suite's contexts. */
  proofContexts: readonly string[];
  /** The verification method as the suite wants to read it, when not the resolved one as is. */
  methodDocument?(key: ResolvedKey): JsonObject;
  /**
   * Makes the jsonld-signatures suite, verifying with `verifier`. `legacyContext`: the proof
   * configuration uses the Data Integrity v1 context (VC 1.1 credentials signed before v2).
   */
  create(verifier: KeyVerifier, options: { legacyContext: boolean }): Promise<unknown>;
}

const DATA_INTEGRITY_CONTEXTS = [DATA_INTEGRITY_V1_CONTEXT_URL, DATA_INTEGRITY_V2_CONTEXT_URL];

function dataIntegrity(
  cryptosuite: Impl.VerifyCryptosuite,
  suite: Omit<VerifyingSuite, 'create' | 'label' | 'encoding' | 'proofContexts'> & {
    name: string;
    encoding?: SignatureEncoding;
    /** Turns the key's verifier into what the cryptosuite calls. */
    adapt?: (verifier: KeyVerifier) => KeyVerifier;
  },
): VerifyingSuite {
  const { name, encoding = 'base58btc', adapt = (v: KeyVerifier) => v, ...rest } = suite;
  return {
    ...rest,
    label: `DataIntegrityProof/${name}`,
    encoding,
    proofContexts: DATA_INTEGRITY_CONTEXTS,
    create: async (verifier, { legacyContext }) =>
      (await import('./suite-impl.js')).dataIntegrityProof(
        cryptosuite,
        adapt(verifier),
        legacyContext,
      ),
  };
}

const LEGACY_EDDSA_2022 =
  'The proof uses "eddsa-2022", the pre-standard name of eddsa-rdfc-2022; it verifies, but re-issue it with eddsa-rdfc-2022';
const LEGACY_ED25519_2018 =
  'The proof uses Ed25519Signature2018, a superseded suite; it verifies, but re-issue it with eddsa-rdfc-2022';

const DATA_INTEGRITY_SUITES: Readonly<Record<string, VerifyingSuite>> = {
  'eddsa-rdfc-2022': dataIntegrity('eddsa-rdfc-2022', {
    name: 'eddsa-rdfc-2022',
    algorithm: 'Ed25519',
    guarded: true,
  }),
  'eddsa-jcs-2022': dataIntegrity('eddsa-jcs-2022', {
    name: 'eddsa-jcs-2022',
    algorithm: 'Ed25519',
  }),
  'ecdsa-rdfc-2019': dataIntegrity('ecdsa-rdfc-2019', {
    name: 'ecdsa-rdfc-2019',
    algorithm: 'P-256',
    guarded: true,
  }),
  'eddsa-2022': dataIntegrity('eddsa-2022', {
    name: 'eddsa-2022',
    algorithm: 'Ed25519',
    guarded: true,
    legacy: LEGACY_EDDSA_2022,
  }),
  // The cryptosuite parses the derived proof and canonicalizes; its `data` is checked with the
  // issuer's key by sd-verify.ts (vc-di-ecdsa §3.6.7).
  'ecdsa-sd-2023': dataIntegrity('ecdsa-sd-2023', {
    name: 'ecdsa-sd-2023',
    algorithm: 'P-256',
    encoding: 'base64url',
    adapt: (verifier) => ({
      ...verifier,
      verify: ({ data }) => verifyDerivedProof(verifier, data),
    }),
  }),
};

const ED25519_SIGNATURE_2020: VerifyingSuite = {
  label: 'Ed25519Signature2020',
  algorithm: 'Ed25519',
  encoding: 'base58btc',
  proofContexts: [ED25519_2020_CONTEXT_URL],
  create: async (verifier) => (await import('./suite-impl.js')).ed25519Signature2020(verifier),
};

const ED25519_SIGNATURE_2018: VerifyingSuite = {
  label: 'Ed25519Signature2018',
  algorithm: 'Ed25519',
  encoding: 'detached-jws',
  legacy: LEGACY_ED25519_2018,
  proofContexts: [ED25519_2018_CONTEXT_URL, SECURITY_V2_CONTEXT_URL],
  // The suite reads only Ed25519VerificationKey2018/2020 methods; the key itself comes from the
  // resolver's verifier either way.
  methodDocument: (key) => ({
    '@context': ED25519_2018_CONTEXT_URL,
    id: key.id,
    type: 'Ed25519VerificationKey2018',
    controller: key.controller ?? key.id.split('#')[0],
    publicKeyBase58: toBase58btc(fromBase64url(String(key.publicJwk.x))),
  }),
  create: async (verifier) => (await import('./suite-impl.js')).ed25519Signature2018(verifier),
};

/** The verifying suite for a proof, or `undefined` when lerkit does not support its type. */
export function verifyingSuite(proof: JsonObject): VerifyingSuite | undefined {
  if (proof.type === 'Ed25519Signature2020') return ED25519_SIGNATURE_2020;
  if (proof.type === 'Ed25519Signature2018') return ED25519_SIGNATURE_2018;
  if (proof.type !== 'DataIntegrityProof' || typeof proof.cryptosuite !== 'string')
    return undefined;
  return Object.hasOwn(DATA_INTEGRITY_SUITES, proof.cryptosuite)
    ? DATA_INTEGRITY_SUITES[proof.cryptosuite]
    : undefined;
}

/** Why lerkit cannot verify a proof: its type and cryptosuite, and what it does verify. */
export function unsupportedSuiteMessage(proof: JsonObject): string {
  const name =
    typeof proof.cryptosuite === 'string'
      ? `${String(proof.type)} with cryptosuite "${proof.cryptosuite}"`
      : `of type ${JSON.stringify(proof.type ?? null)}`;
  return `A proof ${name} is not supported, so the credential cannot be verified: every proof must verify (lerkit verifies DataIntegrityProof eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019, ecdsa-sd-2023, legacy eddsa-2022, Ed25519Signature2020 and legacy Ed25519Signature2018)`;
}

/** "an Ed25519 key", "a P-256 key", "an RSA key". */
export function keyName(algorithm: KeyAlgorithm): string {
  return `${algorithm === 'P-256' ? 'a' : 'an'} ${algorithm} key`;
}
