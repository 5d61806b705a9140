// The shapes of W3C Bitstring Status List v1.0 §2 (Data Model) that lerkit issues, and the
// allocation state an issuer keeps beside each list.

/**
 * Why an entry's value is set (§2.1 `statusPurpose`): `revocation` (not reversible, per the spec),
 * `suspension` (reversible), or `message` (a value of `statusSize` bits, explained by
 * `statusMessage`).
 */
export type StatusPurpose = 'revocation' | 'suspension' | 'message';

/** One value of a `message` entry and what it means (§2.1 `statusMessage`). */
export interface StatusMessage {
  /** The value as a hex string: `0x0`, `0x1`, … */
  status: string;
  /** What the value means; for developers, not for display to end users (§2.1). */
  message: string;
}

/** A credential's `credentialStatus` pointing at an entry of a status list (§2.1). */
export interface BitstringStatusListEntry {
  /** `<list URL>#<index>`. */
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: StatusPurpose;
  /** The entry's index in the list, as a base-10 string. */
  statusListIndex: string;
  /** The URL of the BitstringStatusListCredential. */
  statusListCredential: string;
  /** Bits per entry, when more than 1. */
  statusSize?: number;
  /** What each value means, for `message` lists. */
  statusMessage?: StatusMessage[];
  /** Where the status values are documented. */
  statusReference?: string | string[];
}

/** The list itself: the subject of a BitstringStatusListCredential (§2.2). */
export interface BitstringStatusList {
  /** `<list URL>#list`. */
  id: string;
  type: 'BitstringStatusList';
  statusPurpose: StatusPurpose;
  /** The bitstring: GZIP, base64url, multibase `u` prefix. */
  encodedList: string;
  /** How long verifiers may cache the list, in milliseconds. */
  ttl?: number;
}

/** A status list credential (§2.2), before or after signing. */
export interface BitstringStatusListCredential {
  '@context': string[];
  /** The URL the list is hosted at: every entry's `statusListCredential`. */
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  /** Must be the issuer of the credentials whose status it holds. */
  issuer: string | { id: string; [member: string]: unknown };
  validFrom: string;
  validUntil?: string;
  name?: string;
  description?: string;
  credentialSubject: BitstringStatusList;
  /** The proof(s), once signed ({@link signStatusList}). */
  proof?: unknown;
}

/**
 * Which entries of a status list are taken: JSON to store beside the list (a database row, a
 * file), passed to {@link allocateStatusEntry} and replaced by the state it returns. It carries
 * what an entry needs (the list URL, purpose, size, messages), so issuing a credential does not
 * need the list itself.
 */
export interface StatusListAllocation {
  type: 'StatusListAllocation';
  version: 1;
  /** The status list credential's URL. */
  statusListCredential: string;
  statusPurpose: StatusPurpose;
  /** Number of entries in the list. */
  length: number;
  /** Bits per entry. */
  statusSize: number;
  /** Copied into each entry of a `message` list. */
  statusMessage?: StatusMessage[];
  /** Copied into each entry. */
  statusReference?: string | string[];
  /** How many entries are taken. */
  allocated: number;
  /** Which entries are taken: one bit per entry (bit 0 the left-most of the first byte), base64url. */
  used: string;
}
