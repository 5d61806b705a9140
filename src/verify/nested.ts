// Embedded credentials (endorsements, a CLR's credentials) go through the same pipeline, one level
// deeper, within the nesting and count limits.
import { limitName } from '../limits/limits.js';
import { finding } from '../report/finding.js';
import type { Finding, VerificationReport } from '../report/types.js';
import type { VerifyEnv } from './env.js';

/** How many credentials one verification may visit in all, in units of `limits.credentials`. */
const VISITS_PER_CREDENTIAL_LIMIT = 4;

/** An embedded credential and where it sits. */
export interface Embedded {
  /** JSON Pointer of the embedded credential. */
  path: string;
  /** The credential as embedded (object, compact JWT string, …). */
  value: unknown;
}

/** What verifying the embedded credentials gave. */
export interface NestedOutcome {
  /** Each embedded credential with its report, in order (those verified). */
  verified: { entry: Embedded; report: VerificationReport }[];
  /** Limit findings: too deep, too many. */
  limits: Finding[];
}

/** Verifies each embedded credential fully; stops at the limits with a finding. */
export async function verifyEmbedded(
  entries: readonly Embedded[],
  env: VerifyEnv,
): Promise<NestedOutcome> {
  const out: NestedOutcome = { verified: [], limits: [] };
  if (entries.length === 0) return out;
  const limits = env.call.session.limits;
  if (env.depth >= limits.nestingDepth) {
    out.limits.push(
      finding(
        'LIMITS_NESTING_DEPTH',
        (entries[0] as Embedded).path,
        `Credentials nest deeper than ${limitName('nestingDepth', limits)}; the inner ones were not verified`,
      ),
    );
    return out;
  }
  const visits = limits.credentials * VISITS_PER_CREDENTIAL_LIMIT;
  for (const entry of entries) {
    if (env.call.visited >= visits) {
      out.limits.push(
        finding(
          'LIMITS_CREDENTIAL_COUNT',
          entry.path,
          `More than ${visits.toLocaleString('en-US')} credentials (${VISITS_PER_CREDENTIAL_LIMIT} × ${limitName('credentials', limits)}) in one verification; the rest were not verified`,
        ),
      );
      break;
    }
    const report = await env.call.verifyNested(entry.value, env.depth + 1, entry.path);
    env.state.nested.push(report);
    out.verified.push({ entry, report });
  }
  return out;
}

/** The first error of a nested report, for the parent's message. */
export function firstError(report: VerificationReport): string {
  const error = report.findings.find((f) => f.severity === 'error');
  return error ? `${error.code}: ${error.message}` : 'invalid';
}
