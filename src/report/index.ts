/**
 * The report vocabulary shared by `validate`, `verify` and the CLI: the checks, in pipeline order
 * ({@link CHECKS}), every finding code with its check, severity, meaning and action ({@link CODES}),
 * and the result shapes.
 *
 * @module report
 */
export type { CheckOutput, SeverityOverrides } from './assemble.js';
export type { CheckDefinition, CheckId, CheckScope } from './checks.js';
export { CHECK_IDS, CHECKS, isCheckId } from './checks.js';
export type { Code, CodeDefinition } from './codes.js';
export { CODES, isCode } from './codes.js';
export {
  type FindingGroup,
  type FindingPlace,
  foldFindings,
  groupFindings,
  type NestingReport,
} from './fold.js';
export type {
  IssuerReport,
  KeyBinding,
  TrustDecision,
  TrustMatch,
  UncheckedSource,
} from './issuer.js';
export type { CheckSelection } from './select.js';
export type {
  CheckResult,
  Finding,
  Outcome,
  ReportBase,
  ReportStatus,
  Severity,
  ValidationReport,
  VerificationReport,
} from './types.js';
