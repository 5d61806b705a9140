import type { Severity, ValidationCheckId, ValidationIssue } from './types.js';

/** Makes an issue; `path` is a JSON Pointer. */
export function issue(
  check: ValidationCheckId,
  code: string,
  severity: Severity,
  path: string,
  message: string,
): ValidationIssue {
  return { check, code, severity, path, message };
}
