// The compressed bitstrings of W3C Bitstring Status List v1.0 (and its predecessor StatusList2021):
// GZIP, then base64url — with the multibase `u` prefix for BitstringStatusList. Bit 0 is the
// left-most (most significant) bit of the first byte.
import { InvalidArgumentError } from '../errors/index.js';
import { decompress } from '../internal/decompress.js';
import { fromBase64url, toBase64url } from '../internal/encoding.js';

/** The smallest bitstring the spec allows (16 KiB), so one credential cannot be told apart by it. */
export const MIN_STATUS_LIST_BITS = 131_072;

/** The largest decompressed bitstring lerkit reads (a compression bomb stops here). */
export const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

/**
 * Why an encoded list could not be read: not base64url, not GZIP, or larger than the size cap once
 * decompressed (`tooLarge`). An `ERR_LERKIT_INVALID_ARGUMENT` error (field `encodedList`).
 */
export class StatusListDecodeError extends InvalidArgumentError {
  /** Whether the list is over the size cap (a limit), not malformed. */
  readonly tooLarge: boolean;

  /**
   * @param message - What is wrong with the encoded list.
   * @param tooLarge - Whether the list is over the size cap.
   */
  constructor(message: string, tooLarge = false) {
    super(message, 'encodedList');
    // Set here, not from the class name: the published build is minified.
    this.name = 'StatusListDecodeError';
    this.tooLarge = tooLarge;
  }
}

/** Options of {@link decodeStatusList}. */
export interface DecodeStatusListOptions {
  /**
   * Whether the multibase `u` prefix must be there (`required`: Bitstring Status List v1.0 §2.2
   * `encodedList` is multibase) or may be (`optional`, the default: StatusList2021 lists have none).
   */
  multibase?: 'required' | 'optional';
  /** The most bytes the list may decompress to (default {@link MAX_STATUS_LIST_BYTES}). */
  maxBytes?: number;
}

/**
 * Decodes an `encodedList` (of a BitstringStatusListCredential or StatusList2021Credential) into
 * its bits: the multibase `u` prefix, base64url, GZIP (Bitstring Status List v1.0 §Bitstring
 * Expansion Algorithm). Bit 0 is the left-most bit of the first byte. The output is capped at
 * `maxBytes` (default {@link MAX_STATUS_LIST_BYTES}), so a compression bomb stops there.
 *
 * @param encodedList - The `credentialSubject.encodedList` of a status list credential.
 * @param options - Whether the multibase prefix is required (default: optional), the size cap.
 * @returns The uncompressed bitstring.
 * @throws {StatusListDecodeError} `ERR_LERKIT_INVALID_ARGUMENT` when it is not base64url GZIP
 *   data (with the prefix, when required), or decompresses beyond the cap (`tooLarge`).
 * @example
 * ```ts
 * const bits = await decodeStatusList(await encodeStatusList({ set: [0] }));
 * bits[0]; // 0x80: entry 0 is set
 * ```
 */
export async function decodeStatusList(
  encodedList: string,
  options: DecodeStatusListOptions = {},
): Promise<Uint8Array> {
  if (typeof encodedList !== 'string')
    throw new StatusListDecodeError('encodedList must be a string');
  let text = encodedList;
  if (text.startsWith('u')) {
    // `u` is also a base64url character: it is the multibase prefix only if GZIP follows.
    const rest = safeBase64url(text.slice(1));
    if (rest && rest[0] === 0x1f && rest[1] === 0x8b) text = text.slice(1);
    else if (options.multibase === 'required') {
      throw new StatusListDecodeError('encodedList is not multibase base64url GZIP data');
    }
  } else if (options.multibase === 'required') {
    throw new StatusListDecodeError(
      'encodedList must be multibase base64url (start with "u"), as Bitstring Status List requires',
    );
  }
  const compressed = safeBase64url(text);
  if (!compressed) throw new StatusListDecodeError('encodedList is not base64url');
  if (compressed[0] !== 0x1f || compressed[1] !== 0x8b) {
    throw new StatusListDecodeError('encodedList is not GZIP-compressed');
  }
  return gunzip(compressed, options.maxBytes ?? MAX_STATUS_LIST_BYTES);
}

function safeBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return undefined;
  try {
    return fromBase64url(text.replace(/=+$/, ''));
  } catch {
    return undefined;
  }
}

async function gunzip(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const result = await decompress(data, 'gzip', limit);
  if (result.ok) return result.bytes;
  throw result.reason === 'limit'
    ? new StatusListDecodeError(`the decompressed list exceeds ${limit} bytes`, true)
    : new StatusListDecodeError(`encodedList is not valid GZIP: ${result.message}`);
}

/** The value of `size` bits at position `index` (0 = left-most bit of the first byte). */
export function readBits(bits: Uint8Array, index: number, size = 1): number {
  let value = 0;
  for (let i = 0; i < size; i++) {
    const position = index * size + i;
    const byte = bits[position >> 3] as number;
    value = (value << 1) | ((byte >> (7 - (position & 7))) & 1);
  }
  return value;
}

/** Options of {@link encodeStatusList}. */
export interface EncodeStatusListOptions {
  /** Number of entries. Default (and minimum for Bitstring Status List) 131,072. */
  length?: number;
  /** Indexes whose status bit is set (revoked, suspended…). */
  set?: readonly number[];
  /** `u` multibase prefix (Bitstring Status List, default) or none (StatusList2021). */
  multibase?: boolean;
}

/**
 * Encodes a status list for a `BitstringStatusListCredential` (or `StatusList2021Credential`):
 * a bitstring of `length` entries with the given indexes set, GZIP-compressed, base64url, with the
 * multibase `u` prefix.
 *
 * @param options - Length, the indexes to set, and whether to add the multibase prefix.
 * @returns The `encodedList` value.
 * @throws {RangeError} When an index is outside the list.
 * @example
 * ```ts
 * const encodedList = await encodeStatusList({ set: [94567] }); // revoke entry 94567
 * ```
 */
export async function encodeStatusList(options: EncodeStatusListOptions = {}): Promise<string> {
  const length = options.length ?? MIN_STATUS_LIST_BITS;
  if (!Number.isInteger(length) || length < 1) throw new RangeError('length must be ≥ 1');
  const bits = new Uint8Array(Math.ceil(length / 8));
  for (const index of options.set ?? []) {
    if (!Number.isInteger(index) || index < 0 || index >= length) {
      throw new RangeError(`index ${index} is outside a list of ${length}`);
    }
    bits[index >> 3] = (bits[index >> 3] as number) | (0x80 >> (index & 7));
  }
  const stream = new Blob([bits]).stream().pipeThrough(new CompressionStream('gzip'));
  const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
  return `${options.multibase === false ? '' : 'u'}${toBase64url(compressed)}`;
}
