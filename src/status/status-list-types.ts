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
  /** Always `BitstringStatusListEntry`. */
  type: 'BitstringStatusListEntry';
  /** What a set value means: must equal the list's `statusPurpose`. */
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
  /** Always `BitstringStatusList`. */
  type: 'BitstringStatusList';
  /** What a set value means in this list. */
  statusPurpose: StatusPurpose;
  /** The bitstring: GZIP, base64url, multibase `u` prefix. */
  encodedList: string;
  /** How long verifiers may cache the list, in milliseconds. */
  ttl?: number;
}

/** The issuer of a status list: its id, or its Profile. */
export type StatusListIssuer =
  | string
  | {
      /** The issuer's id (a DID or URL). */
      id: string;
      /** Other profile members. */
      [member: string]: unknown;
    };

/** A status list credential (§2.2), before or after signing. */
export interface BitstringStatusListCredential {
  /** The VC 2.0 context (which defines the Bitstring Status List terms). */
  '@context': string[];
  /** The URL the list is hosted at: every entry's `statusListCredential`. */
  id: string;
  /** `VerifiableCredential` and `BitstringStatusListCredential`. */
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  /** Must be the issuer of the credentials whose status it holds. */
  issuer: StatusListIssuer;
  /** When the list became valid (an XML Schema dateTime). */
  validFrom: string;
  /** When the list stops being valid; verifiers refetch after it. */
  validUntil?: string;
  /** A name for people. */
  name?: string;
  /** A description for people. */
  description?: string;
  /** The list. */
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
  /** Always `StatusListAllocation`. */
  type: 'StatusListAllocation';
  /** The format's version: 1. */
  version: 1;
  /** The status list credential's URL. */
  statusListCredential: string;
  /** The list's purpose. */
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
