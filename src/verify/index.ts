/**
 * Verification of credentials, as a report: the OB 3.0 algorithm for OpenBadgeCredentials,
 * EndorsementCredentials and ClrCredentials, with status lists.
 *
 * @module verify
 */
export type {
  CheckOutcome,
  VerificationCheck,
  VerificationCheckId,
  VerificationReport,
  Verifier,
  VerifyCallOptions,
  VerifyOptions,
} from './types.js';
export { createVerifier, verify } from './verify.js';
