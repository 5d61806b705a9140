// The CLI's view of a report (validate and verify return the same shape): its checks and
// findings flattened with those of nested credentials (endorsements, a CLR's credentials), named
// `check (pointer)`.
import type {
  CheckResult,
  Finding,
  ReportStatus,
  ValidationReport,
  VerificationReport,
} from 'lerkit';
import { cliHint } from './hints.js';

export type Status = ReportStatus;

/** A check result, named for display. */
export interface CheckEntry extends CheckResult {
  /** Check id; for a nested credential's check, followed by the credential's JSON pointer. */
  name: string;
  /**
   * A check of a nested credential. Its parent's check (`endorsement`, `credentials`) carries the
   * verdict, so it never fails a file on its own.
   */
  nested?: true;
}

/** A finding, named for display, its path from the top of the file's credential. */
export interface FindingEntry extends Finding {
  name: string;
  nested?: true;
}

export interface FileResult {
  file: string;
  kind: string;
  status: Status;
  /** The library's report, unchanged. */
  report: ValidationReport | VerificationReport;
  checks: CheckEntry[];
  findings: FindingEntry[];
}

export interface Run {
  command: 'validate' | 'verify';
  strict: boolean;
  results: FileResult[];
}

export interface Summary {
  files: number;
  passed: number;
  failed: number;
  warnings: number;
  exitCode: 0 | 1;
}

/** Flattens a report (and its nested reports) for output. */
export function fromReport(
  file: string,
  report: ValidationReport | VerificationReport,
): FileResult {
  const result: FileResult = {
    file,
    kind: report.kind,
    status: report.status,
    report,
    checks: [],
    findings: [],
  };
  flatten(report, '', result);
  return result;
}

function flatten(
  report: ValidationReport | VerificationReport,
  prefix: string,
  into: FileResult,
): void {
  const name = (check: string) => (prefix ? `${check} (${prefix})` : check);
  for (const check of report.checks) {
    into.checks.push({
      ...check,
      name: name(check.check),
      ...(prefix ? { nested: true as const } : {}),
    });
  }
  for (const found of report.findings) {
    into.findings.push({
      ...found,
      // The hint in CLI words (flags); the report itself keeps the API's words.
      hint: cliHint(found.hint),
      name: name(found.check),
      path: `${prefix}${found.path}`,
      ...(prefix ? { nested: true as const } : {}),
      ...(prefix && found.related ? { related: prefixed(found.related, prefix) } : {}),
    });
  }
  for (const nested of 'nested' in report ? (report.nested ?? []) : []) {
    flatten(nested, `${prefix}${nested.path ?? ''}`, into);
  }
}

// Paths of folded findings, made relative to the top-level file like their root's.
function prefixed(findings: Finding[], prefix: string): Finding[] {
  return findings.map((f) => ({
    ...f,
    path: `${prefix}${f.path}`,
    ...(f.related ? { related: prefixed(f.related, prefix) } : {}),
  }));
}

/** Whether a file's result fails the run. */
export function fails(result: FileResult, strict: boolean): boolean {
  return result.status === 'invalid' || (strict && result.status === 'warning');
}

/** Whether a check counts as a failure (warnings and indeterminate ones do under --strict). */
export function checkFails(check: CheckEntry, strict: boolean): boolean {
  if (check.nested) return false;
  return (
    check.outcome === 'error' ||
    (strict && (check.outcome === 'warning' || check.outcome === 'indeterminate'))
  );
}

/** Adds one file to running totals (a streamed run keeps counts, not reports). */
export function tally(summary: Summary, result: FileResult, strict: boolean): void {
  summary.files++;
  if (result.status === 'valid') summary.passed++;
  else if (result.status === 'invalid') summary.failed++;
  else if (result.status === 'warning') summary.warnings++;
  if (fails(result, strict)) summary.exitCode = 1;
}

export function summarize(run: Run): Summary {
  const count = (status: Status) => run.results.filter((r) => r.status === status).length;
  return {
    files: run.results.length,
    passed: count('valid'),
    failed: count('invalid'),
    warnings: count('warning'),
    exitCode: run.results.some((r) => fails(r, run.strict)) ? 1 : 0,
  };
}
