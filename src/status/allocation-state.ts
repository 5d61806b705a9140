// Reading an allocation state back from storage: it is JSON the caller kept, so it is checked
// before it is trusted to hand out entries (a corrupted state could hand one out twice).
import { InvalidArgumentError } from '../errors/index.js';
import { isObject } from '../internal/json.js';
import { base64urlToBytes, countBits } from './bits.js';
import { MAX_STATUS_LIST_BYTES } from './bitstring.js';
import type { StatusListAllocation } from './status-list-types.js';

/** An allocation state and its bitmap of taken entries, checked. */
export interface ReadAllocation {
  state: StatusListAllocation;
  used: Uint8Array;
}

/** Checks an allocation state; throws a typed error naming what is wrong. */
export function readAllocation(value: unknown): ReadAllocation {
  const bad = (why: string) =>
    new InvalidArgumentError(
      `allocation is not a status list allocation state: ${why}`,
      'allocation',
    );
  if (!isObject(value) || value.type !== 'StatusListAllocation' || value.version !== 1) {
    throw bad(
      'expected { type: "StatusListAllocation", version: 1, … } as createStatusList returns it',
    );
  }
  const { length, statusSize, allocated } = value;
  if (typeof value.statusListCredential !== 'string') throw bad('no statusListCredential');
  if (!['revocation', 'suspension', 'message'].includes(value.statusPurpose as string)) {
    throw bad('statusPurpose must be revocation, suspension or message');
  }
  if (
    !Number.isSafeInteger(length) ||
    (length as number) < 1 ||
    (length as number) > MAX_STATUS_LIST_BYTES * 8
  ) {
    throw bad('length must be a positive integer');
  }
  if (!Number.isInteger(statusSize) || (statusSize as number) < 1 || (statusSize as number) > 8) {
    throw bad('statusSize must be 1 to 8');
  }
  const used = bitmapOf(value.used, length as number);
  if (used === undefined)
    throw bad(`used must be base64url of ${Math.ceil((length as number) / 8)} bytes`);
  const count = countBits(used);
  if (allocated !== count)
    throw bad(`allocated is ${String(allocated)} but ${count} entries are marked used`);
  return { state: value as unknown as StatusListAllocation, used };
}

function bitmapOf(value: unknown, length: number): Uint8Array | undefined {
  const bytes = typeof value === 'string' ? base64urlToBytes(value) : undefined;
  if (bytes === undefined || bytes.length !== Math.ceil(length / 8)) return undefined;
  // Bits past the last entry are never taken.
  const spare = bytes.length * 8 - length;
  if (spare > 0 && ((bytes[bytes.length - 1] as number) & ((1 << spare) - 1)) !== 0)
    return undefined;
  return bytes;
}
