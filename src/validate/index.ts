/**
 * Validation of credentials as a structured report.
 *
 * @module validate
 */
export type {
  Severity,
  ValidateOptions,
  ValidationCheckId,
  ValidationIssue,
  ValidationReport,
} from './types.js';
export { validate } from './validate.js';
