// Limits on what a stranger's credential can make lerkit do: counted (sizes, depths, counts), never
// timed, with defaults that real credentials never reach and hostile ones hit at once. Each
// exceeded limit is a `limits` finding naming the limit and its value; the work beyond it is never
// started. Callers change them with the `limits` option (CLI flags for the common ones).
import { InvalidArgumentError } from '../errors/index.js';

/** Every limit, by name. Sizes in bytes (characters for strings), counts per object or credential. */
export interface Limits {
  /** Input size (JSON text, JWT or image bytes). Default 16 MiB. */
  inputBytes: number;
  /** Nesting of objects and arrays in a document. Default 64. */
  jsonDepth: number;
  /** Proofs on one credential. Default 8. */
  proofs: number;
  /** A multibase / base58 string (proofValue, publicKeyMultibase, did:key), checked before decoding. Default 65,536. */
  multibaseLength: number;
  /** A DID or verification-method URL. Default 4,096. */
  urlLength: number;
  /** Endorsements attached to one object. Default 100. */
  endorsements: number;
  /** Credentials a CLR carries. Default 500. */
  credentials: number;
  /** How deep credentials nest (a CLR's credential's endorsement…). Default 4. */
  nestingDepth: number;
  /** credentialStatus entries on one credential. Default 16. */
  statusEntries: number;
  /** A status list's compressed (encoded) size. Default 1 MiB. */
  statusListBytes: number;
  /** A status list's decompressed size. Default 16 MiB. */
  statusListDecompressedBytes: number;
  /** A compact JWT. Default 1 MiB. */
  jwtBytes: number;
  /** A baked image. Default 32 MiB. */
  imageBytes: number;
  /** Chunks of a baked PNG. Default 10,000. */
  imageChunks: number;
}

const MIB = 1024 * 1024;

/** The default limits. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  inputBytes: 16 * MIB,
  jsonDepth: 64,
  proofs: 8,
  multibaseLength: 64 * 1024,
  urlLength: 4 * 1024,
  endorsements: 100,
  credentials: 500,
  nestingDepth: 4,
  statusEntries: 16,
  statusListBytes: MIB,
  statusListDecompressedBytes: 16 * MIB,
  jwtBytes: MIB,
  imageBytes: 32 * MIB,
  imageChunks: 10_000,
});

/**
 * The limits in force: the defaults, with the caller's changes.
 *
 * @param changes - Some limits (positive integers).
 * @returns Every limit.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for an unknown limit or a value that
 *   is not a positive integer.
 * @example
 * ```ts
 * resolveLimits({ proofs: 2 }).proofs; // 2
 * ```
 */
export function resolveLimits(changes: Partial<Limits> | undefined): Readonly<Limits> {
  if (changes === undefined) return DEFAULT_LIMITS;
  if (typeof changes !== 'object' || changes === null) {
    throw new InvalidArgumentError('limits must be an object', 'limits');
  }
  for (const [name, value] of Object.entries(changes)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, name)) {
      throw new InvalidArgumentError(
        `Unknown limit "${name}"; the limits are: ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
        `limits.${name}`,
      );
    }
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) > 0)) {
      throw new InvalidArgumentError(`limits.${name} must be a positive integer`, `limits.${name}`);
    }
  }
  return Object.freeze({ ...DEFAULT_LIMITS, ...changes });
}

/** The words a limit finding uses: `limits.proofs (8)`. */
export function limitName(name: keyof Limits, limits: Readonly<Limits>): string {
  return `limits.${name} (${limits[name].toLocaleString('en-US')})`;
}

/** UTF-8 length of a string, without encoding it (stops counting past `cap`). */
export function utf8Length(text: string, cap = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= cap; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
