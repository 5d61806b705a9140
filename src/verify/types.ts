import type { KnownIdentifier } from '../build/identity.js';
import type { DocumentLoader, FetchLike } from '../context/types.js';
import type { CredentialKind } from '../model/kind.js';
import type { CredentialInput } from '../parse/parse-input.js';

/**
 * The steps of verification, in the order the OB 3.0 spec performs them (§Verification and
 * Validation), plus the CLR 2.0 steps for the credentials a record carries.
 */
export type VerificationCheckId =
  | 'parse'
  | 'context'
  | 'type'
  | 'schema'
  | 'subject'
  | 'proof'
  | 'refresh'
  | 'status'
  | 'expiration'
  | 'issuance'
  | 'recipient'
  | 'endorsement'
  | 'credentials'
  | 'associations';

/** How one check turned out. `indeterminate`: it could not be decided (never a silent pass). */
export type CheckOutcome = 'pass' | 'warn' | 'fail' | 'skip' | 'indeterminate';

/** One step of verification. */
export interface VerificationCheck {
  /** Which step. */
  id: VerificationCheckId;
  /** How it turned out. */
  outcome: CheckOutcome;
  /** Stable code for anything but a plain pass, e.g. `EXPIRED`, `PROOF_SIGNATURE_INVALID`. */
  code?: string;
  /** What was checked and found, in plain words. */
  message: string;
  /** JSON Pointer of the part of the credential the check is about. */
  path?: string;
}

/** The result of {@link verify}. */
export interface VerificationReport {
  /**
   * `true` if and only if no check failed and no proof was indeterminate (a proof that could not
   * be checked, e.g. for a context that could not be loaded, leaves the credential unverified).
   */
  verified: boolean;
  /**
   * `invalid` if a check failed, else `warning` if any warned or was indeterminate, else `valid`.
   */
  status: 'valid' | 'warning' | 'invalid';
  /** What was verified. */
  kind: CredentialKind;
  /** The credential's `id`, when it has one. */
  id?: string;
  /** For a nested report: JSON Pointer of the credential inside its parent. */
  path?: string;
  /** Every check, in order. */
  checks: VerificationCheck[];
  /** Reports of the credentials inside this one: endorsements, a CLR's credentials. */
  nested?: VerificationReport[];
}

/** Options of {@link verify} and {@link createVerifier}. */
export interface VerifyOptions {
  /** The time to verify at (a fixed clock for reproducible results). Default: now. */
  now?: Date | (() => Date);
  /** Tolerance, in seconds, when comparing validity dates with `now`. Default 0. */
  clockSkew?: number;
  /**
   * Loader for DID documents, controller documents, status lists, revocation lists, schemas and
   * contexts beyond the bundled ones.
   */
  documentLoader?: DocumentLoader;
  /** Documents by URL (DID documents, controller documents, status lists, JWKS, schemas). */
  resources?: Readonly<Record<string, unknown>>;
  /** Network access for HTTP(S) documents. Off unless given: nothing is fetched without it. */
  fetch?: FetchLike;
  /** Timeout of each fetch, in milliseconds. Default 10,000. */
  fetchTimeoutMs?: number;
  /** Largest response accepted from fetch, in bytes. Default 2 MiB. */
  fetchMaxBytes?: number;
  /**
   * Accept a signing key that only its own URL vouches for (`https://issuer.example/keys#z6Mk…`,
   * a JWT header `jwk`) when the issuer's documents cannot be obtained to confirm it. Off by
   * default — anyone can write any key into a URL; when on, such a proof passes with a
   * `PROOF_KEY_UNCONFIRMED` warning. A document that omits the key still fails it.
   */
  acceptUnconfirmedKeys?: boolean;
  /**
   * The recipient you expect: a subject `id` (string), or an identifier in plain text to match
   * against the subject's (possibly hashed) `identifier` entries (`recipient` check).
   */
  knownIdentifier?: string | KnownIdentifier;
  /**
   * Follow a `1EdTechCredentialRefresh` refresh service (after the proof check, at most once): the
   * refreshed credential replaces the original if it verifies. Off by default.
   */
  refresh?: boolean;
  /** Checks to skip, by id (any but `parse`); they appear in the report with outcome `skip`. */
  skip?: readonly VerificationCheckId[];
}

/** Options of one {@link Verifier.verify} call, overriding the verifier's. */
export interface VerifyCallOptions {
  /** The recipient expected for this credential. */
  knownIdentifier?: string | KnownIdentifier;
  /** The time to verify this credential at. */
  now?: Date | (() => Date);
}

/** A verifier with caches shared across calls. Returned by {@link createVerifier}. */
export interface Verifier {
  /**
   * Verifies one credential with the verifier's options and shared caches.
   *
   * @param input - A credential object, JSON text, VC-JWT, or bytes.
   * @param options - Per-call `knownIdentifier` and `now`.
   * @returns The report.
   */
  verify(input: CredentialInput, options?: VerifyCallOptions): Promise<VerificationReport>;
}
