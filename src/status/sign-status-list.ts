// Signing (and re-signing, after every change) a status list credential with lerkit's sign: the
// list must be signed by its issuer, or verifiers refuse it (STATUS_LIST_UNSIGNED,
// STATUS_LIST_ISSUER_MISMATCH).
import { type DateInput, toDateTime } from '../builders/options.js';
import { InvalidArgumentError } from '../errors/index.js';
import { isObject } from '../internal/json.js';
import { type Signed, sign } from '../proof/sign.js';
import type { ProofSuite, SignOptions } from '../proof/types.js';
import type { BitstringStatusListCredential } from './status-list-types.js';

/** Options of {@link signStatusList}: how to sign, and optionally new validity dates. */
export interface SignStatusListOptions extends Omit<SignOptions, 'suite'> {
  /** An embedded proof suite (default by key type). VC-JWT lists are not made here. */
  suite?: Exclude<SignOptions['suite'], 'vc-jwt'>;
  /** A new start of validity (e.g. now, when publishing a change). */
  validFrom?: DateInput;
  /** A new end of validity; `null` removes it. */
  validUntil?: DateInput | null;
}

/**
 * Signs a status list credential, replacing any proof it has: call it after every change, then
 * publish the result at the list's URL. Optionally sets new validity dates (a list with a
 * `validUntil` must be re-signed before then, or verifiers refuse it).
 *
 * @param list - The list credential ({@link createStatusList}, {@link revokeStatusEntry}, …).
 * @param options - `key` (or `signer`) of the list's issuer, `created`, new `validFrom`/`validUntil`.
 * @returns The signed list credential.
 * @throws {IssuerKeyMismatchError} `ERR_LERKIT_ISSUER_KEY_MISMATCH` when the key is not the
 *   issuer's.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a list that is not an object or
 *   bad dates.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` for a key without its secret.
 * @example
 * ```ts
 * const published = await signStatusList(await revokeStatusEntry(list, badge), { key });
 * ```
 */
export async function signStatusList(
  list: BitstringStatusListCredential,
  options: SignStatusListOptions,
): Promise<Signed<BitstringStatusListCredential>> {
  if (!isObject(list)) throw new InvalidArgumentError('list must be an object', 'list');
  if (!isObject(options)) throw new InvalidArgumentError('options must be an object', 'options');
  const { validFrom, validUntil, ...signing } = options as SignStatusListOptions;
  const { proof: _proof, ...unsigned } = structuredClone(list);
  if (validFrom !== undefined) unsigned.validFrom = toDateTime(validFrom, 'validFrom');
  if (validUntil === null) delete unsigned.validUntil;
  else if (validUntil !== undefined) unsigned.validUntil = toDateTime(validUntil, 'validUntil');
  if (
    unsigned.validUntil !== undefined &&
    Date.parse(unsigned.validUntil) <= Date.parse(unsigned.validFrom)
  ) {
    throw new InvalidArgumentError('validUntil must be after validFrom', 'validUntil');
  }
  return sign(unsigned, signing as SignOptions & { suite?: ProofSuite }) as Promise<
    Signed<BitstringStatusListCredential>
  >;
}
