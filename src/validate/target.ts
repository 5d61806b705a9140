// The `parse` step: the input read once, as the target every later check reads.
import { asArray, type JsonObject } from '../internal/json.js';
import type { InputFormat } from '../model/kind.js';
import { detectKind, detectVcVersion } from '../parse/detect.js';
import type { ParsedInput } from '../parse/parse-input.js';
import {
  applyOverrides,
  checkResult,
  type SeverityOverrides,
  statusOf,
} from '../report/assemble.js';
import { finding } from '../report/finding.js';
import type { ValidationReport } from '../report/types.js';
import type { ChecksRun } from './run-checks.js';
import type { Target } from './types.js';

/** Reads the kind and VC version of a parsed document. */
export function createTarget(document: JsonObject, format: InputFormat, generic = false): Target {
  const detected = detectKind(document);
  // Generic mode: an Open Badges or CLR credential is read as the VC it also is.
  const kind =
    generic && CREDENTIAL.has(detected) && asArray(document.type).includes('VerifiableCredential')
      ? 'VerifiableCredential'
      : detected;
  return { document, format, kind, vcVersion: detectVcVersion(document) };
}

const CREDENTIAL: ReadonlySet<string> = new Set([
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
]);

/** The start of a report: the parse result (and, for an input over a limit, the limits result). */
export function parseRun(
  parsed: ParsedInput,
  overrides: SeverityOverrides | undefined,
  note = '',
): ChecksRun {
  if (parsed.ok) {
    const what = parsed.format === 'vc-jwt' ? 'a VC-JWT' : 'JSON';
    return {
      checks: [{ check: 'parse', outcome: 'pass', message: `Read as ${what}${note}` }],
      findings: [],
      halted: false,
    };
  }
  return failedRun([finding(parsed.code, parsed.path ?? '', parsed.message)], overrides);
}

/** A run that ends at reading the input, with the findings that ended it. */
export function failedRun(
  found: ReturnType<typeof finding>[],
  overrides: SeverityOverrides | undefined,
): ChecksRun {
  const findings = applyOverrides(found, overrides);
  const checks = [...new Set(findings.map((f) => f.check))].map((check) =>
    checkResult(
      check,
      { findings: [], message: '' },
      findings.filter((f) => f.check === check),
    ),
  );
  if (!checks.some((c) => c.check === 'parse')) {
    checks.unshift({ check: 'parse', outcome: 'error', message: findings[0]?.message ?? '' });
  }
  return { checks, findings, halted: true };
}

/** What every report says about a run: status, kind, checks, findings, and what was read. */
export type ReportFields = Omit<ValidationReport, 'valid'>;

/** The fields validation and verification reports share, from a run of checks. */
export function reportFields(target: Target | undefined, run: ChecksRun): ReportFields {
  const fields: ReportFields = {
    status: statusOf(run.checks, run.findings),
    kind: target?.kind ?? 'unknown',
    checks: run.checks,
    findings: run.findings,
  };
  if (target) fields.format = target.format;
  if (target?.vcVersion) fields.vcVersion = target.vcVersion;
  if (typeof target?.document.id === 'string') fields.id = target.document.id;
  return fields;
}
