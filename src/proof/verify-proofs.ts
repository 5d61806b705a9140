// Verifying the embedded proofs of a credential. Every proof of a proof set is verified on its own
// and every one must verify (VC Data Integrity 1.0 §4.3 Verify Proof Sets and Chains): a proof of
// a type lerkit cannot check fails the credential rather than being skipped. Each proof goes
// through the same steps, in order: its shape, its contexts, what the signature would not cover,
// its key (found and authorised by the key resolver), then the signature itself.
import type { DocumentLoader } from '../context/types.js';
import { asArray, hasProtoMember, idOf, type JsonObject } from '../internal/json.js';
import type { Limits } from '../limits/limits.js';
import {
  countProofCanonization,
  decodeProofValue,
  fastSignedData,
  fastSuite,
  jcsSignedData,
  proofDateProblem,
} from './fast-verify.js';
import { createKeyResolver, type KeyResolver, type ResolvedKey } from './key-resolver.js';
import type { ProofResult } from './proof-result.js';
import {
  type CheckedProof,
  checkProof,
  contextUnavailable,
  proofSignatureVerdict,
} from './proof-steps.js';
import { findRelativeReference, keyName, type VerifyingSuite } from './suites.js';

export type { ProofFailureCode, ProofResult } from './proof-result.js';

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
  /**
   * The key resolver to use (and whose key cache to share); one is made from `documentLoader` and
   * `acceptUnconfirmedKeys` when absent.
   */
  keyResolver?: KeyResolver;
  /**
   * Limits checked before any decoding or resolving (default: the default limits): a proofValue
   * over `multibaseLength` or a verification method over `urlLength` gives a `LIMITS_*` result.
   */
  limits?: Readonly<Limits>;
}

/**
 * Verifies every embedded proof of a credential independently: the signature, that the key is
 * listed by its controller for `assertionMethod`, and that the controller is the credential's
 * issuer. The credential is verified only if every result is.
 *
 * @param credential - The credential with its `proof` (one proof or a proof set).
 * @param options - A document loader (or a shared `keyResolver`), and `acceptUnconfirmedKeys`.
 * @returns One result per proof, in order (`PROOF_MISSING` when there is none).
 * @example
 * ```ts
 * const results = await verifyProofs(signed, { documentLoader: createDocumentLoader() });
 * const ok = results.every((r) => r.verified);
 * ```
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
  const resolver = options.keyResolver ?? createKeyResolver(options);
  const isSet = Array.isArray(credential.proof);
  return Promise.all(
    proofs.map((proof, i) =>
      verifyOne(credential, proof, isSet ? `/proof/${i}` : '/proof', {
        documentLoader: options.documentLoader,
        resolver,
        limits: options.limits,
      }),
    ),
  );
}

interface Context {
  documentLoader: DocumentLoader;
  resolver: KeyResolver;
  limits: Readonly<Limits> | undefined;
}

async function verifyOne(
  credential: JsonObject,
  proof: unknown,
  path: string,
  context: Context,
): Promise<ProofResult> {
  const checked = checkProof(credential, proof, context.limits);
  if (!checked.ok) return { path, verified: false, ...checked.failure };
  const { suite, info } = checked;
  if (hasProtoMember(credential)) return { path, verified: false, ...info, ...PROTO_MEMBER };
  // RDFC suites: canonicalize on the fast path while the key resolves (never rejects).
  const fast = fastSuite(suite.label);
  const signedData = fast
    ? fastSignedData(credential, checked.proof, {
        documentLoader: context.documentLoader,
        suite: fast,
        legacyContext: checked.legacyContext,
      })
    : undefined;
  // What RDF canonicalization silently drops is not covered by the signature: refuse it. The fast
  // path refuses it itself (it gives up, and the suites below refuse it).
  if (!suite.guarded && (await signedData) === undefined) {
    const unsigned = await uncoveredData(credential, suite, context.documentLoader);
    if (unsigned) return { path, verified: false, ...info, ...unsigned };
  }

  const resolution = await context.resolver.resolveMethod(
    info.verificationMethod,
    idOf(credential.issuer),
  );
  if (!resolution.ok) {
    return { path, verified: false, code: resolution.code, message: resolution.message, ...info };
  }
  const key = resolution.key;
  if (key.algorithm !== suite.algorithm) {
    return {
      path,
      verified: false,
      code: 'PROOF_KEY_TYPE_MISMATCH',
      message: `A ${info.suite} proof needs ${keyName(suite.algorithm)}, but ${info.verificationMethod} is ${key.algorithm}`,
      ...info,
    };
  }
  if (suite.label === JCS_LABEL) {
    const jcs = await jcsSignedData(credential, checked.proof);
    if (jcs instanceof Error) return { path, ...signatureVerdict(jcs, checked, key), ...info };
    if (jcs !== undefined) {
      const verdict = await verifyFast(checked, true, key, jcs, context);
      return { path, ...verdict, ...info };
    }
  }
  const data = await signedData;
  if (data !== undefined && fast !== undefined) {
    countProofCanonization('fast');
    const verdict = await verifyFast(checked, fast.family === 'data-integrity', key, data, context);
    return { path, ...verdict, ...info, canonicalization: 'fast' };
  }
  const verdict = await verifySignature(credential, checked, key, context);
  if (fast === undefined) return { path, ...verdict, ...info };
  countProofCanonization('jsonld');
  return { path, ...verdict, ...info, canonicalization: 'jsonld' };
}

const PROTO_MEMBER = {
  code: 'PROOF_JSONLD_INVALID',
  message:
    'The credential has a "__proto__" member, which JSON-LD processing silently drops: the signature would not cover it',
} as const;

const JCS_LABEL = 'DataIntegrityProof/eddsa-jcs-2022';

// The signature over the signed data, with the checks the suites make around it (DataIntegrityProof
// checks the proof's dates after the signature).
async function verifyFast(
  checked: CheckedProof,
  dataIntegrity: boolean,
  key: ResolvedKey,
  data: Uint8Array,
  context: Context,
): Promise<Omit<ProofResult, 'path'>> {
  const signature = decodeProofValue(checked.proof);
  const verifier = await context.resolver.verifier(key);
  const good = signature !== undefined && (await verifier.verify({ data, signature }));
  const error = !good
    ? new Error('Invalid signature.')
    : dataIntegrity
      ? proofDateProblem(checked.proof)
      : undefined;
  return signatureVerdict(error, checked, key);
}

function signatureVerdict(
  error: Error | undefined,
  checked: CheckedProof,
  key: ResolvedKey,
): Omit<ProofResult, 'path'> {
  return proofSignatureVerdict(
    error ? { verified: false, error } : { verified: true },
    checked.suite,
    key,
  );
}

// Runs the suite (jsonld-signatures) with the resolved key: it canonicalizes, hashes and checks
// the signature. Authorisation was decided by the resolver; jsigs gets the normalised answer.
async function verifySignature(
  credential: JsonObject,
  checked: CheckedProof,
  key: ResolvedKey,
  context: Context,
): Promise<Omit<ProofResult, 'path'>> {
  const { proof, suite, info, legacyContext } = checked;
  const method = key.method;
  const methodLoader: DocumentLoader = async (url) =>
    url === info.verificationMethod
      ? { contextUrl: null, documentUrl: url, document: suite.methodDocument?.(key) ?? method }
      : context.documentLoader(url);
  const controller = key.controller ?? info.verificationMethod.split('#')[0];
  try {
    const { default: jsigs } = await import('jsonld-signatures');
    const result = await jsigs.verify(
      { ...credential, proof },
      {
        suite: await suite.create(await context.resolver.verifier(key), { legacyContext }),
        purpose: new jsigs.purposes.AssertionProofPurpose({
          controller: { id: controller, assertionMethod: [info.verificationMethod] },
        }),
        documentLoader: methodLoader,
      },
    );
    return proofSignatureVerdict(result, suite, key);
  } catch (error) {
    return proofSignatureVerdict({ verified: false, error }, suite, key);
  }
}

// Data in the JSON that an RDF-canonicalized signature does not cover, though JSON-LD safe mode
// raises no error: a relative IRI reference such as `"image": ""` (dropped when building the RDF
// graph); an own `__proto__` member (jsonld.js copies objects by assignment, which drops it) is
// refused before.
// A context that cannot be loaded makes the proof indeterminate.
async function uncoveredData(
  credential: JsonObject,
  suite: VerifyingSuite,
  documentLoader: DocumentLoader,
): Promise<Pick<ProofResult, 'code' | 'message' | 'indeterminate'> | undefined> {
  // JCS signs the JSON itself; guarded suites check while canonicalizing.
  if (suite.guarded || suite.label.endsWith('jcs-2022')) return undefined;
  let expanded: unknown;
  try {
    const { proof: _proof, ...rest } = credential;
    const { default: jsonld } = await import('jsonld');
    expanded = await jsonld.expand(rest, { documentLoader, safe: true, base: null });
  } catch (error) {
    // the signature check reports other JSON-LD errors with their own message
    return contextUnavailable(error);
  }
  const relative = findRelativeReference(expanded);
  if (relative === undefined) return undefined;
  return {
    code: 'PROOF_JSONLD_INVALID',
    message: `The credential has a relative IRI reference (${JSON.stringify(relative)}), which RDF canonicalization silently drops: the signature would not cover it`,
  };
}
