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
  const findings = allFindings(report).filter((f) => f.check === id);
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
  return allFindings(report)
    .filter((f) => f.severity === 'error')
    .map((f) => f.code);
}

/**
 * Every finding of a report, the ones folded under a root cause (`related`) included, each root
 * followed by its consequences.
 */
export function allFindings(report: Pick<ReportBase, 'findings'>): Finding[] {
  const out: Finding[] = [];
  const visit = (found: Finding) => {
    out.push(found);
    for (const more of found.related ?? []) visit(more);
  };
  for (const found of report.findings) visit(found);
  return out;
}
