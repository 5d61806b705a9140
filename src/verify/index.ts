/**
 * Verification of credentials, as a report: the OB 3.0 algorithm for OpenBadgeCredentials,
 * EndorsementCredentials and ClrCredentials, with status lists (see `lerkit/report` for the
 * checks, codes and result shapes).
 *
 * @module verify
 */
export type { CheckResult, Finding, VerificationReport } from '../report/types.js';
export type { Verifier, VerifyCallOptions, VerifyOptions } from './types.js';
export { createVerifier, verify } from './verify.js';
