/**
 * Verification of credentials, as a report: the OB 3.0 algorithm for OpenBadgeCredentials,
 * EndorsementCredentials and ClrCredentials, with status lists (see `lerkit/report` for the
 * checks, codes and result shapes).
 *
 * @module verify
 */

export type { AnyIterable } from '../internal/bounded-map.js';
export type {
  IssuerReport,
  KeyBinding,
  TrustDecision,
  TrustMatch,
  UncheckedSource,
} from '../report/issuer.js';
export type { CheckResult, Finding, VerificationReport } from '../report/types.js';
export type { BatchProgress, VerifyManyOptions, VerifyManyResult } from './many.js';
export { createDccRegistry, isDccRegistryFile } from './trust/dcc-registry.js';
export { createOidfRegistry } from './trust/oidf-registry.js';
export { createTrustList } from './trust/trust-list.js';
export type {
  DccRegistryEntry,
  DccRegistryFile,
  DccRegistrySource,
  OidfRegistrySource,
  TrustList,
  TrustLookup,
  TrustLookupContext,
  TrustRegistry,
  TrustSource,
} from './trust/types.js';
export type { Verifier, VerifyCallOptions, VerifyOptions } from './types.js';
export { createVerifier, verify } from './verify.js';
