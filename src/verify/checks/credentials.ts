// `credentials` check: CLR 2.0 — every credential in credentialSubject.verifiableCredential
// (JSON, compact VC-JWT, or a VC 2.0 EnvelopedVerifiableCredential) is verified fully, and is about
// the record's learner: its subject has the CLR subject's id, or shares an identifier with it.
// Aggregators that assemble records from several identities can downgrade
// CREDENTIALS_LEARNER_MISMATCH with the `severity` option.
import { type KnownIdentifier, matchesIdentity } from '../../builders/identity.js';
import { asArray, isObject, type JsonObject } from '../../internal/json.js';
import { limitName } from '../../limits/limits.js';
import { parseInput } from '../../parse/parse-input.js';
import { finding } from '../../report/finding.js';
import type { Finding, VerificationReport } from '../../report/types.js';
import { envelopedJwt } from '../../validate/checks/schema.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';
import { type Embedded, firstError, verifyEmbedded } from '../nested.js';

/** Verifies every credential a ClrCredential carries. */
export const checkClrCredentials: Check<VerifyEnv> = async ({ document, kind }, env) => {
  if (kind !== 'ClrCredential') return undefined;
  const entries = clrEntries(document);
  if (entries.length === 0) return { findings: [], message: 'The record carries no credentials' };
  const cap = env.call.session.limits;
  if (entries.length > cap.credentials) {
    const message = `The record carries ${entries.length.toLocaleString('en-US')} credentials, over ${limitName('credentials', cap)}; none was verified`;
    return {
      findings: [
        finding('LIMITS_CREDENTIAL_COUNT', '/credentialSubject/verifiableCredential', message),
      ],
      message,
      undecided: true,
    };
  }
  const { verified, limits } = await verifyEmbedded(entries, env);
  const learner = asArray(document.credentialSubject).find(isObject);
  const findings = [...limits];
  for (const { entry, report } of verified) findings.push(...judge(entry, report, learner, env));
  return {
    findings,
    message: `All ${entries.length} credentials of the record verify`,
    ...(limits.length > 0 ? { undecided: true as const } : {}),
  };
};

/** The entries of a CLR's credentialSubject.verifiableCredential, JWTs unwrapped. */
export function clrEntries(credential: JsonObject): Embedded[] {
  const subject = credential.credentialSubject;
  if (!isObject(subject) || subject.verifiableCredential === undefined) return [];
  const base = '/credentialSubject/verifiableCredential';
  const list = subject.verifiableCredential;
  return asArray(list).map((value, i) => ({
    path: Array.isArray(list) ? `${base}/${i}` : base,
    value: envelopedJwt(value) ?? value,
  }));
}

/** The document of an entry (decoding a JWT without verifying it), for reading its subject. */
export function entryDocument(value: unknown): JsonObject | undefined {
  if (typeof value !== 'string' && !isObject(value)) return undefined;
  const parsed = parseInput(value);
  return parsed.ok ? parsed.document : undefined;
}

function judge(
  entry: Embedded,
  report: VerificationReport,
  learner: JsonObject | undefined,
  env: VerifyEnv,
): Finding[] {
  const where = `The credential at ${entry.path}${report.id ? ` (${report.id})` : ''}`;
  if (!report.verified) {
    return [
      finding('CREDENTIALS_INVALID', entry.path, `${where} does not verify: ${firstError(report)}`),
    ];
  }
  const subject = asArray(entryDocument(entry.value)?.credentialSubject).find(isObject);
  const same = learner ? sameLearner(learner, subject, env.call.knownIdentifier) : 'match';
  if (same !== 'match') {
    const about = `${where} is about ${describe(subject)}; the record's learner is ${describe(learner)}`;
    return same === 'mismatch'
      ? [finding('CREDENTIALS_LEARNER_MISMATCH', entry.path, about)]
      : [
          finding(
            'CREDENTIALS_LEARNER_UNKNOWN',
            entry.path,
            `${about}, and their identifiers cannot be compared (hashed with different salts)`,
          ),
        ];
  }
  if (report.status !== 'valid') {
    return [finding('CREDENTIALS_WARNING', entry.path, `${where} verifies with warnings`)];
  }
  return [];
}

type Sameness = 'match' | 'mismatch' | 'unknown';

// The same learner: the same subject id, or a matching identifier (OB 3.0 §Verify the Recipient
// Using an Identifier); identifiers hashed with different salts can be compared only through the
// plain value the caller knows (knownIdentifier).
function sameLearner(
  learner: JsonObject,
  subject: JsonObject | undefined,
  known: string | KnownIdentifier | undefined,
): Sameness {
  if (!subject) return 'mismatch';
  let comparable = false;
  if (typeof learner.id === 'string' && typeof subject.id === 'string') {
    if (learner.id === subject.id) return 'match';
    comparable = true;
  }
  const ours = asArray(learner.identifier).filter(isObject);
  const theirs = asArray(subject.identifier).filter(isObject);
  for (const a of ours) {
    for (const b of theirs) {
      const compared = compareIdentities(a, b);
      if (compared === 'match') return 'match';
      if (compared === 'mismatch') comparable = true;
    }
  }
  if (known !== undefined && !comparable) {
    const matches = (node: JsonObject, ids: JsonObject[]) =>
      typeof known === 'string'
        ? node.id === known ||
          ids.some(
            (i) =>
              typeof i.identityType === 'string' &&
              matchesIdentity(i, { identityType: i.identityType, value: known }),
          )
        : ids.some((i) => matchesIdentity(i, known));
    return matches(learner, ours) && matches(subject, theirs) ? 'match' : 'mismatch';
  }
  return comparable ? 'mismatch' : 'unknown';
}

function compareIdentities(a: JsonObject, b: JsonObject): Sameness {
  if (a.identityType !== b.identityType || typeof a.identityType !== 'string') return 'unknown';
  const plainA = a.hashed !== true;
  const plainB = b.hashed !== true;
  if (plainA && plainB) return a.identityHash === b.identityHash ? 'match' : 'mismatch';
  if (plainA || plainB) {
    const [plain, hashed] = plainA ? [a, b] : [b, a];
    if (typeof plain.identityHash !== 'string') return 'unknown';
    return matchesIdentity(hashed, { identityType: a.identityType, value: plain.identityHash })
      ? 'match'
      : 'mismatch';
  }
  if ((a.salt ?? '') !== (b.salt ?? '')) return 'unknown';
  return a.identityHash === b.identityHash ? 'match' : 'mismatch';
}

function describe(subject: JsonObject | undefined): string {
  if (!subject) return '(no subject)';
  if (typeof subject.id === 'string') return subject.id;
  return asArray(subject.identifier).length > 0
    ? 'a subject identified by identifiers'
    : '(an unidentified subject)';
}
