// `dates` check: validFrom and validUntil (issuanceDate and expirationDate in VC 1.1) are
// date-times with a time zone, in order; when verifying (with a clock), now lies between them
// (OB 3.0 §Verification "Check the status": not yet valid before validFrom, expired after
// validUntil). validFrom is required by Open Badges and CLR credentials and by VC 1.1
// (issuanceDate); a plain VC 2.0 credential may omit it.
import type { JsonObject } from '../../internal/json.js';
import { DATE_TIME } from '../../internal/patterns.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check, CheckEnv, Target } from '../types.js';

interface DateValue {
  name: string;
  path: string;
  value: string;
  time: number;
}

const CREDENTIAL_KINDS = new Set([
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
  'VerifiableCredential',
]);

/** Checks the validity dates, and with a clock, that the credential is valid now. */
export const checkDates: Check = (target, env) => {
  if (!CREDENTIAL_KINDS.has(target.kind)) return undefined;
  const findings: Finding[] = [];
  const from = readDate(target.document, ['validFrom', 'issuanceDate'], findings);
  const until =
    readDate(target.document, ['validUntil', 'expirationDate'], findings) ??
    jwtUntil(env.jwtValidUntil);
  if (
    !from &&
    !findings.some((f) => f.code === 'DATES_INVALID' && /valid[Ff]rom|issuanceDate/.test(f.path))
  ) {
    if (fromRequired(target)) {
      const name = target.vcVersion === '1.1' ? 'issuanceDate' : 'validFrom';
      findings.push(finding('DATES_MISSING', `/${name}`, `The credential has no ${name}`));
    }
  }
  if (from && until && from.time > until.time) {
    findings.push(
      finding(
        'DATES_ORDER',
        until.path,
        `${until.name} (${until.value}) is before ${from.name} (${from.value}): the credential is never valid`,
      ),
    );
  }
  if (env.now) findings.push(...againstClock(from, until, env));
  return { findings, message: summary(from, until, env) };
};

function fromRequired({ kind, vcVersion }: Target): boolean {
  return kind !== 'VerifiableCredential' || vcVersion === '1.1';
}

function readDate(
  document: JsonObject,
  names: string[],
  findings: Finding[],
): DateValue | undefined {
  for (const name of names) {
    const value = document[name];
    if (value === undefined) continue;
    const path = `/${name}`;
    const time =
      typeof value === 'string' && DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      findings.push(
        finding(
          'DATES_INVALID',
          path,
          `${name} is not a date-time with a time zone: ${JSON.stringify(value)}`,
          `Write ${name} like 2024-05-01T12:00:00Z`,
        ),
      );
      return undefined;
    }
    return { name, path, value: value as string, time };
  }
  return undefined;
}

function jwtUntil(value: string | undefined): DateValue | undefined {
  if (value === undefined) return undefined;
  return { name: 'exp', path: '', value, time: Date.parse(value) };
}

function againstClock(
  from: DateValue | undefined,
  until: DateValue | undefined,
  { now, skewMs = 0 }: CheckEnv,
): Finding[] {
  const time = (now as Date).getTime();
  const out: Finding[] = [];
  if (until && time - skewMs > until.time) {
    out.push(finding('DATES_EXPIRED', until.path, `The credential expired at ${until.value}`));
  }
  if (from && time + skewMs < from.time) {
    out.push(
      finding('DATES_NOT_YET_VALID', from.path, `The credential is not valid before ${from.value}`),
    );
  }
  return out;
}

function summary(from: DateValue | undefined, until: DateValue | undefined, env: CheckEnv): string {
  const span = [from && `from ${from.value}`, until && `until ${until.value}`]
    .filter(Boolean)
    .join(' ');
  if (!env.now) return span ? `Valid ${span}` : 'The credential carries no validity dates';
  return span ? `Valid now (${span})` : 'Valid now (no validity dates)';
}
