// `endorsement` check: OB 3.0 §EndorsementCredential Verification. Every `endorsement` and
// `endorsementJwt` anywhere in the credential (credential, issuer, achievement, …), except inside
// the credentials a CLR carries (verified on their own), is verified fully, must be an
// EndorsementCredential, and must endorse the object it is attached to (its credentialSubject.id
// is that object's id). A failing endorsement fails the credential (the algorithm passes only if
// every step passes); callers who only want to hide broken endorsements downgrade
// ENDORSEMENT_INVALID with the `severity` option.
import { asArray, escapePointerToken, idOf, isObject } from '../../internal/json.js';
import { type Limits, limitName } from '../../limits/limits.js';
import { parseInput } from '../../parse/parse-input.js';
import { finding } from '../../report/finding.js';
import type { Finding, VerificationReport } from '../../report/types.js';
import type { Check } from '../../validate/types.js';
import type { VerifyEnv } from '../env.js';
import { type Embedded, firstError, verifyEmbedded } from '../nested.js';

interface Endorsement extends Embedded {
  /** The id of the object the endorsement is attached to. */
  endorsed: string | undefined;
}

/** Verifies every embedded endorsement. */
export const checkEndorsements: Check<VerifyEnv> = async ({ document }, env) => {
  const endorsements = embeddedEndorsements(document);
  if (endorsements.length === 0) return undefined;
  const { within, over } = perObjectCap(endorsements, env.call.session.limits);
  const { verified, limits } = await verifyEmbedded(within, env);
  const findings = [...over, ...limits];
  for (const { entry, report } of verified) {
    findings.push(...judge(entry as Endorsement, report));
  }
  const message =
    over.length > 0
      ? `${within.length} of ${endorsements.length} endorsements verified (the rest are over the limit)`
      : `All ${endorsements.length} endorsements verify`;
  return {
    findings,
    message,
    ...(over.length > 0 || limits.length > 0 ? { undecided: true as const } : {}),
  };
};

function judge(entry: Endorsement, report: VerificationReport): Finding[] {
  const where = `The endorsement at ${entry.path}`;
  if (!report.verified) {
    return [
      finding(
        'ENDORSEMENT_INVALID',
        entry.path,
        `${where} does not verify (${firstError(report)}); do not show it`,
      ),
    ];
  }
  if (report.kind !== 'EndorsementCredential') {
    return [
      finding(
        'ENDORSEMENT_NOT_ENDORSEMENT',
        entry.path,
        `${where} is not an EndorsementCredential (it is ${report.kind})`,
      ),
    ];
  }
  const subject = endorsedId(entry.value);
  if (entry.endorsed === undefined || subject !== entry.endorsed) {
    return [
      finding(
        'ENDORSEMENT_SUBJECT_MISMATCH',
        entry.path,
        `${where} endorses ${subject ?? '(nothing)'}, not the object it is attached to (${entry.endorsed ?? 'an object without an id'})`,
      ),
    ];
  }
  if (report.status !== 'valid') {
    return [
      finding(
        'ENDORSEMENT_WARNING',
        entry.path,
        `${where} (${report.id ?? 'no id'}) verifies with warnings`,
      ),
    ];
  }
  return [];
}

// At most limits.endorsements per object: an object with more has none of its endorsements
// verified (the work beyond a limit is never started).
function perObjectCap(endorsements: Endorsement[], limits: Readonly<Limits>) {
  const byObject = new Map<string, Endorsement[]>();
  for (const e of endorsements) {
    const holder = e.path.replace(/\/endorsement(Jwt)?(\/\d+)?$/, '');
    byObject.set(holder, [...(byObject.get(holder) ?? []), e]);
  }
  const within: Endorsement[] = [];
  const over: Finding[] = [];
  for (const [holder, list] of byObject) {
    if (list.length <= limits.endorsements) within.push(...list);
    else {
      over.push(
        finding(
          'LIMITS_ENDORSEMENT_COUNT',
          holder,
          `The object at ${holder || '/'} carries ${list.length.toLocaleString('en-US')} endorsements, over ${limitName('endorsements', limits)}; none was verified`,
        ),
      );
    }
  }
  return { within, over };
}

// The credentialSubject.id of an embedded endorsement (object or compact JWT).
function endorsedId(value: unknown): string | undefined {
  const parsed = typeof value === 'string' || isObject(value) ? parseInput(value) : undefined;
  if (!parsed?.ok) return undefined;
  return idOf(asArray(parsed.document.credentialSubject).find(isObject));
}

/** Every endorsement in a credential, in document order, with the id of the object it endorses. */
export function embeddedEndorsements(credential: unknown): Endorsement[] {
  const found: Endorsement[] = [];
  const walk = (node: unknown, path: string, depth: number): void => {
    if (depth > 32 || found.length > 10_000) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${path}/${i}`, depth + 1);
      });
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}/${escapePointerToken(key)}`;
      if (key === 'endorsement' || key === 'endorsementJwt') {
        asArray(value).forEach((item, i) => {
          found.push({
            path: Array.isArray(value) ? `${here}/${i}` : here,
            value: item,
            endorsed: idOf(node),
          });
        });
      } else if (key !== 'verifiableCredential' && key !== 'proof') {
        // a CLR's credentials are verified in `credentials`; proofs hold no endorsements
        walk(value, here, depth + 1);
      }
    }
  };
  walk(credential, '', 0);
  return found;
}
