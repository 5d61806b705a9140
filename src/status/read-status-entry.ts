// Reading entries of a status list, as its issuer: what one credential's entry says, or which
// entries are set. No proof is checked: this is your own list (verify() checks other people's).
import { asArray, isObject } from '../internal/json.js';
import { readBits } from './bitstring.js';
import type { BitstringStatusListCredential, StatusPurpose } from './status-list-types.js';
import { locate, readList, type StatusEntryTarget } from './status-target.js';

/** What an entry of a status list says. */
export interface StatusEntryState {
  /** The entry's index. */
  index: number;
  /** The list's purpose. */
  statusPurpose: StatusPurpose;
  /** The entry's value (0: not revoked, not suspended, or the first message). */
  value: number;
  /** Whether the value is not 0: revoked for a revocation list, suspended for a suspension list. */
  set: boolean;
  /** For a `message` entry given with its statusMessage: the message of its value. */
  message?: string;
}

/** Options of {@link readStatusEntry} and {@link readStatusList}. */
export interface ReadStatusOptions {
  /** Bits per entry, for indexes into a `message` list. Default 1. */
  statusSize?: number;
}

/** A summary of a status list: what it is, and its set entries. */
export interface StatusListSummary {
  /** The list's URL. */
  id: string;
  /** The list's issuer id. */
  issuer: string | undefined;
  /** What a set value means in the list. */
  statusPurpose: StatusPurpose;
  /** Number of entries (of `statusSize` bits). */
  entries: number;
  /** Entries whose value is not 0, by index. */
  set: {
    /** The entry's index. */
    index: number;
    /** Its value (1 for a revoked or suspended entry). */
    value: number;
  }[];
  /** When it became valid, as written. */
  validFrom?: string;
  /** When it stops being valid, as written. */
  validUntil?: string;
  /** Whether it carries a proof (it is not verified here). */
  signed: boolean;
}

/**
 * Reads one entry of your status list: its value, and whether it is set (revoked, suspended).
 *
 * @param list - The BitstringStatusListCredential.
 * @param target - The entry: index, credentialStatus entry, or the credential.
 * @param options - The entry size, for indexes into a `message` list.
 * @returns What the entry says.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a list that is not a status list,
 *   or an entry that is not one of its entries.
 * @example
 * ```ts
 * const { set } = await readStatusEntry(list, badge); // true: revoked
 * ```
 */
export async function readStatusEntry(
  list: BitstringStatusListCredential,
  target: StatusEntryTarget,
  options: ReadStatusOptions = {},
): Promise<StatusEntryState> {
  const read = await readList(list);
  const { index, size } = locate(read, target, options.statusSize);
  const value = readBits(read.bits, index, size);
  const state: StatusEntryState = { index, statusPurpose: read.purpose, value, set: value !== 0 };
  const message = messageOf(target, read.id, value);
  if (message !== undefined) state.message = message;
  return state;
}

/**
 * Summarises your status list: its purpose, size and validity, and every entry that is set.
 *
 * @param list - The BitstringStatusListCredential.
 * @param options - The entry size of a `message` list.
 * @returns The summary.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a list that is not a status list.
 * @example
 * ```ts
 * const { set } = await readStatusList(list);
 * console.log(`${set.length} revoked`);
 * ```
 */
export async function readStatusList(
  list: BitstringStatusListCredential,
  options: ReadStatusOptions = {},
): Promise<StatusListSummary> {
  const read = await readList(list);
  const size = options.statusSize ?? 1;
  const entries = Math.floor((read.bits.length * 8) / size);
  const set: StatusListSummary['set'] = [];
  for (let index = 0; index < entries; index++) {
    // Skip whole zero bytes of 1-bit lists quickly.
    if (size === 1 && (index & 7) === 0 && read.bits[index >> 3] === 0) {
      index += 7;
      continue;
    }
    const value = readBits(read.bits, index, size);
    if (value !== 0) set.push({ index, value });
  }
  const issuer = isObject(list.issuer) ? list.issuer.id : list.issuer;
  const summary: StatusListSummary = {
    id: read.id,
    issuer: typeof issuer === 'string' ? issuer : undefined,
    statusPurpose: read.purpose,
    entries,
    set,
    signed: list.proof !== undefined,
  };
  if (typeof list.validFrom === 'string') summary.validFrom = list.validFrom;
  if (typeof list.validUntil === 'string') summary.validUntil = list.validUntil;
  return summary;
}

function messageOf(target: StatusEntryTarget, listId: string, value: number): string | undefined {
  if (typeof target === 'number' || !isObject(target)) return undefined;
  const entry =
    target.credentialStatus === undefined
      ? target
      : asArray(target.credentialStatus).find(
          (e) => isObject(e) && e.statusListCredential === listId,
        );
  if (!isObject(entry)) return undefined;
  const status = `0x${value.toString(16)}`;
  const found = asArray(entry.statusMessage).find(
    (m) => isObject(m) && typeof m.status === 'string' && m.status.toLowerCase() === status,
  );
  return isObject(found) && typeof found.message === 'string' ? found.message : undefined;
}
