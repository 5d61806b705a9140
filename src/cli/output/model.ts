// One shape for the reports of validate and verify, so every output format handles both.
import type { ValidationReport, VerificationReport } from 'lerkit';

export type Status = 'valid' | 'warning' | 'invalid';
export type Outcome = 'pass' | 'warn' | 'fail' | 'skip' | 'indeterminate' | 'info';

/** A check of verify, or an issue of validate. */
export interface Entry {
  /** Check id; for a nested credential's check, followed by the credential's JSON pointer. */
  name: string;
  outcome: Outcome;
  code?: string;
  message: string;
  /** JSON pointer into the file's credential. */
  path?: string;
  /**
   * A check of a nested credential (endorsement, CLR credential). Its parent's check (`endorsement`,
   * `credentials`) carries the verdict, so it never fails a file on its own.
   */
  nested?: true;
}

export interface FileResult {
  file: string;
  kind: string;
  status: Status;
  /** The library's report, unchanged. */
  report: ValidationReport | VerificationReport;
  entries: Entry[];
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

const SEVERITY_OUTCOME = { error: 'fail', warning: 'warn', info: 'info' } as const;

/** Normalises a validation report. */
export function fromValidation(file: string, report: ValidationReport): FileResult {
  const entries = report.issues.map(
    (issue): Entry => ({
      name: issue.check,
      outcome: SEVERITY_OUTCOME[issue.severity],
      code: issue.code,
      message: issue.message,
      path: issue.path,
    }),
  );
  const status: Status = !report.valid
    ? 'invalid'
    : entries.some((e) => e.outcome === 'warn')
      ? 'warning'
      : 'valid';
  return { file, kind: report.kind, status, report, entries };
}

/** Normalises a verification report, flattening nested reports (endorsements, CLR credentials). */
export function fromVerification(file: string, report: VerificationReport): FileResult {
  return { file, kind: report.kind, status: report.status, report, entries: checksOf(report, '') };
}

function checksOf(report: VerificationReport, prefix: string): Entry[] {
  const entries: Entry[] = report.checks.map((check) => {
    const entry: Entry = {
      name: prefix ? `${check.id} (${prefix})` : check.id,
      outcome: check.outcome,
      message: check.message,
    };
    if (check.code !== undefined) entry.code = check.code;
    if (check.path !== undefined || prefix) entry.path = `${prefix}${check.path ?? ''}`;
    if (prefix) entry.nested = true;
    return entry;
  });
  for (const nested of report.nested ?? []) {
    entries.push(...checksOf(nested, `${prefix}${nested.path ?? ''}`));
  }
  return entries;
}

/** Whether a file's result fails the run. */
export function fails(result: FileResult, strict: boolean): boolean {
  return result.status === 'invalid' || (strict && result.status === 'warning');
}

/** Whether an entry counts as a failure (warnings do under --strict). */
export function entryFails(entry: Entry, strict: boolean): boolean {
  if (entry.nested) return false;
  return (
    entry.outcome === 'fail' ||
    (strict && (entry.outcome === 'warn' || entry.outcome === 'indeterminate'))
  );
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
