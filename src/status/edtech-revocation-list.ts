// The issuer side of the 1EdTech Revocation List status method (VCRL 1.0, which OB 3.0 and CLR 2.0
// name): the list at the entry's id names revoked credentials by id. lerkit writes the shape its
// own verifier reads (revocation-list.ts): { id, issuer, revokedCredentials: [{ id,
// revocationReason? }] }. The list is plain JSON, not a credential, and needs no proof. It names
// every revoked credential: it has none of a bitstring's herd privacy.
import { InvalidArgumentError } from '../errors/index.js';
import { asArray, isObject } from '../internal/json.js';
import { checkUrl } from './create-status-list.js';

/** A revoked credential in a 1EdTech revocation list. */
export interface RevokedCredential {
  /** The credential's id. */
  id: string;
  /** Why it was revoked, if you say. */
  revocationReason?: string;
}

/** A 1EdTech revocation list, as hosted at its `id`. */
export interface RevocationList {
  /** The URL the list is hosted at. */
  id: string;
  /** The issuer of the credentials it covers. */
  issuer: string;
  /** The revoked credentials. */
  revokedCredentials: RevokedCredential[];
}

/** The `credentialStatus` of a credential covered by a 1EdTech revocation list. */
export interface RevocationListEntry {
  /** The list's URL. */
  id: string;
  /** Always `1EdTechRevocationList`. */
  type: '1EdTechRevocationList';
}

/** A credential in a revocation list: its id, or the credential (which must have an id). */
export type RevocationTarget =
  | string
  | {
      /** The credential's id. */
      id?: unknown;
      /** The credential's status entry, which must name the list. */
      credentialStatus?: unknown;
    };

/**
 * Creates an empty 1EdTech revocation list to host at `id`.
 *
 * @param options - The list's https URL and the issuer id of the credentials it covers.
 * @returns The list.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a URL that is not https or a
 *   missing issuer.
 * @example
 * ```ts
 * const list = createRevocationList({ id: 'https://example.edu/revocations', issuer: key.controller });
 * const credentialStatus = revocationListEntry(list); // credentials need the OB extensions context
 * ```
 */
export function createRevocationList(options: { id: string; issuer: string }): RevocationList {
  if (!isObject(options)) throw new InvalidArgumentError('options must be an object', 'options');
  const id = checkUrl(options.id, 'id');
  if (typeof options.issuer !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(options.issuer)) {
    throw new InvalidArgumentError('issuer must be the issuer id (a DID or URL)', 'issuer');
  }
  return { id, issuer: options.issuer, revokedCredentials: [] };
}

/**
 * The `credentialStatus` of a credential covered by the list. The type is defined by the OB
 * extensions context: list `https://purl.imsglobal.org/spec/ob/v3p0/extensions.json` in the
 * credential's `@context`.
 *
 * @param list - The revocation list.
 * @returns `{ id: list.id, type: '1EdTechRevocationList' }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a list that is not one.
 * @example
 * ```ts
 * const badge = { ...unsigned, credentialStatus: revocationListEntry(list) };
 * ```
 */
export function revocationListEntry(list: RevocationList): RevocationListEntry {
  return { id: readRevocationList(list).id, type: '1EdTechRevocationList' };
}

/**
 * Revokes a credential: adds it (with an optional reason) to the list. Returns a new list; revoking
 * a credential already listed only updates its reason.
 *
 * @param list - The revocation list.
 * @param target - The credential's id, or the credential.
 * @param options - `reason`: why, shown by verifiers.
 * @returns The updated list.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a credential without an id, or
 *   one whose credentialStatus points at another list.
 * @example
 * ```ts
 * const updated = revokeInRevocationList(list, badge, { reason: 'Issued in error' });
 * ```
 */
export function revokeInRevocationList(
  list: RevocationList,
  target: RevocationTarget,
  options: { reason?: string } = {},
): RevocationList {
  const read = readRevocationList(list);
  const id = targetId(read, target);
  const entry: RevokedCredential = { id };
  if (options.reason !== undefined) entry.revocationReason = String(options.reason);
  const rest = read.revokedCredentials.filter((item) => item.id !== id);
  return { ...read, revokedCredentials: [...rest, entry] };
}

/**
 * Takes a credential off the list, to correct a revocation made in error (revocation is meant to be
 * final: verifiers may have recorded it).
 *
 * @param list - The revocation list.
 * @param target - The credential's id, or the credential.
 * @param options - `undoRevocation: true`, required.
 * @returns The updated list.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` without `undoRevocation`.
 * @example
 * ```ts
 * const corrected = reinstateInRevocationList(list, badge, { undoRevocation: true });
 * ```
 */
export function reinstateInRevocationList(
  list: RevocationList,
  target: RevocationTarget,
  options: { undoRevocation?: boolean } = {},
): RevocationList {
  if (options.undoRevocation !== true) {
    throw new InvalidArgumentError(
      'Revocation is meant to be final: pass undoRevocation: true only to correct a revocation made in error',
      'undoRevocation',
    );
  }
  const read = readRevocationList(list);
  const id = targetId(read, target);
  return { ...read, revokedCredentials: read.revokedCredentials.filter((item) => item.id !== id) };
}

/**
 * Whether a credential is in the list, and why.
 *
 * @param list - The revocation list.
 * @param target - The credential's id, or the credential.
 * @returns `{ revoked, reason? }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a list that is not one.
 * @example
 * ```ts
 * readRevocationListEntry(list, 'urn:uuid:…'); // { revoked: true, reason: 'Issued in error' }
 * ```
 */
export function readRevocationListEntry(
  list: RevocationList,
  target: RevocationTarget,
): {
  /** Whether the list revokes it. */
  revoked: boolean;
  /** The list's `revocationReason`, when it gives one. */
  reason?: string;
} {
  const read = readRevocationList(list);
  const found = read.revokedCredentials.find((item) => item.id === targetId(read, target));
  if (!found) return { revoked: false };
  return found.revocationReason === undefined
    ? { revoked: true }
    : { revoked: true, reason: found.revocationReason };
}

/**
 * Whether a value is a 1EdTech revocation list as lerkit writes and reads it.
 *
 * @param value - Any value.
 * @returns `true` for `{ id, issuer, revokedCredentials: [{ id }…] }`.
 * @example
 * ```ts
 * isRevocationList(JSON.parse(text));
 * ```
 */
export function isRevocationList(value: unknown): value is RevocationList {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.issuer === 'string' &&
    Array.isArray(value.revokedCredentials) &&
    value.revokedCredentials.every((item) => isObject(item) && typeof item.id === 'string')
  );
}

function readRevocationList(list: unknown): RevocationList {
  if (!isRevocationList(list)) {
    throw new InvalidArgumentError(
      'list must be a 1EdTech revocation list: { id, issuer, revokedCredentials: [{ id }] }',
      'list',
    );
  }
  return structuredClone(list);
}

function targetId(list: RevocationList, target: RevocationTarget): string {
  if (typeof target === 'string' && target !== '') return target;
  if (!isObject(target) || typeof target.id !== 'string') {
    throw new InvalidArgumentError(
      'target must be a credential id or a credential with an id',
      'target',
    );
  }
  const entries = asArray(target.credentialStatus).filter(
    (e) => isObject(e) && asArray(e.type).includes('1EdTechRevocationList'),
  );
  if (!entries.some((e) => isObject(e) && e.id === list.id)) {
    throw new InvalidArgumentError(
      `The credential's credentialStatus does not point at ${list.id}`,
      'target',
    );
  }
  return target.id;
}
