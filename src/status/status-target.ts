// Which entry of a status list an issuer means: an index, a credential's credentialStatus entry, or
// the credential itself. An entry of another list, or of another purpose, is refused: changing the
// wrong bit would revoke someone else's credential.
import { InvalidArgumentError } from '../errors/index.js';
import { asArray, isObject, type JsonObject } from '../internal/json.js';
import { decodeStatusList } from './bitstring.js';
import type { StatusPurpose } from './status-list-types.js';

/**
 * An entry of a status list: its index, the credential's `credentialStatus` entry
 * (`BitstringStatusListEntry`), or the credential (whose entry for this list is used).
 */
export type StatusEntryTarget = number | object;

/** A status list credential, read: its id, purpose and bits. */
export interface ReadList {
  id: string;
  purpose: StatusPurpose;
  bits: Uint8Array;
}

/** An entry of a read list: its index and size in bits. */
export interface Located {
  index: number;
  size: number;
}

/** Reads a BitstringStatusListCredential given to the issuing API; throws for anything else. */
export async function readList(list: unknown): Promise<ReadList> {
  const subject = isObject(list) ? asArray(list.credentialSubject)[0] : undefined;
  if (
    !isObject(list) ||
    !asArray(list.type).includes('BitstringStatusListCredential') ||
    typeof list.id !== 'string' ||
    !isObject(subject) ||
    typeof subject.encodedList !== 'string'
  ) {
    throw new InvalidArgumentError(
      'list must be a BitstringStatusListCredential with an id and a credentialSubject.encodedList (as createStatusList makes it)',
      'list',
    );
  }
  const purposes = asArray(subject.statusPurpose);
  const purpose = purposes[0];
  if (
    purposes.length !== 1 ||
    !['revocation', 'suspension', 'message'].includes(purpose as string)
  ) {
    throw new InvalidArgumentError(
      'The list must have one statusPurpose: revocation, suspension or message',
      'list',
    );
  }
  const bits = await decodeStatusList(subject.encodedList, { multibase: 'required' });
  return { id: list.id, purpose: purpose as StatusPurpose, bits };
}

/**
 * The entry a target designates. The entry size is the entry's `statusSize` (the list does not
 * record it, §2.1), or `statusSize` for an index (default 1).
 */
export function locate(read: ReadList, target: StatusEntryTarget, statusSize?: number): Located {
  const entry = typeof target === 'number' ? undefined : entryOf(read.id, target);
  const size = entry?.statusSize ?? statusSize ?? 1;
  if (!Number.isInteger(size) || (size as number) < 1 || (size as number) > 8) {
    throw new InvalidArgumentError('statusSize must be an integer from 1 to 8', 'statusSize');
  }
  if (statusSize !== undefined && size !== statusSize) {
    throw new InvalidArgumentError(
      `The entry's statusSize is ${String(size)}, not ${statusSize}`,
      'statusSize',
    );
  }
  const index = entry ? indexOf(entry, read) : (target as number);
  const entries = Math.floor((read.bits.length * 8) / (size as number));
  if (!Number.isSafeInteger(index) || index < 0 || index >= entries) {
    throw new InvalidArgumentError(
      `index ${String(index)} is not an entry of ${read.id} (0 to ${entries - 1})`,
      'index',
    );
  }
  return { index, size: size as number };
}

function entryOf(listId: string, target: object): JsonObject {
  if (!isObject(target))
    throw new InvalidArgumentError('target must be an index, an entry or a credential', 'target');
  if (target.credentialStatus === undefined) return target;
  const entries = asArray(target.credentialStatus).filter(
    (e): e is JsonObject => isObject(e) && e.statusListCredential === listId,
  );
  if (entries.length !== 1) {
    throw new InvalidArgumentError(
      `The credential has ${entries.length === 0 ? 'no' : 'more than one'} credentialStatus entry for the list ${listId}`,
      'target',
    );
  }
  return entries[0] as JsonObject;
}

function indexOf(entry: JsonObject, read: ReadList): number {
  if (!asArray(entry.type).includes('BitstringStatusListEntry')) {
    throw new InvalidArgumentError('The entry is not a BitstringStatusListEntry', 'target');
  }
  if (entry.statusListCredential !== read.id) {
    throw new InvalidArgumentError(
      `The entry belongs to the list ${String(entry.statusListCredential)}, not to ${read.id}`,
      'target',
    );
  }
  if (entry.statusPurpose !== read.purpose) {
    throw new InvalidArgumentError(
      `The entry's statusPurpose is ${String(entry.statusPurpose)}, the list's is ${read.purpose}`,
      'target',
    );
  }
  const index = entry.statusListIndex;
  if (typeof index !== 'string' || !/^(0|[1-9]\d{0,14})$/.test(index)) {
    throw new InvalidArgumentError('statusListIndex must be a base-10 integer string', 'target');
  }
  return Number(index);
}
