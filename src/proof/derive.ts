// Selective disclosure with ecdsa-sd-2023 (W3C vc-di-ecdsa §3.5): the issuer signs a base proof
// (sign with `suite: 'ecdsa-sd-2023'`) and gives the credential to the holder; the holder derives
// a credential that discloses only what a verifier needs — the issuer's mandatory statements plus
// what the holder selects — and verifiers check the derived proof. No key is needed to derive.
import { createDocumentLoader } from '../context/document-loader.js';
import type { DocumentLoader } from '../context/types.js';
import { InvalidArgumentError, isLerkitError, SigningError } from '../errors/index.js';
import { asArray, hasProtoMember, isObject, type JsonObject } from '../internal/json.js';
import { describeError, unwrapLoaderError } from './describe-error.js';

/** Options of {@link derive}. */
export interface DeriveOptions {
  /**
   * JSON Pointers (RFC 6901) of what to disclose besides the issuer's mandatory statements, e.g.
   * `/credentialSubject/result/0`. A pointer to an object discloses all of it; the ids and types on
   * the path to it are disclosed too.
   */
  selectivePointers: readonly string[];
  /** Loader for contexts the credential uses beyond the bundled ones. */
  documentLoader?: DocumentLoader;
  /** Extra documents by URL (e.g. a custom context). */
  resources?: Readonly<Record<string, unknown>>;
}

/**
 * Derives a selectively disclosed credential from one with an `ecdsa-sd-2023` base proof: the
 * result carries only the issuer's mandatory statements and those `selectivePointers` name, with a
 * derived proof a verifier checks like any other. What is left out cannot be recovered from the
 * result, and the verifier cannot tell an omitted optional field from one never issued.
 *
 * @param credential - A credential signed with `suite: 'ecdsa-sd-2023'` (its base proof).
 * @param options - `selectivePointers`, and loaders for contexts beyond the bundled ones.
 * @returns The derived credential.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` when the credential has no
 *   ecdsa-sd-2023 proof, or a pointer is not a JSON Pointer.
 * @throws {SigningError} `ERR_LERKIT_SIGNING_FAILED` when the proof is not a base proof (already
 *   derived) or a pointer selects nothing in the credential.
 * @throws {DocumentNotFoundError} `ERR_LERKIT_DOCUMENT_NOT_FOUND` for a context nothing supplies.
 * @example
 * ```ts
 * const base = await sign(credential, { key: p256Key, suite: 'ecdsa-sd-2023' });
 * const shown = await derive(base, { selectivePointers: ['/credentialSubject/result/0'] });
 * ```
 */
export async function derive<T extends object>(
  credential: T,
  options: DeriveOptions,
): Promise<JsonObject> {
  const selectivePointers = checkDeriveArguments(credential, options);
  const documentLoader = createDocumentLoader({
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
  });
  const [{ DataIntegrityProof }, { createDiscloseCryptosuite }, { default: jsigs }] =
    await Promise.all([
      import('@digitalbazaar/data-integrity'),
      import('@digitalbazaar/ecdsa-sd-2023-cryptosuite'),
      import('jsonld-signatures'),
    ]);
  const suite = new DataIntegrityProof({
    cryptosuite: createDiscloseCryptosuite({ selectivePointers }),
  });
  try {
    return await jsigs.derive(structuredClone(credential), {
      suite,
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader,
    });
  } catch (error) {
    throw deriveError(error);
  }
}

function deriveError(error: unknown): Error {
  if (isLerkitError(error)) return error;
  const cause = unwrapLoaderError(error);
  if (isLerkitError(cause)) return cause;
  const message = describeError(error);
  // Pointers select in the credential's compacted JSON-LD form (vc-di-ecdsa §3.4.11
  // selectJsonLd). A term whose context definition does not survive compaction — CLR 2.0's
  // `verifiableCredential` and `achievement` coerce node values to a datatype — is not there.
  const hint = /JSON pointer .* does not match document/.test(message)
    ? '. The pointer selects nothing in the credential as JSON-LD compaction writes it: it names a value that is not there, or a term whose context does not round-trip (CLR 2.0 verifiableCredential and achievement items cannot be selected one by one; select their parent)'
    : '';
  return new SigningError(`The credential could not be derived: ${message}${hint}`, {
    cause: error,
  });
}

function checkDeriveArguments(credential: unknown, options: DeriveOptions): string[] {
  if (!isObject(credential)) {
    throw new InvalidArgumentError('credential must be an object', 'credential');
  }
  if (hasProtoMember(credential)) {
    throw new InvalidArgumentError('The credential has a "__proto__" member', 'credential');
  }
  const hasBase = asArray(credential.proof).some(
    (proof) => isObject(proof) && proof.cryptosuite === 'ecdsa-sd-2023',
  );
  if (!hasBase) {
    throw new InvalidArgumentError(
      'The credential has no ecdsa-sd-2023 proof to derive from (sign it with suite: "ecdsa-sd-2023")',
      'credential',
    );
  }
  const pointers = options?.selectivePointers;
  if (!Array.isArray(pointers) || pointers.some((p) => typeof p !== 'string' || !/^\/./.test(p))) {
    throw new InvalidArgumentError(
      'selectivePointers must be an array of JSON Pointers such as "/credentialSubject/result/0"',
      'selectivePointers',
    );
  }
  return [...pointers];
}
