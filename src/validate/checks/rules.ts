// The spec's rules that JSON Schema does not (fully) express, each under its own check id, plus
// recommended practice as warnings and info. References are to the OB 3.0 spec and data model.
import {
  asArray,
  escapePointerToken,
  idOf,
  isObject,
  type JsonObject,
} from '../../internal/json.js';
import { ABSOLUTE_IRI, DATE_TIME } from '../../internal/patterns.js';
import type { CredentialKind, VcVersion } from '../../model/kind.js';
import { issue } from '../issue.js';
import type { ValidationIssue } from '../types.js';

const IMAGE_DATA_URI = /^data:image\/(png|svg\+xml)[;,]/i;

const child = (path: string, key: string | number) => `${path}/${escapePointerToken(key)}`;

/** Runs the type, subject, issuer, evidence, dates and recommended-practice checks. */
export function checkRules(
  document: JsonObject,
  kind: CredentialKind,
  vcVersion: VcVersion | undefined,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const isCredential = [
    'AchievementCredential',
    'EndorsementCredential',
    'ClrCredential',
    'VerifiableCredential',
  ].includes(kind);

  if (isCredential) {
    if (!types(document).includes('VerifiableCredential')) {
      out.push(
        issue(
          'type',
          'TYPE_VC_MISSING',
          'error',
          '/type',
          'A credential\'s type must include "VerifiableCredential"',
        ),
      );
    }
    checkIssuer(document.issuer, '/issuer', out, true);
    checkDates(document, vcVersion, out);
    asArray(document.evidence).forEach((e, i) => {
      checkEvidence(e, Array.isArray(document.evidence) ? `/evidence/${i}` : '/evidence', out);
    });
    if (document.name === undefined) {
      out.push(
        issue(
          'recommended',
          'REC_CREDENTIAL_NAME',
          'warning',
          '/name',
          'The credential has no name; wallets show the name in their lists',
        ),
      );
    }
  }
  if (kind === 'AchievementCredential') {
    forEachAt(document.credentialSubject, '/credentialSubject', (subject, path) =>
      checkAchievementSubject(subject, path, out),
    );
  } else if (kind === 'ClrCredential') {
    forEachAt(document.credentialSubject, '/credentialSubject', (subject, path) => {
      if (!isObject(subject)) return;
      checkSubjectIdentity(subject, path, out);
      forEachAt(subject.achievement, child(path, 'achievement'), (a, p) =>
        checkAchievement(a, p, out),
      );
    });
  } else if (kind === 'EndorsementCredential') {
    forEachAt(document.credentialSubject, '/credentialSubject', (subject, path) => {
      if (isObject(subject) && typeof subject.id !== 'string') {
        out.push(
          issue(
            'subject',
            'SUBJECT_NO_ID',
            'error',
            child(path, 'id'),
            'An EndorsementSubject needs the id of what is endorsed',
          ),
        );
      }
    });
  } else if (kind === 'Achievement') {
    checkAchievement(document, '', out);
  } else if (kind === 'Profile') {
    checkIssuer(document, '', out, false);
  }
  checkImages(document, '', out);
  return out;
}

function types(node: JsonObject): string[] {
  return asArray(node.type).filter((t): t is string => typeof t === 'string');
}

function forEachAt(value: unknown, path: string, visit: (node: unknown, path: string) => void) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      visit(item, `${path}/${i}`);
    });
  } else if (value !== undefined) visit(value, path);
}

// A nested object must carry its class's type (OB 3.0 data model: "The type MUST include ...").
function requireType(node: unknown, expected: string, path: string, out: ValidationIssue[]) {
  if (!isObject(node)) return;
  if (!types(node).includes(expected)) {
    out.push(
      issue(
        'type',
        node.type === undefined ? 'TYPE_MISSING' : 'TYPE_WRONG',
        'error',
        child(path, 'type'),
        `This ${expected} must have type "${expected}"`,
      ),
    );
  }
}

function checkIssuer(issuer: unknown, path: string, out: ValidationIssue[], asIssuer: boolean) {
  if (issuer === undefined) {
    if (asIssuer)
      out.push(issue('issuer', 'ISSUER_MISSING', 'error', path, 'A credential needs an issuer'));
    return;
  }
  const id = idOf(issuer);
  if (id === undefined || !ABSOLUTE_IRI.test(id)) {
    out.push(
      issue(
        'issuer',
        'ISSUER_ID_INVALID',
        'error',
        typeof issuer === 'string' ? path : child(path, 'id'),
        'The issuer id must be an absolute URI (an https URL or a DID)',
      ),
    );
  }
  if (!isObject(issuer)) {
    if (asIssuer && typeof issuer === 'string') {
      out.push(
        issue(
          'recommended',
          'REC_ISSUER_PROFILE',
          'info',
          path,
          'The issuer is only an IRI; embedding its Profile (with a name) lets wallets show who issued the credential',
        ),
      );
    }
    return;
  }
  requireType(issuer, 'Profile', path, out);
  if (asIssuer && issuer.name === undefined) {
    out.push(
      issue(
        'recommended',
        'REC_ISSUER_NAME',
        'warning',
        child(path, 'name'),
        'The issuer has no name; wallets and verifiers show it',
      ),
    );
  }
  if (issuer.parentOrg !== undefined) {
    requireType(issuer.parentOrg, 'Profile', child(path, 'parentOrg'), out);
  }
  forEachAt(issuer.otherIdentifier, child(path, 'otherIdentifier'), (e, p) =>
    requireType(e, 'IdentifierEntry', p, out),
  );
}

function checkSubjectIdentity(subject: JsonObject, path: string, out: ValidationIssue[]) {
  if (subject.id === undefined && asArray(subject.identifier).length === 0) {
    out.push(
      issue(
        'subject',
        'SUBJECT_NO_ID',
        'error',
        path,
        'The credential subject needs an id or at least one identifier (who received it?)',
      ),
    );
  }
  forEachAt(subject.identifier, child(path, 'identifier'), (identity, p) => {
    requireType(identity, 'IdentityObject', p, out);
    if (
      isObject(identity) &&
      identity.hashed === false &&
      identity.identityType === 'emailAddress'
    ) {
      out.push(
        issue(
          'recommended',
          'REC_PLAINTEXT_EMAIL',
          'info',
          child(p, 'identityHash'),
          'The recipient email is in plain text; a hashed identifier (hashed: true, salted) keeps it private',
        ),
      );
    }
  });
}

function checkAchievementSubject(subject: unknown, path: string, out: ValidationIssue[]) {
  if (!isObject(subject)) return;
  requireType(subject, 'AchievementSubject', path, out);
  checkSubjectIdentity(subject, path, out);
  forEachAt(subject.result, child(path, 'result'), (r, p) => requireType(r, 'Result', p, out));
  if (subject.source !== undefined)
    requireType(subject.source, 'Profile', child(path, 'source'), out);
  if (subject.achievement !== undefined)
    checkAchievement(subject.achievement, child(path, 'achievement'), out);
}

function checkAchievement(achievement: unknown, path: string, out: ValidationIssue[]) {
  if (!isObject(achievement)) return;
  requireType(achievement, 'Achievement', path, out);
  const criteria = achievement.criteria;
  if (isObject(criteria) && criteria.id === undefined && criteria.narrative === undefined) {
    out.push(
      issue(
        'subject',
        'CRITERIA_EMPTY',
        'error',
        child(path, 'criteria'),
        'Criteria need an id (a page describing them) or a narrative',
      ),
    );
  }
  forEachAt(achievement.resultDescription, child(path, 'resultDescription'), (r, p) =>
    requireType(r, 'ResultDescription', p, out),
  );
  forEachAt(achievement.otherIdentifier, child(path, 'otherIdentifier'), (e, p) =>
    requireType(e, 'IdentifierEntry', p, out),
  );
  if (achievement.creator !== undefined)
    checkIssuer(achievement.creator, child(path, 'creator'), out, false);
  if (achievement.image === undefined) {
    out.push(
      issue(
        'recommended',
        'REC_ACHIEVEMENT_IMAGE',
        'info',
        child(path, 'image'),
        'The achievement has no image; badges are usually shown as one',
      ),
    );
  }
}

function checkEvidence(evidence: unknown, path: string, out: ValidationIssue[]) {
  if (!isObject(evidence)) return;
  requireType(evidence, 'Evidence', path, out);
  if (evidence.id === undefined && evidence.narrative === undefined) {
    out.push(
      issue(
        'evidence',
        'EVIDENCE_EMPTY',
        'warning',
        path,
        'Evidence without an id (URL) or a narrative tells a reader nothing',
      ),
    );
  }
}

// OB 3.0 §Verification "Check the status" / VC DM: validFrom ≤ validUntil; dates are date-times.
function checkDates(
  document: JsonObject,
  vcVersion: VcVersion | undefined,
  out: ValidationIssue[],
) {
  const names =
    vcVersion === '1.1'
      ? (['issuanceDate', 'expirationDate'] as const)
      : (['validFrom', 'validUntil'] as const);
  const times: (number | undefined)[] = [];
  for (const name of [...names, 'awardedDate'] as const) {
    const value = document[name];
    if (value === undefined) {
      times.push(undefined);
      continue;
    }
    const ok =
      typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    // For VC 2.0 the schema already reports malformed dates; here only the 1.1 names need it.
    if (!ok && vcVersion === '1.1') {
      out.push(
        issue(
          'dates',
          'DATES_INVALID',
          'error',
          `/${name}`,
          `${name} must be a date-time with a time zone, such as 2024-05-01T12:00:00Z`,
        ),
      );
    }
    times.push(ok ? Date.parse(value as string) : undefined);
  }
  const [from, until] = times;
  if (from !== undefined && until !== undefined && from > until) {
    out.push(
      issue(
        'dates',
        'DATES_ORDER',
        'error',
        `/${names[1]}`,
        `${names[1]} is before ${names[0]}: the credential would never be valid`,
      ),
    );
  }
}

// OB 3.0 §Image: an embedded image (data URI) must be PNG or SVG.
function checkImages(node: unknown, path: string, out: ValidationIssue[]) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      checkImages(item, `${path}/${i}`, out);
    });
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '@context') continue;
    const p = child(path, key);
    if (key === 'image') {
      const id = idOf(value);
      if (id?.startsWith('data:') && !IMAGE_DATA_URI.test(id)) {
        out.push(
          issue(
            'image',
            'IMAGE_FORMAT',
            'error',
            typeof value === 'string' ? p : child(p, 'id'),
            'An embedded image must be a PNG or SVG data URI (data:image/png or data:image/svg+xml)',
          ),
        );
      }
    }
    checkImages(value, p, out);
  }
}
