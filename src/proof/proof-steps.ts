// The steps of verifying one embedded proof that need no key: the proof's shape and suite, its
// contexts, and — after the suite has run — the verdict on what it reported.
import { VC_V1_CONTEXT_URL } from '../context/urls.js';
import { isLerkitError } from '../errors/index.js';
import { fromBase64url } from '../internal/encoding.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import { DEFAULT_LIMITS, type Limits } from '../limits/limits.js';
import { describeError, unwrapLoaderError } from './describe-error.js';
import type { ResolvedKey } from './key-types.js';
import type { ProofResult } from './proof-result.js';
import {
  DATA_INTEGRITY_V1_CONTEXT_URL,
  DATA_INTEGRITY_V2_CONTEXT_URL,
  ED25519_2018_CONTEXT_URL,
  SECURITY_V2_CONTEXT_URL,
  unsupportedSuiteMessage,
  type VerifyingSuite,
  verifyingSuite,
} from './suites.js';

/** The suite label and verification method of a proof, repeated in each of its results. */
export interface ProofInfo {
  suite: string;
  verificationMethod: string;
}

/** A proof whose shape and contexts are fit to verify. */
export interface CheckedProof {
  ok: true;
  proof: JsonObject;
  suite: VerifyingSuite;
  info: ProofInfo;
  /** The proof configuration uses the Data Integrity v1 context. */
  legacyContext: boolean;
}

type Failure = Omit<ProofResult, 'path' | 'verified'>;

/** Checks everything about a proof that needs neither its key nor canonicalization. */
export function checkProof(
  credential: JsonObject,
  proof: unknown,
  limits: Readonly<Limits> = DEFAULT_LIMITS,
): CheckedProof | { ok: false; failure: Failure } {
  const fail = (failure: Failure) => ({ ok: false as const, failure });
  if (!isObject(proof))
    return fail({ code: 'PROOF_MALFORMED', message: 'A proof must be an object' });
  const suite = verifyingSuite(proof);
  if (!suite) {
    return fail({
      code: 'PROOF_SUITE_UNSUPPORTED',
      message: unsupportedSuiteMessage(proof),
      suite: labelOf(proof),
    });
  }
  if (typeof proof.verificationMethod !== 'string' && !isObject(proof.verificationMethod)) {
    return fail({
      code: 'PROOF_MALFORMED',
      message: 'The proof names no verificationMethod',
      suite: suite.label,
    });
  }
  const info = { suite: suite.label, verificationMethod: idOf(proof.verificationMethod) ?? '' };
  const problem =
    chainProblem(proof) ??
    urlProblem(proof, limits) ??
    signatureEncodingProblem(proof, suite, limits.multibaseLength) ??
    purposeProblem(proof) ??
    proofContextProblem(credential, proof, suite) ??
    documentContextProblem(credential, suite);
  if (problem) return fail({ ...problem, ...info });
  return { ok: true, proof, suite, info, legacyContext: usesLegacyContext(credential, proof) };
}

function labelOf(proof: JsonObject): string {
  return typeof proof.cryptosuite === 'string'
    ? `${String(proof.type)}/${proof.cryptosuite}`
    : String(proof.type);
}

function urlProblem(proof: JsonObject, limits: Readonly<Limits>): Failure | undefined {
  const url = idOf(proof.verificationMethod) ?? '';
  if (url.length <= limits.urlLength) return undefined;
  return {
    code: 'LIMITS_URL_LENGTH',
    message: `The verificationMethod is ${url.length.toLocaleString('en-US')} characters, over limits.urlLength (${limits.urlLength.toLocaleString('en-US')}); it was not resolved`,
  };
}

function chainProblem(proof: JsonObject): Failure | undefined {
  if (proof.previousProof === undefined) return undefined;
  return {
    code: 'PROOF_CHAIN_UNSUPPORTED',
    message:
      'The proof is part of a proof chain (previousProof), which lerkit does not verify; proofs of a set are verified independently',
  };
}

// One spelling per signature: decoders that skip whitespace or accept other bases would let the
// same signature be written many ways.
const ENCODINGS = {
  base58btc: {
    member: 'proofValue',
    pattern: /^z[1-9A-HJ-NP-Za-km-z]+$/,
    text: 'a base58btc multibase string (z…)',
  },
  base64url: {
    member: 'proofValue',
    pattern: /^u[A-Za-z0-9_-]+$/,
    text: 'a base64url multibase string (u…)',
  },
  'detached-jws': {
    member: 'jws',
    pattern: /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/,
    text: 'a detached JWS (header..signature)',
  },
} as const;

// A fixed-size signature (Ed25519, P-256, P-384: at most 96 bytes, under 140 base58 characters)
// can never be longer than this: a longer base58btc proofValue is refused before any decoder (the
// suites' own base58 decoder is quadratic) sees it.
const MAX_BASE58_SIGNATURE_CHARS = 256;

function signatureEncodingProblem(
  proof: JsonObject,
  suite: VerifyingSuite,
  maxLength: number,
): Failure | undefined {
  const { member, pattern, text } = ENCODINGS[suite.encoding];
  const value = proof[member];
  if (typeof value !== 'string') {
    return { code: 'PROOF_MALFORMED', message: `The proof has no ${member}` };
  }
  if (value.length > maxLength) {
    return {
      code: 'LIMITS_MULTIBASE_LENGTH',
      message: `The ${member} is ${value.length.toLocaleString('en-US')} characters, over limits.multibaseLength (${maxLength.toLocaleString('en-US')}); it was not decoded`,
    };
  }
  if (suite.encoding === 'base58btc' && value.length > MAX_BASE58_SIGNATURE_CHARS) {
    return {
      code: 'PROOF_MALFORMED',
      message: `The ${member} is ${value.length} characters, longer than any ${suite.label} signature (under ${MAX_BASE58_SIGNATURE_CHARS})`,
    };
  }
  if (pattern.test(value)) return sdBaseProofProblem(value, suite);
  return {
    code: 'PROOF_MALFORMED',
    message: `${member} must be ${text} with no other characters`,
  };
}

// vc-di-ecdsa §3.5.2: a base proof's CBOR starts 0xd9 0x5d 0x00 (0x01 for a derived one). A base
// proof is for the holder, who derives what a verifier sees; presented to a verifier it is refused.
function sdBaseProofProblem(proofValue: string, suite: VerifyingSuite): Failure | undefined {
  if (suite.label !== 'DataIntegrityProof/ecdsa-sd-2023') return undefined;
  let header: Uint8Array;
  try {
    header = fromBase64url(proofValue.slice(1, 5)).subarray(0, 3);
  } catch {
    return undefined;
  }
  if (header[0] !== 0xd9 || header[1] !== 0x5d || header[2] !== 0x00) return undefined;
  return {
    code: 'PROOF_SD_BASE_PROOF',
    message:
      'This is an ecdsa-sd-2023 base proof, which is for the holder, not for verifiers: the holder must derive a credential (derive() in lerkit) and present that',
  };
}

function purposeProblem(proof: JsonObject): Failure | undefined {
  if (proof.proofPurpose === 'assertionMethod') return undefined;
  return {
    code: 'PROOF_PURPOSE_MISMATCH',
    message: `A credential proof must have proofPurpose "assertionMethod", not ${JSON.stringify(proof.proofPurpose)}`,
  };
}

// A proof may carry its own @context, which then defines the proof configuration's terms. Accepted:
// the credential's own @context or a prefix of it (what eddsa-jcs-2022 signers write, vc-di-eddsa
// §3.3.2), or the suite's own contexts (DIDKit and LearnCard write those). Anything else could
// give the proof's terms another meaning than the verifier reads, and is refused.
function proofContextProblem(
  credential: JsonObject,
  proof: JsonObject,
  suite: VerifyingSuite,
): Failure | undefined {
  if (proof['@context'] === undefined) return undefined;
  const contexts = asArray(proof['@context']);
  const documentContexts = asArray(credential['@context']);
  const prefix = contexts.every(
    (c, i) => JSON.stringify(c) === JSON.stringify(documentContexts[i]),
  );
  if (contexts.length > 0 && prefix) return undefined;
  const other = contexts.find((c) => typeof c !== 'string' || !suite.proofContexts.includes(c));
  if (contexts.length > 0 && other === undefined) return undefined;
  return {
    code: 'PROOF_CONTEXT_INVALID',
    message: `A ${suite.label} proof's own @context may only be the credential's @context or its suite's context (${suite.proofContexts.join(', ')}), not ${JSON.stringify(other ?? contexts)}`,
  };
}

// The legacy suites find their terms only in the credential's own @context.
const DOCUMENT_CONTEXTS: Readonly<Record<string, readonly string[]>> = {
  Ed25519Signature2020: ['https://w3id.org/security/suites/ed25519-2020/v1'],
  Ed25519Signature2018: [VC_V1_CONTEXT_URL, ED25519_2018_CONTEXT_URL, SECURITY_V2_CONTEXT_URL],
};

function documentContextProblem(
  credential: JsonObject,
  suite: VerifyingSuite,
): Failure | undefined {
  const needed = DOCUMENT_CONTEXTS[suite.label];
  if (!needed) return undefined;
  const contexts = asArray(credential['@context']);
  if (needed.some((url) => contexts.includes(url))) return undefined;
  return {
    code: 'PROOF_JSONLD_INVALID',
    message: `An ${suite.label} proof needs ${needed.length === 1 ? 'the' : 'one of the'} ${needed.join(', ')} context${needed.length === 1 ? '' : 's'} in the credential's @context`,
  };
}

// VC 1.1 credentials signed with the Data Integrity v1 context: their proof configuration uses v1
// too, and adding v2 beside it would redefine its protected terms.
function usesLegacyContext(credential: JsonObject, proof: JsonObject): boolean {
  const contexts = asArray(proof['@context'] ?? credential['@context']);
  return (
    contexts.includes(DATA_INTEGRITY_V1_CONTEXT_URL) &&
    !contexts.includes(DATA_INTEGRITY_V2_CONTEXT_URL)
  );
}

/**
 * The indeterminate result of a context that could not be loaded, or `undefined` when `error` is
 * something else. Not a forgery verdict: the signature was never checked.
 */
export function contextUnavailable(
  error: unknown,
): Pick<ProofResult, 'code' | 'message' | 'indeterminate'> | undefined {
  const cause = unwrapLoaderError(error);
  if (
    !isLerkitError(cause, 'ERR_LERKIT_DOCUMENT_NOT_FOUND') &&
    !isLerkitError(cause, 'ERR_LERKIT_DOCUMENT_LOAD_FAILED')
  ) {
    return undefined;
  }
  const url = (cause as { url?: string }).url ?? 'a context';
  return {
    indeterminate: true,
    code: 'PROOF_CONTEXT_UNAVAILABLE',
    message: `The context ${url} could not be loaded, so the proof could not be checked; pass it in \`resources\` or a documentLoader (${cause.message})`,
  };
}

/** The result of running a suite's signature check. */
export function proofSignatureVerdict(
  result: { verified: boolean; results?: { error?: unknown }[]; error?: unknown },
  suite: VerifyingSuite,
  key: ResolvedKey,
): Omit<ProofResult, 'path'> {
  if (result.verified) {
    const message = `Signature verified with ${key.id}`;
    if (key.unconfirmed) {
      return {
        verified: true,
        code: 'PROOF_KEY_UNCONFIRMED',
        message: `${message}. ${key.unconfirmed}`,
      };
    }
    if (suite.legacy) {
      return { verified: true, code: 'PROOF_SUITE_LEGACY', message: `${message}. ${suite.legacy}` };
    }
    return { verified: true, message };
  }
  const error = result.results?.[0]?.error ?? result.error;
  const unavailable = contextUnavailable(error);
  if (unavailable) return { verified: false, ...unavailable };
  const description = describeError(error);
  if (
    /safe mode|json-?ld|undefined term|relative|dropping property|protected term|invalid .* syntax/i.test(
      description,
    ) &&
    !/signature/i.test(description)
  ) {
    return {
      verified: false,
      code: 'PROOF_JSONLD_INVALID',
      message: `The credential is not valid JSON-LD: ${description}`,
    };
  }
  return {
    verified: false,
    code: 'PROOF_SIGNATURE_INVALID',
    message: `The signature does not verify: ${description}`,
  };
}
