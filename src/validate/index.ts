/**
 * Validation of credentials as a structured report (see `lerkit/report` for the checks, codes and
 * result shapes).
 *
 * @module validate
 */
export type { CheckResult, Finding, ValidationReport } from '../report/types.js';
export type { ValidateOptions } from './types.js';
export { validate } from './validate.js';
