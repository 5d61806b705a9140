import { createDocumentLoader } from '../context/document-loader.js';
import type { DocumentLoader } from '../context/types.js';
import { InvalidArgumentError } from '../errors/index.js';
import { concatBytes, toHex, utf8 } from '../internal/encoding.js';
import { canonicalizeJson } from '../internal/jcs.js';
import { isObject, type JsonObject } from '../internal/json.js';
import type { ProofSuite } from './types.js';

/** The intermediate values of an embedded proof's signature (vc-di-eddsa §3, vc-di-ecdsa §3). */
export interface VerifyData {
  /** Canonical form of the credential without its proof: RDFC-1.0 N-Quads, or JCS for `eddsa-jcs-2022`. */
  canonicalDocument: string;
  /** Canonical form of the proof configuration (proof without `proofValue`, with the credential's `@context`). */
  canonicalProofConfig: string;
  /** SHA-256 of `canonicalDocument`, hex. */
  documentHash: string;
  /** SHA-256 of `canonicalProofConfig`, hex. */
  proofConfigHash: string;
  /** The bytes signed: proof-configuration hash followed by document hash. */
  data: Uint8Array;
}

/** Options of {@link createVerifyData}. */
export interface CreateVerifyDataOptions {
  /** Loader for contexts beyond the bundled ones. */
  documentLoader?: DocumentLoader;
  /**
   * The suite whose transformation to apply. Default: read from the proof (`cryptosuite`, or
   * `type` for Ed25519Signature2020), else `eddsa-rdfc-2022`.
   */
  suite?: ProofSuite;
}

/**
 * Computes what an embedded proof signs: the canonical document, the canonical proof
 * configuration, their SHA-256 hashes and the concatenated data — RDFC-1.0 for
 * `eddsa-rdfc-2022`, `ecdsa-rdfc-2019` (P-256) and `Ed25519Signature2020`, JCS (RFC 8785) for
 * `eddsa-jcs-2022`. Use it to compare with another implementation when a signature does not
 * verify.
 *
 * @param credential - The credential; any `proof` on it is ignored.
 * @param proof - The proof (or proof options); `proofValue` is ignored.
 * @param options - A loader for contexts beyond the bundled ones.
 * @returns The intermediate values.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` if either argument is not an object.
 * @example
 * ```ts
 * const { canonicalDocument, documentHash } = await createVerifyData(signed, signed.proof);
 * ```
 */
export async function createVerifyData(
  credential: object,
  proof: object,
  options: CreateVerifyDataOptions = {},
): Promise<VerifyData> {
  if (!isObject(credential))
    throw new InvalidArgumentError('credential must be an object', 'credential');
  if (!isObject(proof)) throw new InvalidArgumentError('proof must be an object', 'proof');
  const documentLoader = options.documentLoader ?? createDocumentLoader();
  const { proof: _ignored, ...document } = credential as JsonObject;
  const { proofValue: _value, ...config } = proof as JsonObject;
  const suite = options.suite ?? suiteOf(proof as JsonObject);
  const canonize = (input: object) =>
    suite === 'eddsa-jcs-2022' ? Promise.resolve(canonicalizeJson(input)) : canonizeRdf(input);
  const { cryptosuite: eddsaRdfc2022 } = await import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
  const canonizeRdf = (input: object) =>
    (eddsaRdfc2022 as unknown as { canonize: (i: object, o: object) => Promise<string> }).canonize(
      input,
      {
        documentLoader,
        safe: true,
        base: null,
      },
    );
  const [canonicalDocument, canonicalProofConfig] = await Promise.all([
    canonize(document),
    canonize({ '@context': document['@context'], ...config }),
  ]);
  const [documentHash, proofConfigHash] = await Promise.all([
    sha256(canonicalDocument),
    sha256(canonicalProofConfig),
  ]);
  return {
    canonicalDocument,
    canonicalProofConfig,
    documentHash: toHex(documentHash),
    proofConfigHash: toHex(proofConfigHash),
    data: concatBytes(proofConfigHash, documentHash),
  };
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
}

function suiteOf(proof: JsonObject): ProofSuite {
  if (proof.type === 'Ed25519Signature2020') return 'Ed25519Signature2020';
  if (proof.cryptosuite === 'eddsa-jcs-2022' || proof.cryptosuite === 'ecdsa-rdfc-2019') {
    return proof.cryptosuite;
  }
  return 'eddsa-rdfc-2022';
}
