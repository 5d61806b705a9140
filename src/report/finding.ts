import { CODES, type Code } from './codes.js';
import type { Finding } from './types.js';

/**
 * Makes a finding: its check and severity come from the code table, so a finding is always filed
 * under the check that owns its code.
 *
 * @param code - The finding code.
 * @param path - JSON Pointer into the credential (`''` for the whole document).
 * @param message - What is wrong, in plain words.
 * @param hint - What to do; defaults to the code table's action.
 * @returns The finding.
 * @example
 * ```ts
 * finding('DATES_EXPIRED', '/validUntil', 'The credential expired at 2020-01-01T00:00:00Z');
 * ```
 */
export function finding(code: Code, path: string, message: string, hint?: string): Finding {
  const row = CODES[code];
  return {
    check: row.check,
    code,
    severity: row.severity,
    path,
    message,
    hint: hint ?? row.action,
  };
}
