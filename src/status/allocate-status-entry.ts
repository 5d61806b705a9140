// Allocating entries of a status list to new credentials: at random, never twice (W3C Bitstring
// Status List v1.0 §Privacy Considerations: an index given out in order tells a verifier when, and
// after whom, a credential was issued; a random one does not). The state is JSON in, JSON out.
import { InvalidArgumentError, StatusListFullError } from '../errors/index.js';
import { type ReadAllocation, readAllocation } from './allocation-state.js';
import { bytesToBase64url, popcount } from './bits.js';
import type { BitstringStatusListEntry, StatusListAllocation } from './status-list-types.js';

/**
 * A source of uniformly random integers in `[0, bound)`. Default: `crypto.getRandomValues`, with
 * rejection so every value is equally likely. Inject one only to make tests reproducible.
 */
export type RandomIndex = (bound: number) => number;

/** Options of {@link allocateStatusEntry} and {@link allocateStatusEntries}. */
export interface AllocateOptions {
  /** The random source (default: WebCrypto). */
  random?: RandomIndex;
}

/** One allocated entry: its index and the `credentialStatus` to put in the credential. */
export interface AllocatedEntry {
  /** The entry's index in the list. */
  index: number;
  /** The credential's `credentialStatus` (§2.1 BitstringStatusListEntry). */
  credentialStatus: BitstringStatusListEntry;
}

/** The result of {@link allocateStatusEntry}: the entry, and the state to store in place of the old. */
export interface Allocation extends AllocatedEntry {
  /** The new state: store it before issuing the credential. */
  allocation: StatusListAllocation;
}

/**
 * Allocates one entry of a status list to a new credential: a random index not allocated before,
 * and the `credentialStatus` object that points at it. Pure: the state you pass is not changed;
 * store the returned `allocation` (before you issue the credential, so a crash cannot hand the
 * index out again).
 *
 * @param allocation - The list's allocation state (from {@link createStatusList} or a previous call).
 * @param options - A random source, for reproducible tests.
 * @returns The index, the `credentialStatus`, and the new state.
 * @throws {StatusListFullError} `ERR_LERKIT_STATUS_LIST_FULL` when every entry is taken: create
 *   another list.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a state that is not one (or was
 *   corrupted: its count disagrees with its bitmap).
 * @example
 * ```ts
 * const { allocation: next, credentialStatus } = allocateStatusEntry(allocation);
 * await db.saveAllocation(next);
 * const badge = createOpenBadgeCredential({ ...input, credentialStatus });
 * ```
 */
export function allocateStatusEntry(
  allocation: StatusListAllocation,
  options: AllocateOptions = {},
): Allocation {
  const { allocation: next, entries } = allocateStatusEntries(allocation, 1, options);
  return { ...(entries[0] as AllocatedEntry), allocation: next };
}

/**
 * Allocates `count` entries at once (a batch of credentials), each a random index never allocated
 * before, as {@link allocateStatusEntry} does one.
 *
 * @param allocation - The list's allocation state.
 * @param count - How many entries (at least 1).
 * @param options - A random source, for reproducible tests.
 * @returns The entries, in the order allocated, and the new state.
 * @throws {StatusListFullError} `ERR_LERKIT_STATUS_LIST_FULL` when fewer than `count` entries are
 *   left (nothing is allocated).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a bad state or count.
 * @example
 * ```ts
 * const { allocation: next, entries } = allocateStatusEntries(allocation, students.length);
 * ```
 */
export function allocateStatusEntries(
  allocation: StatusListAllocation,
  count: number,
  options: AllocateOptions = {},
): {
  /** The new allocation state: store it in place of the one passed. */
  allocation: StatusListAllocation;
  /** The entries handed out, in order. */
  entries: AllocatedEntry[];
} {
  const read = readAllocation(allocation);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new InvalidArgumentError('count must be a positive integer', 'count');
  }
  const { state } = read;
  const free = state.length - state.allocated;
  if (count > free) {
    throw new StatusListFullError(
      state.statusListCredential,
      `The status list ${state.statusListCredential} has ${free} of its ${state.length} entries left, fewer than the ${count} asked for: create another list`,
    );
  }
  const random = options.random ?? cryptoRandom;
  const used = read.used; // freshly decoded: ours to change
  const entries: AllocatedEntry[] = [];
  for (let i = 0; i < count; i++) {
    const index = pick({ state, used }, state.length - state.allocated - i, random);
    used[index >> 3] = (used[index >> 3] as number) | (0x80 >> (index & 7));
    entries.push({ index, credentialStatus: entryOf(state, index) });
  }
  return {
    allocation: {
      ...structuredClone(state),
      allocated: state.allocated + count,
      used: bytesToBase64url(used),
    },
    entries,
  };
}

/** The credentialStatus of entry `index` (§2.1). */
export function entryOf(state: StatusListAllocation, index: number): BitstringStatusListEntry {
  const entry: BitstringStatusListEntry = {
    id: `${state.statusListCredential}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: state.statusPurpose,
    statusListIndex: String(index),
    statusListCredential: state.statusListCredential,
  };
  if (state.statusSize > 1) entry.statusSize = state.statusSize;
  if (state.statusMessage) entry.statusMessage = structuredClone(state.statusMessage);
  if (state.statusReference !== undefined)
    entry.statusReference = structuredClone(state.statusReference);
  return entry;
}

// A uniformly random free index. While most of the list is free, draw and retry (each draw is free
// with probability ≥ 1/4); otherwise take the r-th free index for a uniform r: both are uniform over
// the free indexes, and the second stays linear however full the list is.
function pick({ state, used }: ReadAllocation, free: number, random: RandomIndex): number {
  const { length } = state;
  if (free * 4 >= length) {
    for (let attempt = 0; attempt < 32; attempt++) {
      const index = draw(random, length);
      if (((used[index >> 3] as number) & (0x80 >> (index & 7))) === 0) return index;
    }
  }
  let rank = draw(random, free);
  for (let byte = 0; byte * 8 < length; byte++) {
    const value = used[byte] as number;
    const width = Math.min(8, length - byte * 8);
    const freeHere = width - popcount(value);
    if (rank >= freeHere) {
      rank -= freeHere;
      continue;
    }
    for (let bit = 0; bit < width; bit++) {
      if ((value & (0x80 >> bit)) === 0 && rank-- === 0) return byte * 8 + bit;
    }
  }
  throw new Error('unreachable: the free count disagrees with the bitmap');
}

function draw(random: RandomIndex, bound: number): number {
  const value = random(bound);
  if (!Number.isInteger(value) || value < 0 || value >= bound) {
    throw new InvalidArgumentError(
      `random(${bound}) returned ${String(value)}, not an integer in [0, ${bound})`,
      'random',
    );
  }
  return value;
}

// Uniform in [0, bound) for bound ≤ 2^32: 32 random bits, rejecting the top partial range.
function cryptoRandom(bound: number): number {
  const limit = 2 ** 32 - (2 ** 32 % bound);
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] as number;
    if (value < limit) return value % bound;
  }
}
