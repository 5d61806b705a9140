// Embedded credentials (endorsements, a CLR's credentials) go through the same pipeline, one level
// deeper, within the nesting and count limits.
import { finding } from '../report/finding.js';
import type { Finding, VerificationReport } from '../report/types.js';
import type { VerifyEnv } from './env.js';

/** How deep credentials may nest (a CLR's credential's endorsement's …). */
export const MAX_DEPTH = 4;
/** How many credentials one verification may visit in all. */
export const MAX_CREDENTIALS = 2000;

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
  if (env.depth >= MAX_DEPTH) {
    out.limits.push(
      finding(
        'LIMITS_NESTING_DEPTH',
        (entries[0] as Embedded).path,
        `Credentials nest more than ${MAX_DEPTH} levels deep; the inner ones were not verified`,
      ),
    );
    return out;
  }
  for (const entry of entries) {
    if (env.call.visited >= MAX_CREDENTIALS) {
      out.limits.push(
        finding(
          'LIMITS_CREDENTIAL_COUNT',
          entry.path,
          `More than ${MAX_CREDENTIALS} credentials in one verification; the rest were not verified`,
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
