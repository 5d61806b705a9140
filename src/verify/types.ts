import type { DocumentLoader, FetchLike } from '../context/types.js';
import type { CredentialKind } from '../model/kind.js';

/** The steps of verification, in the order the OB 3.0 spec performs them. */
export type VerificationCheckId = 'parse' | 'proof' | 'expiration' | 'issuance';

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
  /** `true` if and only if no check failed. */
  verified: boolean;
  /** `invalid` if a check failed, else `warning` if any warned or was indeterminate, else `valid`. */
  status: 'valid' | 'warning' | 'invalid';
  /** What was verified. */
  kind: CredentialKind;
  /** Every check, in order. */
  checks: VerificationCheck[];
}

/** Options of {@link verify}. */
export interface VerifyOptions {
  /** The time to verify at (a fixed clock for reproducible results). Default: now. */
  now?: Date | (() => Date);
  /** Tolerance, in seconds, when comparing validity dates with `now`. Default 0. */
  clockSkew?: number;
  /** Loader for DID documents, controller documents and contexts beyond the bundled ones. */
  documentLoader?: DocumentLoader;
  /** Documents by URL (DID documents, controller documents, status lists). */
  resources?: Readonly<Record<string, unknown>>;
  /** Network access for HTTP(S) documents. Off unless given. */
  fetch?: FetchLike;
  /**
   * Accept a signing key that only its own URL vouches for (`https://issuer.example/keys#z6Mk…`,
   * a JWT header `jwk`) when the issuer's documents cannot confirm it. Off by default — anyone
   * can write any key into a URL; when on, such a proof passes with a `PROOF_KEY_UNCONFIRMED`
   * warning.
   */
  acceptUnconfirmedKeys?: boolean;
}
