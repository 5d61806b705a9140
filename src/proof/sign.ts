import { formatDateTime, toDateTime } from '../builders/options.js';
import { createDocumentLoader } from '../context/document-loader.js';
import {
  InvalidArgumentError,
  isLerkitError,
  SigningError,
  UnsupportedError,
} from '../errors/index.js';
import { hasProtoMember, isObject, type JsonObject } from '../internal/json.js';
import { describeError, unwrapLoaderError } from './describe-error.js';
import { mandatoryPointers } from './sd-pointers.js';
import { resolveSigningKey } from './signing-key.js';
import { defaultSuite, keyName, PROOF_SUITES, SUITE_ALGORITHM, signingSuite } from './suites.js';
import type { KeyAlgorithm, ProofSuite, SignOptions } from './types.js';

/** A credential with its proof(s). */
export type Signed<T> = T & {
  /** The proof, or proofs when the credential was already signed. */
  proof: unknown;
};

/**
 * Signs a credential with an embedded Data Integrity proof — `eddsa-rdfc-2022` for Ed25519 keys
 * (the suite Open Badges 3.0 certification requires), `ecdsa-rdfc-2019` for P-256 keys, or the
 * `suite` you name: `eddsa-jcs-2022`, `ecdsa-sd-2023` (a selective-disclosure base proof for the
 * holder, who makes what verifiers see with {@link derive}), or legacy `Ed25519Signature2020`. The
 * credential is not modified; a signed copy is returned. A credential that already has proofs
 * gets one more (a proof set). For a VC-JWT, use {@link signJwt}.
 *
 * @param credential - The credential to sign (OpenBadgeCredential, EndorsementCredential,
 *   ClrCredential, any VC).
 * @param options - `key` (a local key pair) or `signer` (KMS/HSM), the suite, and `created`.
 * @returns The signed credential.
 * @throws {IssuerKeyMismatchError} `ERR_LERKIT_ISSUER_KEY_MISMATCH` when the issuer is not the key's
 *   controller (no verifier would accept the proof), unless `allowIssuerMismatch` is set.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` for a malformed key or one without its secret.
 * @throws {UnsupportedError} `ERR_LERKIT_UNSUPPORTED` for an unknown suite (including `vc-jwt`:
 *   use `signJwt`), or a key the suite cannot use (e.g. an RSA key for an embedded proof).
 * @throws {SigningError} `ERR_LERKIT_SIGNING_FAILED` when the credential cannot be signed as it is
 *   (e.g. a term its contexts do not define, a missing issuer).
 * @throws {DocumentNotFoundError} `ERR_LERKIT_DOCUMENT_NOT_FOUND` for a context nothing supplies.
 * @example
 * ```ts
 * const key = await generateKeyPair();
 * const signed = await sign(credential, { key });
 * const legacy = await sign(credential, { key, suite: 'Ed25519Signature2020' });
 * ```
 */
export async function sign<T extends object>(
  credential: T,
  options: SignOptions,
): Promise<Signed<T>> {
  checkArguments(credential, options);
  checkSuiteName(options.suite);
  const { signer } = await resolveSigningKey(credential, options);
  const suiteName = suiteFor(options.suite, signer.algorithm);
  const suite = await signingSuite(
    suiteName,
    {
      id: signer.id,
      algorithm: signer.algorithm,
      sign: ({ data }: { data: Uint8Array }) => signer.sign(data),
    },
    {
      date: createdDate(options),
      ...(suiteName === 'ecdsa-sd-2023'
        ? { mandatoryPointers: mandatoryPointers(credential as JsonObject) }
        : {}),
    },
  );
  const documentLoader = createDocumentLoader({
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
  });
  try {
    // vc.issue adds to the object it is given; give it a copy.
    const vc = await import('@digitalbazaar/vc');
    const signed = await vc.issue({
      credential: structuredClone(credential),
      suite,
      documentLoader,
    });
    return signed as Signed<T>;
  } catch (error) {
    throw signingError(error);
  }
}

function checkArguments(credential: unknown, options: unknown): void {
  if (!isObject(credential))
    throw new InvalidArgumentError('credential must be an object', 'credential');
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  if (hasProtoMember(credential)) {
    throw new SigningError(
      'The credential has a "__proto__" member; JSON processing drops it, so no signature could cover it',
    );
  }
}

function checkSuiteName(requested: unknown): void {
  if (requested === 'vc-jwt') {
    throw new UnsupportedError('A VC-JWT is not an embedded proof: sign it with signJwt()');
  }
  if (requested !== undefined && !PROOF_SUITES.includes(requested as ProofSuite)) {
    throw new UnsupportedError(
      `Unsupported proof suite "${String(requested)}" (expected ${PROOF_SUITES.join(', ')}; for a VC-JWT use signJwt)`,
    );
  }
}

// The named suite, or the key's default; it must fit the key.
function suiteFor(requested: ProofSuite | undefined, algorithm: KeyAlgorithm): ProofSuite {
  const suiteName = requested ?? defaultSuite(algorithm);
  if (!suiteName) {
    throw new UnsupportedError(
      `${algorithm} keys have no embedded proof suite; sign a VC-JWT with signJwt() (RS256)`,
    );
  }
  if (SUITE_ALGORITHM[suiteName] !== algorithm) {
    throw new UnsupportedError(
      `${suiteName} needs ${keyName(SUITE_ALGORITHM[suiteName])}, not ${algorithm}`,
    );
  }
  return suiteName;
}

function createdDate(options: SignOptions): Date {
  return options.created !== undefined
    ? new Date(toDateTime(options.created, 'created'))
    : new Date(formatDateTime(options.now ? options.now() : new Date()));
}

function signingError(error: unknown): Error {
  if (isLerkitError(error)) return error;
  const cause = unwrapLoaderError(error);
  if (isLerkitError(cause)) return cause;
  return new SigningError(`The credential could not be signed: ${describeError(error)}`, {
    cause: error,
  });
}
