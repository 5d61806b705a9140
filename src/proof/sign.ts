import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { formatDateTime, toDateTime } from '../build/options.js';
import { createDocumentLoader } from '../context/document-loader.js';
import {
  InvalidArgumentError,
  IssuerKeyMismatchError,
  isLerkitError,
  SigningError,
  UnsupportedError,
} from '../errors/index.js';
import { idOf, isObject, type JsonObject } from '../internal/json.js';
import { createSigner } from './keys.js';
import type { Signer, SignOptions } from './types.js';

/** A credential with its proof(s). */
export type Signed<T> = T & {
  /** The proof, or proofs when the credential was already signed. */
  proof: unknown;
};

/**
 * Signs a credential with an embedded Data Integrity proof (`eddsa-rdfc-2022` by default, the
 * suite Open Badges 3.0 certification requires). The credential is not modified; a signed copy
 * is returned. A credential that already has proofs gets one more (a proof set).
 *
 * @param credential - The credential to sign (OpenBadgeCredential, EndorsementCredential,
 *   ClrCredential, any VC).
 * @param options - `key` (a local key pair) or `signer` (KMS/HSM), the suite, and `created`.
 * @returns The signed credential.
 * @throws {IssuerKeyMismatchError} `ERR_LERKIT_ISSUER_KEY_MISMATCH` when the issuer is not the key's
 *   controller (no verifier would accept the proof), unless `allowIssuerMismatch` is set.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` for a malformed key or one without its secret.
 * @throws {SigningError} `ERR_LERKIT_SIGNING_FAILED` when the credential cannot be signed as it is
 *   (e.g. a term its contexts do not define, a missing issuer).
 * @throws {DocumentNotFoundError} `ERR_LERKIT_DOCUMENT_NOT_FOUND` for a context nothing supplies.
 * @example
 * ```ts
 * const key = await generateKeyPair();
 * const signed = await sign(credential, { key });
 * ```
 */
export async function sign<T extends object>(
  credential: T,
  options: SignOptions,
): Promise<Signed<T>> {
  if (!isObject(credential))
    throw new InvalidArgumentError('credential must be an object', 'credential');
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const suiteName = options.suite ?? 'eddsa-rdfc-2022';
  if (suiteName !== 'eddsa-rdfc-2022')
    throw new UnsupportedError(`Unsupported proof suite "${suiteName}"`);

  let signer: Signer;
  let controller: string | undefined;
  if (options.signer) {
    signer = options.signer;
    if (typeof signer.id !== 'string' || typeof signer.sign !== 'function') {
      throw new InvalidArgumentError('signer needs an id and a sign(data) function', 'signer');
    }
    controller = options.controller ?? signer.id.split('#')[0];
  } else if (options.key) {
    signer = await createSigner(options.key);
    controller = options.key.controller;
  } else {
    throw new InvalidArgumentError('Pass a `key` or a `signer`', 'key');
  }
  if (signer.algorithm !== 'Ed25519') {
    throw new UnsupportedError(`${suiteName} needs an Ed25519 key, not ${signer.algorithm}`);
  }

  const issuerId = idOf((credential as JsonObject).issuer);
  if (issuerId !== controller && !options.allowIssuerMismatch) {
    throw new IssuerKeyMismatchError(issuerId, controller);
  }

  const created =
    options.created !== undefined
      ? new Date(toDateTime(options.created, 'created'))
      : new Date(formatDateTime(options.now ? options.now() : new Date()));
  const suite = new DataIntegrityProof({
    signer: {
      id: signer.id,
      algorithm: signer.algorithm,
      sign: ({ data }: { data: Uint8Array }) => signer.sign(data),
    },
    cryptosuite: eddsaRdfc2022,
    date: created,
  });
  const documentLoader = createDocumentLoader({
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
  });
  try {
    // vc.issue adds to the object it is given; give it a copy.
    const signed = await vc.issue({
      credential: structuredClone(credential),
      suite,
      documentLoader,
    });
    return signed as Signed<T>;
  } catch (error) {
    if (isLerkitError(error)) throw error;
    const cause = unwrapLoaderError(error);
    if (isLerkitError(cause)) throw cause;
    throw new SigningError(`The credential could not be signed: ${describeError(error)}`, {
      cause: error,
    });
  }
}

// jsonld.js wraps loader failures; surface lerkit's own error (e.g. the unknown context URL).
function unwrapLoaderError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && isObject(current); depth++) {
    if (isLerkitError(current)) return current;
    const next =
      (current as { cause?: unknown; details?: { cause?: unknown } }).details?.cause ??
      (current as { cause?: unknown }).cause;
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/** A readable message for errors thrown by jsonld.js and the @digitalbazaar libraries. */
export function describeError(error: unknown): string {
  if (!isObject(error) && !(error instanceof Error)) return String(error);
  const e = error as {
    message?: string;
    details?: { event?: { message?: string; details?: JsonObject } };
  };
  const event = e.details?.event;
  if (event) {
    // Safe-mode JSON-LD events name what was dropped: a property, a type, a relative IRI.
    const details = event.details ?? {};
    const subject = ['property', 'term', 'type', 'value', 'id']
      .filter((k) => typeof details[k] === 'string')
      .map((k) => `${k} "${details[k]}"`)[0];
    return `${event.message ?? e.message ?? 'JSON-LD error'}${subject ? ` (${subject})` : ''}`;
  }
  return e.message ?? String(error);
}
