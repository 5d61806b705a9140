// `dates` check of an OB 2.0 Assertion or Endorsement: issuedOn and expires are DateTimes with a
// time zone (§Primitive datatypes), expires is not before issuedOn; with a clock (verify), the
// assertion is not expired ("After this time, the badge should be considered expired") and was not
// issued in the future (as the reference validator checks).
import type { JsonObject } from '../../internal/json.js';
import { finding } from '../../report/finding.js';
import type { Finding } from '../../report/types.js';
import type { Check } from '../types.js';
import type { Ob2CheckEnv, Ob2Document } from './document.js';
import { OB2_DATE_TIME } from './values.js';

interface DateValue {
  name: string;
  path: string;
  value: string;
  time: number;
}

/** Checks issuedOn and expires, and with a clock, that the assertion is current. */
export const checkOb2Dates: Check<Ob2CheckEnv> = (_target, env) => {
  const document = env.documents[0];
  if (!document || (document.cls !== 'Assertion' && document.cls !== 'Endorsement')) {
    return undefined;
  }
  const findings: Finding[] = [];
  const issued = readDate(document, 'issuedOn', findings);
  const expires = readDate(document, 'expires', findings);
  if (issued && expires && expires.time < issued.time) {
    findings.push(
      finding(
        'DATES_ORDER',
        expires.path,
        `expires (${expires.value}) is before issuedOn (${issued.value}): the badge is never valid`,
      ),
    );
  }
  if (env.now) {
    const now = env.now.getTime();
    const skew = env.skewMs ?? 0;
    if (expires && expires.time + skew <= now) {
      findings.push(
        finding('DATES_EXPIRED', expires.path, `The badge expired at ${expires.value}`),
      );
    }
    if (issued && issued.time - skew > now) {
      findings.push(
        finding(
          'DATES_NOT_YET_VALID',
          issued.path,
          `The badge is issued in the future (${issued.value})`,
          'Check the issuer’s clock, or verify again after issuedOn.',
        ),
      );
    }
  }
  return { findings, message: summary(issued, expires, env.now) };
};

function readDate(document: Ob2Document, name: string, findings: Finding[]): DateValue | undefined {
  const value = (document.view.view as JsonObject)[name];
  if (value === undefined) return undefined; // a missing issuedOn is an `ob2` finding
  const path = document.prefix + document.view.toInputPath(`/${name}`);
  if (typeof value !== 'string' || !OB2_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    findings.push(
      finding(
        'DATES_INVALID',
        path,
        `${name} must be a date-time with a time zone, like 2016-12-31T23:59:59Z, not ${JSON.stringify(value)}`,
      ),
    );
    return undefined;
  }
  return { name, path, value, time: Date.parse(value) };
}

function summary(issued?: DateValue, expires?: DateValue, now?: Date): string {
  const span = `issued ${issued?.value ?? '(no date)'}${expires ? `, expires ${expires.value}` : ''}`;
  return now ? `Valid now (${span})` : `The dates are valid (${span})`;
}
