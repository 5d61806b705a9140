// Changing entries of a status list: revoke, suspend, reinstate, or set a message value. Each
// returns a new, unsigned list credential (the old proof no longer covers it): sign it with
// signStatusList and publish it in place of the old one.
import { InvalidArgumentError } from '../errors/index.js';
import { compressBits, writeBits } from './bits.js';
import type { BitstringStatusListCredential } from './status-list-types.js';
import { locate, type ReadList, readList, type StatusEntryTarget } from './status-target.js';

/** One change: the entry, and its new value (0 clears it; 1 revokes or suspends). */
export interface StatusChange {
  /** The entry: index, credentialStatus entry, or credential. */
  target: StatusEntryTarget;
  /** The new value, from 0 to 2^statusSize − 1. */
  value: number;
}

/** Options of {@link reinstateStatusEntry}. */
export interface ReinstateOptions {
  /**
   * Clear a `revocation` entry. The spec calls revocation not reversible (§2.1 statusPurpose):
   * verifiers may have recorded it, and will not all see it undone. Use this only to correct a
   * revocation made in error; for a temporary hold, use a `suspension` list.
   */
  undoRevocation?: boolean;
}

/** Options of {@link setStatusEntries}. */
export interface SetStatusOptions {
  /** Bits per entry, for targets given as indexes (entries carry their own). Default 1. */
  statusSize?: number;
}

/**
 * Sets entries of a status list to new values, all at once. Returns a new list credential without
 * proof: the input is not changed.
 *
 * @param list - The BitstringStatusListCredential (signed or not).
 * @param changes - The entries and their new values.
 * @param options - The entry size, for indexes into a `message` list.
 * @returns The updated list credential, unsigned ({@link signStatusList} signs it).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a list that is not a status list
 *   credential, an entry of another list or purpose, an index outside it, or a value that does not
 *   fit the entry size.
 * @example
 * ```ts
 * const updated = await setStatusEntries(list, [{ target: 94567, value: 1 }, { target: 12, value: 1 }]);
 * ```
 */
export async function setStatusEntries(
  list: BitstringStatusListCredential,
  changes: readonly StatusChange[],
  options: SetStatusOptions = {},
): Promise<BitstringStatusListCredential> {
  if (!Array.isArray(changes))
    throw new InvalidArgumentError('changes must be an array', 'changes');
  return write(list, await readList(list), changes, options.statusSize);
}

async function write(
  list: BitstringStatusListCredential,
  read: ReadList,
  changes: readonly StatusChange[],
  statusSize: number | undefined,
): Promise<BitstringStatusListCredential> {
  for (const change of changes) {
    const { index, size } = locate(read, change.target, statusSize);
    const max = 2 ** size - 1;
    if (!Number.isInteger(change.value) || change.value < 0 || change.value > max) {
      throw new InvalidArgumentError(`value must be an integer from 0 to ${max}`, 'value');
    }
    writeBits(read.bits, index, size, change.value);
  }
  const { proof: _proof, ...unsigned } = structuredClone(list);
  unsigned.credentialSubject.encodedList = await compressBits(read.bits);
  return unsigned;
}

/**
 * Revokes a credential: sets its entry of a `revocation` list.
 *
 * @param list - The revocation list credential.
 * @param target - The entry: index, credentialStatus entry, or the credential.
 * @returns The updated list, unsigned.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` when the list is not a revocation
 *   list, or the entry is not one of its entries.
 * @example
 * ```ts
 * const updated = await revokeStatusEntry(list, badge); // the badge's credentialStatus
 * const published = await signStatusList(updated, { key });
 * ```
 */
export async function revokeStatusEntry(
  list: BitstringStatusListCredential,
  target: StatusEntryTarget,
): Promise<BitstringStatusListCredential> {
  return write(
    list,
    await expectPurpose(list, 'revocation', 'revoke'),
    [{ target, value: 1 }],
    undefined,
  );
}

/**
 * Suspends a credential: sets its entry of a `suspension` list (reinstate it later).
 *
 * @param list - The suspension list credential.
 * @param target - The entry: index, credentialStatus entry, or the credential.
 * @returns The updated list, unsigned.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` when the list is not a suspension
 *   list, or the entry is not one of its entries.
 * @example
 * ```ts
 * const updated = await suspendStatusEntry(suspensions, badge);
 * ```
 */
export async function suspendStatusEntry(
  list: BitstringStatusListCredential,
  target: StatusEntryTarget,
): Promise<BitstringStatusListCredential> {
  return write(
    list,
    await expectPurpose(list, 'suspension', 'suspend'),
    [{ target, value: 1 }],
    undefined,
  );
}

/**
 * Reinstates a credential: clears its entry of a `suspension` list (or, with `undoRevocation`, of a
 * `revocation` list).
 *
 * @param list - The suspension (or revocation) list credential.
 * @param target - The entry: index, credentialStatus entry, or the credential.
 * @param options - `undoRevocation: true` to clear a revocation made in error.
 * @returns The updated list, unsigned.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a revocation list without
 *   `undoRevocation`, a `message` list, or an entry that is not one of the list's.
 * @example
 * ```ts
 * const updated = await reinstateStatusEntry(suspensions, badge);
 * ```
 */
export async function reinstateStatusEntry(
  list: BitstringStatusListCredential,
  target: StatusEntryTarget,
  options: ReinstateOptions = {},
): Promise<BitstringStatusListCredential> {
  const read = await readList(list);
  if (read.purpose === 'message') {
    throw new InvalidArgumentError(
      'A message list has values, not a reinstatement: use setStatusEntries',
      'list',
    );
  }
  if (read.purpose === 'revocation' && options.undoRevocation !== true) {
    throw new InvalidArgumentError(
      'Revocation is not reversible (Bitstring Status List §2.1): pass undoRevocation: true only to correct a revocation made in error',
      'undoRevocation',
    );
  }
  return write(list, read, [{ target, value: 0 }], undefined);
}

async function expectPurpose(
  list: BitstringStatusListCredential,
  purpose: 'revocation' | 'suspension',
  verb: string,
): Promise<ReadList> {
  const read = await readList(list);
  if (read.purpose !== purpose) {
    throw new InvalidArgumentError(
      `Cannot ${verb} in a ${read.purpose} list: use a ${purpose} list`,
      'list',
    );
  }
  return read;
}
