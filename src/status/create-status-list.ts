// Creating a status list: the BitstringStatusListCredential an issuer hosts (W3C Bitstring Status
// List v1.0 §2.2), every entry 0, and the allocation state that hands out its entries.
import { type DateInput, formatDateTime, toDateTime } from '../builders/options.js';
import { InvalidArgumentError } from '../errors/index.js';
import { isObject } from '../internal/json.js';
import { bytesToBase64url, compressBits } from './bits.js';
import { MAX_STATUS_LIST_BYTES, MIN_STATUS_LIST_BITS } from './bitstring.js';
import type {
  BitstringStatusListCredential,
  StatusListAllocation,
  StatusListIssuer,
  StatusMessage,
  StatusPurpose,
} from './status-list-types.js';

/** Options of {@link createStatusList}. */
export interface CreateStatusListOptions {
  /** The https URL you will host the list at; every entry's `statusListCredential`. */
  id: string;
  /**
   * The issuer: its id, or its Profile. Must be the issuer of the credentials the list covers
   * (verifiers refuse a list from anyone else), and the controller of the key that signs it.
   */
  issuer: StatusListIssuer;
  /** `revocation` (default), `suspension` or `message`. One purpose per list. */
  statusPurpose?: StatusPurpose;
  /**
   * Number of entries. Default 131,072; `length × statusSize` must be at least 131,072 bits, the
   * spec's minimum for herd privacy (§Privacy Considerations).
   */
  length?: number;
  /** Bits per entry, 1 to 8 (default 1); more than 1 only for `message` lists. */
  statusSize?: number;
  /**
   * For a `message` list: what each value means, one per value (`2^statusSize` of them), as
   * messages (value 0 first) or `{ status: '0x0', message }` objects. Required when statusSize > 1.
   */
  statusMessages?: readonly (string | StatusMessage)[];
  /** URL(s) documenting the status values, copied into each entry. */
  statusReference?: string | readonly string[];
  /** How long verifiers may cache the list, in milliseconds (`ttl`). */
  ttl?: number;
  /** Start of validity. Default: now. */
  validFrom?: DateInput;
  /** End of validity: after it, verifiers refuse the list (re-sign with a later one in time). */
  validUntil?: DateInput;
  /** A name for the list credential. */
  name?: string;
  /** The clock. Default: the current time. */
  now?: () => Date;
}

/** A new status list: the credential to sign and host, and the state that allocates its entries. */
export interface CreatedStatusList {
  /** The list credential, unsigned, every entry 0 ({@link signStatusList} signs it). */
  credential: BitstringStatusListCredential;
  /** No entry allocated yet: store it and pass it to {@link allocateStatusEntry}. */
  allocation: StatusListAllocation;
}

const CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/**
 * Creates a W3C Bitstring Status List: the `BitstringStatusListCredential` to sign and host at
 * `id` (every entry 0: nothing revoked), and the allocation state that hands out its entries at
 * random ({@link allocateStatusEntry}). Runs anywhere (WebCrypto `CompressionStream`), touches no
 * storage: you keep both.
 *
 * @param options - The list URL, the issuer, the purpose and size, validity.
 * @returns The unsigned list credential and its empty allocation state.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a list URL that is not https,
 *   a missing issuer, a list shorter than 131,072 bits, a statusSize outside 1–8 (or above 1 for
 *   revocation/suspension), or status messages that do not cover every value.
 * @example
 * ```ts
 * const { credential, allocation } = await createStatusList({
 *   id: 'https://example.edu/status/1',
 *   issuer: key.controller,
 * });
 * const list = await signStatusList(credential, { key }); // host it at https://example.edu/status/1
 * ```
 */
export async function createStatusList(
  options: CreateStatusListOptions,
): Promise<CreatedStatusList> {
  if (!isObject(options)) throw new InvalidArgumentError('options must be an object', 'options');
  const id = checkUrl(options.id, 'id');
  const issuerId = issuerIdOf(options.issuer);
  const statusPurpose = options.statusPurpose ?? 'revocation';
  if (!['revocation', 'suspension', 'message'].includes(statusPurpose)) {
    throw new InvalidArgumentError(
      'statusPurpose must be revocation, suspension or message',
      'statusPurpose',
    );
  }
  const statusSize = sizeOf(options.statusSize, statusPurpose);
  const length = lengthOf(options.length, statusSize);
  const statusMessage = messagesOf(options.statusMessages, statusSize, statusPurpose);
  const bits = new Uint8Array(Math.ceil((length * statusSize) / 8));
  const credential: BitstringStatusListCredential = {
    '@context': [CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: typeof options.issuer === 'string' ? issuerId : structuredClone(options.issuer),
    validFrom: datesOf(options).validFrom,
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose,
      encodedList: await compressBits(bits),
    },
  };
  const { validUntil } = datesOf(options);
  if (validUntil !== undefined) credential.validUntil = validUntil;
  if (options.name !== undefined) credential.name = String(options.name);
  if (options.ttl !== undefined) credential.credentialSubject.ttl = ttlOf(options.ttl);
  const allocation: StatusListAllocation = {
    type: 'StatusListAllocation',
    version: 1,
    statusListCredential: id,
    statusPurpose,
    length,
    statusSize,
    allocated: 0,
    used: bytesToBase64url(new Uint8Array(Math.ceil(length / 8))),
  };
  if (statusMessage) allocation.statusMessage = statusMessage;
  const reference = referenceOf(options.statusReference);
  if (reference !== undefined) allocation.statusReference = reference;
  return { credential, allocation };
}

/** An https URL, or a typed error naming the option. */
export function checkUrl(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^https:\/\/[^\s#]+$/.test(value)) {
    throw new InvalidArgumentError(`${field} must be an https URL without a fragment`, field);
  }
  return value;
}

function issuerIdOf(issuer: unknown): string {
  const id = typeof issuer === 'string' ? issuer : isObject(issuer) ? issuer.id : undefined;
  if (typeof id !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(id)) {
    throw new InvalidArgumentError(
      'issuer must be the issuer id (a DID or URL) or a Profile with one',
      'issuer',
    );
  }
  return id;
}

function sizeOf(value: unknown, purpose: StatusPurpose): number {
  const size = value ?? 1;
  if (!Number.isInteger(size) || (size as number) < 1 || (size as number) > 8) {
    throw new InvalidArgumentError('statusSize must be an integer from 1 to 8', 'statusSize');
  }
  if ((size as number) > 1 && purpose !== 'message') {
    throw new InvalidArgumentError(
      `A ${purpose} list has one bit per entry (statusSize 1); use statusPurpose "message" for more`,
      'statusSize',
    );
  }
  return size as number;
}

function lengthOf(value: unknown, statusSize: number): number {
  const length = value ?? MIN_STATUS_LIST_BITS;
  if (!Number.isSafeInteger(length) || (length as number) < 1) {
    throw new InvalidArgumentError('length must be a positive integer', 'length');
  }
  const bits = (length as number) * statusSize;
  if (bits < MIN_STATUS_LIST_BITS) {
    throw new InvalidArgumentError(
      `A status list must hold at least ${MIN_STATUS_LIST_BITS} bits (length × statusSize) so that one credential hides among many; verifiers refuse shorter lists`,
      'length',
    );
  }
  if (bits > MAX_STATUS_LIST_BYTES * 8) {
    throw new InvalidArgumentError(
      `A status list holds at most ${MAX_STATUS_LIST_BYTES * 8} bits`,
      'length',
    );
  }
  return length as number;
}

function messagesOf(
  value: CreateStatusListOptions['statusMessages'],
  statusSize: number,
  purpose: StatusPurpose,
): StatusMessage[] | undefined {
  if (value === undefined) {
    if (statusSize > 1) {
      throw new InvalidArgumentError(
        'statusMessages are required when statusSize is more than 1 (§2.1)',
        'statusMessages',
      );
    }
    return undefined;
  }
  if (purpose !== 'message') {
    throw new InvalidArgumentError(
      'statusMessages are for statusPurpose "message" lists',
      'statusMessages',
    );
  }
  const count = 2 ** statusSize;
  if (!Array.isArray(value) || value.length !== count) {
    throw new InvalidArgumentError(
      `statusMessages must give one message per value: ${count} for statusSize ${statusSize}`,
      'statusMessages',
    );
  }
  return value.map((item, i) => {
    const status = `0x${i.toString(16)}`;
    const message = typeof item === 'string' ? item : isObject(item) ? item.message : undefined;
    const given = isObject(item) ? String(item.status).toLowerCase() : status;
    if (typeof message !== 'string' || given !== status) {
      throw new InvalidArgumentError(
        `statusMessages[${i}] must be a message for value ${status}`,
        `statusMessages[${i}]`,
      );
    }
    return { status, message };
  });
}

function referenceOf(value: unknown): string | string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return checkUrl(value, 'statusReference');
  if (Array.isArray(value)) return value.map((v, i) => checkUrl(v, `statusReference[${i}]`));
  throw new InvalidArgumentError('statusReference must be a URL or URLs', 'statusReference');
}

function ttlOf(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new InvalidArgumentError('ttl must be a number of milliseconds ≥ 0', 'ttl');
  }
  return value as number;
}

function datesOf(options: CreateStatusListOptions): { validFrom: string; validUntil?: string } {
  const validFrom =
    options.validFrom !== undefined
      ? toDateTime(options.validFrom, 'validFrom')
      : formatDateTime(options.now ? options.now() : new Date());
  if (options.validUntil === undefined) return { validFrom };
  const validUntil = toDateTime(options.validUntil, 'validUntil');
  if (Date.parse(validUntil) <= Date.parse(validFrom)) {
    throw new InvalidArgumentError('validUntil must be after validFrom', 'validUntil');
  }
  return { validFrom, validUntil };
}
