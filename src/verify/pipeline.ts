// The OB 3.0 verification algorithm (§Verification and Validation), read top to bottom: conform
// (context, JSON-LD, type, schema, credentialSchema, subject, rules), the proof, refresh, the
// status and the validity period, the recipient; then §EndorsementCredential Verification and,
// for a ClrCredential, CLR 2.0's credentials and associations. Nested credentials run through the
// same pipeline. Last, the issuer: whether a trust source vouches for it (every report says who
// the issuer is and how its key is bound).
import type { JsonObject } from '../internal/json.js';
import type { InputFormat } from '../model/kind.js';
import type { VerificationReport } from '../report/types.js';
import { checkDates } from '../validate/checks/dates.js';
import { checkProfile } from '../validate/checks/profile.js';
import { type ChecksRun, runChecks, type Step } from '../validate/run-checks.js';
import { createTarget, reportFields } from '../validate/target.js';
import type { Target } from '../validate/types.js';
import { CONFORMANCE_STEPS } from '../validate/validate.js';
import { checkAssociations } from './checks/associations.js';
import { checkClrCredentials } from './checks/credentials.js';
import { checkEndorsements } from './checks/endorsement.js';
import { checkProof } from './checks/proof.js';
import { checkRecipient } from './checks/recipient.js';
import { checkRefresh } from './checks/refresh.js';
import { checkCredentialStatus } from './checks/status.js';
import { checkTrust, unjudgedIssuer } from './checks/trust.js';
import { type Call, overridesOf, type TargetState, type VerifyEnv } from './env.js';

/** The verification steps, in the order of the OB 3.0 algorithm. */
export const VERIFICATION_STEPS: readonly Step<VerifyEnv>[] = [
  ...(CONFORMANCE_STEPS as readonly Step<VerifyEnv>[]),
  { check: 'proof', run: checkProof },
  { check: 'refresh', run: checkRefresh },
  { check: 'status', run: checkCredentialStatus },
  { check: 'dates', run: (target, env) => checkDates(target, { ...env, ...jwtDates(env) }) },
  { check: 'recipient', run: checkRecipient },
  { check: 'endorsement', run: checkEndorsements },
  { check: 'credentials', run: checkClrCredentials },
  { check: 'associations', run: checkAssociations },
  { check: 'trust', run: checkTrust },
  { check: 'profile', run: checkProfile },
];

function jwtDates(env: VerifyEnv) {
  return env.state.jwtValidUntil ? { jwtValidUntil: env.state.jwtValidUntil } : {};
}

/** Where a credential sits and how it came. */
export interface Placement {
  depth: number;
  path: string | undefined;
  refreshed: boolean;
}

/** Runs the pipeline over one parsed credential. */
export async function verifyDocument(
  document: JsonObject,
  format: InputFormat,
  jwt: string | undefined,
  call: Call,
  placement: Placement,
  start: ChecksRun,
): Promise<VerificationReport> {
  call.visited++;
  const target = createTarget(document, format, call.session.generic);
  const state: TargetState = { nested: [] };
  const env: Omit<VerifyEnv, 'prior'> = {
    call,
    jwt,
    ...placement,
    state,
    documentLoader: call.session.documentLoader,
    schemaSet: 'json-ld-compaction',
    generic: call.session.generic,
    limits: call.session.limits,
    schemaCache: call.session.schemaCache,
    now: call.now,
    skewMs: call.skewMs,
    ...(call.profile ? { profile: call.profile } : {}),
  };
  const run = await runChecks(VERIFICATION_STEPS, target, env, {
    select: call.session.select,
    overrides: overridesOf(call),
    start,
    // A refresh ends the run early (its credential's report replaces this one), and so does a
    // limit: nothing past it is started.
    halts: (check) => check === 'refresh' || check === 'limits',
  });
  if (state.replacement) return state.replacement;
  const report = verificationReport(target, run, placement.path, state.nested);
  report.issuer = state.issuer ?? unjudgedIssuer(document);
  return report;
}

/** The report of a credential from its checks. */
export function verificationReport(
  target: Target | undefined,
  run: ChecksRun,
  path: string | undefined,
  nested: VerificationReport[] = [],
): VerificationReport {
  const report: VerificationReport = {
    verified: !run.findings.some((f) => f.severity === 'error'),
    ...reportFields(target, run),
  };
  if (path !== undefined) report.path = path;
  if (nested.length > 0) report.nested = nested;
  return report;
}
