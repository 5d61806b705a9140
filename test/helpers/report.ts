// Reading reports in tests: a check's result together with its findings.
import type { CheckId, Finding, ReportBase } from '../../src/report/index.js';

/** A check's result with the code and path of its first finding, and all its findings. */
export interface CheckView {
  check: CheckId;
  outcome: string;
  message: string;
  code?: string;
  path?: string;
  codes: string[];
  findings: Finding[];
}

/** The result of one check (undefined when it did not run), with its findings. */
export function checkOf(report: ReportBase, id: CheckId): CheckView | undefined {
  const result = report.checks.find((c) => c.check === id);
  if (!result) return undefined;
  const findings = report.findings.filter((f) => f.check === id);
  const first = findings[0];
  return {
    ...result,
    ...(first ? { code: first.code, path: first.path } : {}),
    codes: findings.map((f) => f.code),
    findings,
  };
}

/** The codes of a report's error findings. */
export function errorCodes(report: ReportBase): string[] {
  return report.findings.filter((f) => f.severity === 'error').map((f) => f.code);
}
