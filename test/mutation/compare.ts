// Comparing a rewritten credential's report with the original's: caught by the jsonld check, the
// same outcomes and findings, different (but hiding nothing), or ESCAPED (an error of the
// original is gone, or the verdict improved: a forgery).
import type { Finding, ValidationReport, VerificationReport } from '../../src/report/index.js';

type Report = VerificationReport | ValidationReport;

/** How a proof-valid rewrite fared. */
export type Verdict = 'caught' | 'same' | 'differs' | 'ESCAPED';

const nestedOf = (report: Report): VerificationReport[] =>
  'nested' in report && report.nested ? report.nested : [];

/** Whether the report, or a nested one, has a `jsonld` error finding. */
export function hasJsonLdError(report: Report): boolean {
  return (
    report.findings.some((f) => f.check === 'jsonld' && f.severity === 'error') ||
    nestedOf(report).some(hasJsonLdError)
  );
}

const passes = (report: Report) => ('verified' in report ? report.verified : report.valid);

/** Caught: the credential fails, with a jsonld error (here or in a nested credential). */
export const isCaught = (report: Report): boolean => !passes(report) && hasJsonLdError(report);

const findingKey = (f: Finding, paths: boolean) =>
  `${f.check}/${f.code}/${f.severity}${paths ? ` @${f.path}` : ''}`;

/**
 * What must stay the same: the verdict and status, every check's outcome in order, the set of
 * finding codes (with paths when the rewrite keeps them), and the nested reports likewise.
 */
export function signature(report: Report, paths: boolean): string {
  const lines = [
    `${passes(report)} ${report.status} ${report.kind}`,
    report.checks.map((c) => `${c.check}=${c.outcome}`).join(' '),
    [...new Set(report.findings.map((f) => findingKey(f, paths)))].sort().join(' '),
  ];
  const nested = nestedOf(report)
    .map((n) => `${paths ? `${n.path} ` : ''}{${signature(n, paths)}}`)
    .sort();
  return [...lines, ...nested].join('\n');
}

/** The errors of a report and its nested reports, as `check/code`. */
export function errorsOf(report: Report): Set<string> {
  const out = new Set<string>();
  const visit = (r: Report) => {
    for (const f of r.findings) if (f.severity === 'error') out.add(`${f.check}/${f.code}`);
    nestedOf(r).forEach(visit);
  };
  visit(report);
  return out;
}

/** How many checks failed, by check id, in a report and its nested reports. */
function failedChecks(report: Report): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (r: Report) => {
    for (const c of r.checks)
      if (c.outcome === 'error') out.set(c.check, (out.get(c.check) ?? 0) + 1);
    nestedOf(r).forEach(visit);
  };
  visit(report);
  return out;
}

const RANK = { valid: 0, warning: 1, invalid: 2 } as const;

/**
 * Judges a rewrite's report against the original's. ESCAPED (a forgery): the verdict or status
 * improved, or a check that failed on the original (here or in a nested credential) no longer
 * fails. Another error in the same check (e.g. DATES_INVALID for DATES_EXPIRED) only differs.
 */
export function judge(original: Report, rewritten: Report, paths: boolean): Verdict {
  if (isCaught(rewritten)) return 'caught';
  if (signature(original, paths) === signature(rewritten, paths)) return 'same';
  const now = failedChecks(rewritten);
  const lost = [...failedChecks(original)].some(([check, n]) => (now.get(check) ?? 0) < n);
  const improved =
    (!passes(original) && passes(rewritten)) || RANK[rewritten.status] < RANK[original.status];
  return lost || improved ? 'ESCAPED' : 'differs';
}

/** A short account of how two reports differ. */
export function describeDifference(original: Report, rewritten: Report): string {
  const a = errorsOf(original);
  const b = errorsOf(rewritten);
  const gone = [...a].filter((e) => !b.has(e));
  const added = [...b].filter((e) => !a.has(e));
  const outcomes = (r: Report) => new Map(r.checks.map((c) => [c.check, c.outcome]));
  const before = outcomes(original);
  const changed = [...outcomes(rewritten)]
    .filter(([check, outcome]) => before.get(check) !== outcome)
    .map(([check, outcome]) => `${check}: ${before.get(check) ?? 'absent'}→${outcome}`);
  for (const check of before.keys()) {
    if (!rewritten.checks.some((c) => c.check === check)) changed.push(`${check}: ran→absent`);
  }
  return [
    `${passes(original)}→${passes(rewritten)}`,
    gone.length ? `lost ${gone.join(',')}` : '',
    added.length ? `new ${added.join(',')}` : '',
    changed.join('; '),
  ]
    .filter(Boolean)
    .join(' | ');
}
