// From findings to check results and a verdict, with the caller's severity overrides applied.

import type { CheckId } from './checks.js';
import type { Code } from './codes.js';
import { CODES } from './codes.js';
import type { CheckResult, Finding, Outcome, ReportStatus, Severity } from './types.js';

/** Severity overrides by code; `'off'` drops the finding. */
export type SeverityOverrides = Readonly<Partial<Record<Code, Severity | 'off'>>>;

/** What one check produced. */
export interface CheckOutput {
  /** Its findings. */
  findings: Finding[];
  /** What was checked and found, for the check result (used when it passes). */
  message: string;
  /** Set when the check did not run: at the caller's request, or an opt-in is off. */
  skipped?: true;
  /**
   * Set when the check could not do its work (a limit stopped it): its outcome is `indeterminate`
   * unless its own findings are errors.
   */
  undecided?: true;
  /** Set when no later check can say anything useful (the input is not a document lerkit reads). */
  halt?: true;
  /**
   * Earlier findings that are consequences of this check's first finding: they are folded under
   * it (`related`) instead of standing on their own.
   */
  folds?: (earlier: Finding) => boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Applies severity overrides, dropping `'off'` findings; errors first, stable otherwise. */
export function applyOverrides(
  findings: Finding[],
  overrides: SeverityOverrides | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const found of findings) {
    const override = overrides?.[found.code];
    if (override === 'off') continue;
    out.push(override ? { ...found, severity: override } : found);
  }
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/**
 * Whether a finding means "could not be decided": an indeterminate code at (or below) its table
 * severity. Raised to an error by the caller (an override, or a policy such as
 * `requireTrustedIssuer`), it is a decision: the check fails.
 */
function undecidedFinding(f: Finding): boolean {
  const row = CODES[f.code];
  return 'indeterminate' in row && RANK[f.severity] >= RANK[row.severity];
}

/** The outcome of a check from its (overridden) findings. */
export function outcomeOf(findings: readonly Finding[]): Outcome {
  // An indeterminate error (a proof whose context could not be loaded) leaves the credential
  // unverified, but the check is `indeterminate`, not `error`, unless a real error is there too.
  if (findings.some((f) => f.severity === 'error' && !undecidedFinding(f))) return 'error';
  if (findings.some((f) => f.severity !== 'info' && undecidedFinding(f))) return 'indeterminate';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'pass';
}

/** The check result for a check's output (findings already overridden). */
export function checkResult(
  check: CheckId,
  output: CheckOutput,
  findings: readonly Finding[],
): CheckResult {
  if (output.skipped) return { check, outcome: 'skipped', message: output.message };
  let outcome = outcomeOf(findings);
  if (output.undecided && outcome !== 'error') outcome = 'indeterminate';
  const worst = findings.find((f) => f.severity !== 'info');
  return {
    check,
    outcome,
    message: outcome === 'pass' || !worst ? output.message : worst.message,
  };
}

/**
 * The verdict of a report: `invalid` with any error finding (an indeterminate error too: what could
 * not be decided is not verified), else `warning` with a warning or an indeterminate check.
 */
export function statusOf(
  checks: readonly CheckResult[],
  findings: readonly Finding[],
): ReportStatus {
  if (checks.some((c) => c.outcome === 'error')) return 'invalid';
  if (findings.some((f) => f.severity === 'error')) return 'invalid';
  if (checks.some((c) => c.outcome === 'warning' || c.outcome === 'indeterminate')) {
    return 'warning';
  }
  return 'valid';
}
