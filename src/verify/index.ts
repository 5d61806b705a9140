/**
 * Verification of credentials, as a report.
 *
 * @module verify
 */
export type {
  CheckOutcome,
  VerificationCheck,
  VerificationCheckId,
  VerificationReport,
  VerifyOptions,
} from './types.js';
export { verify } from './verify.js';
