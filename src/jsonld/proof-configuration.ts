// The proof configuration the RDFC cryptosuites canonicalize and hash next to the document
// (VC Data Integrity §4.2 / vc-di-eddsa §3.2.5, vc-di-ecdsa §3.3.5), built exactly as the
// @digitalbazaar suites build it (data-integrity DataIntegrityProof.canonizeProof,
// jsonld-signatures LinkedDataSignature.canonizeProof). Canonicalizing it reuses the compiled
// context of the document: the walk hits the memoised transitions, no context is processed again.
import { isObject, type JsonObject } from '../internal/json.js';
import { type CanonizeOptions, type CanonizeResult, canonize } from './canonize.js';

/**
 * Which suite family builds the configuration:
 * - `data-integrity`: `DataIntegrityProof` (eddsa-rdfc-2022, ecdsa-rdfc-2019): the document's
 *   `@context` (the proof's own wins), the Data Integrity context appended unless the context
 *   already has it or VC 2.0, without `proofValue`.
 * - `linked-data-signature`: Ed25519Signature2020 and other jsonld-signatures suites: the
 *   document's `@context` (or the security v2 context), without `jws`, `signatureValue`,
 *   `proofValue`.
 */
export type ProofFamily = 'data-integrity' | 'linked-data-signature';

/** Options of {@link createProofConfiguration}. */
export interface ProofConfigurationOptions {
  /** The suite family (see {@link ProofFamily}). */
  readonly family: ProofFamily;
  /** `data-integrity` only: use the legacy Data Integrity v1 context (default: v2). */
  readonly legacyContext?: boolean;
}

const DATA_INTEGRITY_V1 = 'https://w3id.org/security/data-integrity/v1';
const DATA_INTEGRITY_V2 = 'https://w3id.org/security/data-integrity/v2';
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const SECURITY_V2 = 'https://w3id.org/security/v2';

/**
 * Builds the proof configuration object a suite canonicalizes for `proof` on `document`.
 *
 * @param document - The secured document (its `@context` is used; nothing else).
 * @param proof - One proof object of the document.
 * @param options - The suite family.
 * @returns A new object; the inputs are not modified.
 * @example
 * ```ts
 * const config = createProofConfiguration(credential, credential.proof, { family: 'data-integrity' });
 * ```
 */
export function createProofConfiguration(
  document: JsonObject,
  proof: JsonObject,
  options: ProofConfigurationOptions,
): JsonObject {
  if (options.family === 'linked-data-signature') {
    const config: JsonObject = { '@context': document['@context'] || SECURITY_V2, ...proof };
    delete config.jws;
    delete config.signatureValue;
    delete config.proofValue;
    return config;
  }
  const config: JsonObject = { '@context': document['@context'], ...proof };
  const suiteContext = options.legacyContext === true ? DATA_INTEGRITY_V1 : DATA_INTEGRITY_V2;
  if (!includesContext(config, suiteContext) && !includesContext(config, VC_V2)) {
    const existing = config['@context'] || [];
    config['@context'] = Array.isArray(existing)
      ? [...existing, suiteContext]
      : [existing, suiteContext];
  }
  delete config.proofValue;
  return config;
}

// data-integrity `_includesContext`.
function includesContext(document: JsonObject, url: string): boolean {
  const context = document['@context'];
  return context === url || (Array.isArray(context) && context.includes(url));
}

/**
 * Canonical N-Quads of a proof configuration (see {@link createProofConfiguration}), identical
 * to what the suite hashes.
 *
 * @param document - The secured document.
 * @param proof - One proof object of the document.
 * @param options - Canonicalization options and the suite family.
 * @returns As {@link canonize}.
 * @example
 * ```ts
 * const { nquads } = await canonizeProofConfiguration(credential, proof, {
 *   documentLoader,
 *   family: 'data-integrity',
 * });
 * ```
 */
export async function canonizeProofConfiguration(
  document: JsonObject,
  proof: JsonObject,
  options: CanonizeOptions & ProofConfigurationOptions,
): Promise<CanonizeResult> {
  if (!isObject(proof)) {
    return {
      ok: false,
      path: 'fast',
      code: 'invalid proof',
      message: 'The proof is not an object',
    };
  }
  // The suites canonicalize the configuration with base null (see CanonizeOptions.base).
  return canonize(createProofConfiguration(document, proof, options), { base: null, ...options });
}
