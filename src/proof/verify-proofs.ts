import jsonld from 'jsonld';
import jsigs from 'jsonld-signatures';
import type { DocumentLoader } from '../context/types.js';
import { ED25519_2020_CONTEXT_URL } from '../context/urls.js';
import { fromMultibase58 } from '../internal/base58.js';
import { asArray, hasProtoMember, idOf, isObject, type JsonObject } from '../internal/json.js';
import { describeError } from './describe-error.js';
import { decodePublicKeyMultibase } from './key-material.js';
import {
  issuerListsMethod,
  methodAlgorithm,
  type ResolvedMethod,
  type ResolveFailureCode,
  resolveVerificationMethod,
} from './resolve.js';
import { findRelativeReference, keyName, type VerifyingSuite, verifyingSuite } from './suites.js';

/**
 * Longest `proofValue` accepted: Ed25519 and P-256 signatures are 64 bytes (88 base58 characters);
 * even a P-384 one (96 bytes) is under 140. Twice that leaves room for any suite's framing.
 */
const MAX_PROOF_VALUE_CHARS = 256;

function isMultibase58(value: string): boolean {
  try {
    return fromMultibase58(value).length > 0;
  } catch {
    return false;
  }
}

/** Codes of proof failures. */
export type ProofFailureCode =
  | ResolveFailureCode
  | 'PROOF_MISSING'
  | 'PROOF_MALFORMED'
  | 'PROOF_SUITE_UNSUPPORTED'
  | 'PROOF_PURPOSE_MISMATCH'
  | 'PROOF_ISSUER_MISMATCH'
  | 'PROOF_JSONLD_INVALID'
  | 'PROOF_SIGNATURE_INVALID'
  | 'PROOF_KEY_TYPE_MISMATCH'
  | 'PROOF_KEY_UNCONFIRMED'
  | 'PROOF_SUITE_LEGACY'
  | 'PROOF_CHAIN_UNSUPPORTED'
  | 'PROOF_JWT_ALG_UNSUPPORTED'
  | 'PROOF_JWT_HEADER_INVALID'
  | 'PROOF_JWT_KEY_MISMATCH'
  | 'PROOF_JWT_CLAIMS_INVALID';

/** The outcome of checking one proof of a credential. */
export interface ProofResult {
  /** JSON Pointer of the proof (`/proof` or `/proof/1`). */
  path: string;
  /** `true` when the signature verifies with a key the issuer controls. */
  verified: boolean;
  /**
   * Failure code when not verified; when verified, a code here is a caveat the report shows as a
   * warning (`PROOF_SUITE_LEGACY`, `PROOF_KEY_UNCONFIRMED`).
   */
  code?: ProofFailureCode;
  /** What was found, in plain words. */
  message: string;
  /** Proof type and cryptosuite, e.g. `DataIntegrityProof/eddsa-rdfc-2022`. */
  suite?: string;
  /** The verification method the proof names. */
  verificationMethod?: string;
}

/** Options of {@link verifyProofs}. */
export interface VerifyProofsOptions {
  /** Loader for contexts and controller documents. */
  documentLoader: DocumentLoader;
  /**
   * Accept a key that only its URL vouches for (`https://issuer.example/keys#z6Mk…`, a JWT header
   * `jwk`) when the issuer's own documents cannot confirm it. Off by default: anyone can write
   * any key into a URL. When used, the proof passes with a `PROOF_KEY_UNCONFIRMED` warning.
   */
  acceptUnconfirmedKeys?: boolean;
}

/**
 * Verifies every embedded proof of a credential independently: the signature, that the key is
 * listed by its controller for `assertionMethod`, and that the controller is the credential's
 * issuer.
 */
export async function verifyProofs(
  credential: JsonObject,
  options: VerifyProofsOptions,
): Promise<ProofResult[]> {
  const proofs = asArray(credential.proof);
  if (proofs.length === 0) {
    return [
      {
        path: '/proof',
        verified: false,
        code: 'PROOF_MISSING',
        message: 'The credential has no proof',
      },
    ];
  }
  const isSet = Array.isArray(credential.proof);
  return Promise.all(
    proofs.map((proof, i) =>
      verifyOne(credential, proof, isSet ? `/proof/${i}` : '/proof', options),
    ),
  );
}

async function verifyOne(
  credential: JsonObject,
  proof: unknown,
  path: string,
  options: VerifyProofsOptions,
): Promise<ProofResult> {
  const fail = (
    code: ProofFailureCode,
    message: string,
    extra: Partial<ProofResult> = {},
  ): ProofResult => ({
    path,
    verified: false,
    code,
    message,
    ...extra,
  });
  if (!isObject(proof)) return fail('PROOF_MALFORMED', 'A proof must be an object');
  const verifying = verifyingSuite(proof);
  const suite =
    verifying?.label ??
    (typeof proof.cryptosuite === 'string'
      ? `${String(proof.type)}/${proof.cryptosuite}`
      : String(proof.type));
  if (!verifying) {
    return fail(
      'PROOF_SUITE_UNSUPPORTED',
      `Proof suite ${suite} is not supported (lerkit verifies DataIntegrityProof eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019, legacy eddsa-2022, and Ed25519Signature2020)`,
      { suite },
    );
  }
  if (typeof proof.verificationMethod !== 'string' && !isObject(proof.verificationMethod)) {
    return fail('PROOF_MALFORMED', 'The proof names no verificationMethod', { suite });
  }
  if (proof.previousProof !== undefined) {
    return fail(
      'PROOF_CHAIN_UNSUPPORTED',
      'The proof is part of a proof chain (previousProof), which lerkit does not verify; proofs of a set are verified independently',
      { suite, verificationMethod: idOf(proof.verificationMethod) ?? '' },
    );
  }
  const verificationMethod = idOf(proof.verificationMethod) ?? '';
  const info = { suite, verificationMethod };
  if (typeof proof.proofValue !== 'string')
    return fail('PROOF_MALFORMED', 'The proof has no proofValue', info);
  // The suites' own base58 decoder is quadratic: refuse what no signature can be before it runs.
  if (proof.proofValue.length > MAX_PROOF_VALUE_CHARS) {
    return fail(
      'PROOF_MALFORMED',
      `proofValue has ${proof.proofValue.length} characters; no signature lerkit verifies needs more than ${MAX_PROOF_VALUE_CHARS}`,
      info,
    );
  }
  // base58btc multibase only: decoders that skip whitespace or accept other bases would let the
  // same signature be written many ways.
  if (!isMultibase58(proof.proofValue)) {
    return fail(
      'PROOF_MALFORMED',
      'proofValue must be a base58btc multibase string (z…) with no other characters',
      info,
    );
  }
  if (proof.proofPurpose !== 'assertionMethod') {
    return fail(
      'PROOF_PURPOSE_MISMATCH',
      `A credential proof must have proofPurpose "assertionMethod", not ${JSON.stringify(proof.proofPurpose)}`,
      info,
    );
  }
  if (
    verifying.label === 'Ed25519Signature2020' &&
    !asArray(credential['@context']).includes(ED25519_2020_CONTEXT_URL)
  ) {
    return fail(
      'PROOF_JSONLD_INVALID',
      `An Ed25519Signature2020 proof needs the ${ED25519_2020_CONTEXT_URL} context in the credential's @context`,
      info,
    );
  }

  // What RDF canonicalization silently drops is not covered by the signature: refuse it.
  const unsigned = await uncoveredData(credential, verifying, options.documentLoader);
  if (unsigned) return fail('PROOF_JSONLD_INVALID', unsigned, info);

  const issuerId = idOf(credential.issuer);
  let resolved = await resolveVerificationMethod(verificationMethod, {
    documentLoader: options.documentLoader,
  });
  let unconfirmed: string | undefined;
  if (!resolved.ok) {
    // Only when nothing could be obtained: a document that omits the key is evidence against it.
    const fallback =
      options.acceptUnconfirmedKeys && resolved.code === 'PROOF_KEY_UNRESOLVED'
        ? keyFromUrl(verificationMethod)
        : undefined;
    if (!fallback) return fail(resolved.code, resolved.message, info);
    unconfirmed = `${resolved.message}. Accepted the key written in the verification-method URL without confirmation (acceptUnconfirmedKeys): anyone can write any key into a URL`;
    resolved = fallback;
  }
  if (
    issuerId !== resolved.controllerId &&
    !(await issuerListsMethod(issuerId, verificationMethod, options.documentLoader))
  ) {
    return fail(
      'PROOF_ISSUER_MISMATCH',
      `The key is controlled by ${resolved.controllerId}, but the credential's issuer is ${issuerId ?? '(none)'}`,
      info,
    );
  }
  const algorithm = methodAlgorithm(resolved.method);
  if (algorithm !== verifying.algorithm) {
    return fail(
      'PROOF_KEY_TYPE_MISMATCH',
      `A ${suite} proof needs ${keyName(verifying.algorithm)}, but ${verificationMethod} is ${algorithm ?? 'not a key lerkit can read'}`,
      info,
    );
  }

  const method = resolved.method;
  const methodLoader: DocumentLoader = async (url) =>
    url === verificationMethod
      ? { contextUrl: null, documentUrl: url, document: method }
      : options.documentLoader(url);
  let result: Awaited<ReturnType<typeof jsigs.verify>>;
  try {
    result = await jsigs.verify(
      { ...credential, proof },
      {
        suite: verifying.create(),
        // Authorisation was checked above; hand jsigs the normalised answer.
        purpose: new jsigs.purposes.AssertionProofPurpose({
          controller: { id: resolved.controllerId, assertionMethod: [verificationMethod] },
        }),
        documentLoader: methodLoader,
      },
    );
  } catch (error) {
    return fail(
      'PROOF_JSONLD_INVALID',
      `The credential could not be processed: ${describeError(error)}`,
      info,
    );
  }
  if (result.verified) {
    const message = `Signature verified with ${verificationMethod}`;
    if (unconfirmed) {
      return {
        path,
        verified: true,
        code: 'PROOF_KEY_UNCONFIRMED',
        message: `${message}. ${unconfirmed}`,
        ...info,
      };
    }
    if (verifying.legacy) {
      return {
        path,
        verified: true,
        code: 'PROOF_SUITE_LEGACY',
        message: `${message}. ${verifying.legacy}`,
        ...info,
      };
    }
    return { path, verified: true, message, ...info };
  }
  const error = result.results?.[0]?.error ?? result.error;
  const description = describeError(error);
  if (
    /safe mode|json-?ld|undefined term|relative|dropping property|protected term|invalid .* syntax/i.test(
      description,
    ) &&
    !/signature/i.test(description)
  ) {
    return fail(
      'PROOF_JSONLD_INVALID',
      `The credential is not valid JSON-LD: ${description}`,
      info,
    );
  }
  return fail('PROOF_SIGNATURE_INVALID', `The signature does not verify: ${description}`, info);
}

// `https://issuer.example/keys#z6Mk…`: the fragment is a Multikey public key; its controller is
// the URL before `#`. Used only with acceptUnconfirmedKeys.
function keyFromUrl(url: string): ResolvedMethod | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const multibase = url.slice(hash + 1);
  if (!decodePublicKeyMultibase(multibase)) return undefined;
  const controllerId = url.slice(0, hash);
  const method = {
    id: url,
    type: 'Multikey',
    controller: controllerId,
    publicKeyMultibase: multibase,
  };
  return { ok: true, method, controllerId, controller: { id: controllerId } };
}

// Data in the JSON that an RDF-canonicalized signature does not cover, though JSON-LD safe mode
// raises no error: an own `__proto__` member (jsonld.js copies objects by assignment, which drops
// it) and a relative IRI reference such as `"image": ""` (dropped when building the RDF graph).
async function uncoveredData(
  credential: JsonObject,
  suite: VerifyingSuite,
  documentLoader: DocumentLoader,
): Promise<string | undefined> {
  if (hasProtoMember(credential)) {
    return 'The credential has a "__proto__" member, which JSON-LD processing silently drops: the signature would not cover it';
  }
  // JCS signs the JSON itself; guarded suites check while canonicalizing.
  if (suite.guarded || suite.label.endsWith('jcs-2022')) return undefined;
  let expanded: unknown;
  try {
    const { proof: _proof, ...rest } = credential;
    expanded = await jsonld.expand(rest, { documentLoader, safe: true, base: null });
  } catch {
    return undefined; // the signature check reports JSON-LD errors with their own message
  }
  const relative = findRelativeReference(expanded);
  return relative === undefined
    ? undefined
    : `The credential has a relative IRI reference (${JSON.stringify(relative)}), which RDF canonicalization silently drops: the signature would not cover it`;
}
