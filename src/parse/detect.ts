import { OB_V2_CONTEXT_URL, VC_V1_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../context/urls.js';
import { asArray, type JsonObject } from '../internal/json.js';
import type { CredentialKind, VcVersion } from '../model/kind.js';

const OB2_CONTEXTS = new Set([OB_V2_CONTEXT_URL, 'https://openbadgespec.org/v2/context.json']);
const OB1_CONTEXTS = new Set([
  'https://w3id.org/openbadges/v1',
  'https://openbadgespec.org/v1/context.json',
  'https://w3id.org/openbadges/legacy-v1',
]);

/** The string values of a JSON-LD `type` (a string or an array). */
export function typesOf(document: JsonObject): string[] {
  return asArray(document.type).filter((t): t is string => typeof t === 'string');
}

/** The string entries of a JSON-LD `@context` (a string, an object or an array). */
export function contextUrlsOf(document: JsonObject): string[] {
  return asArray(document['@context']).filter((c): c is string => typeof c === 'string');
}

/**
 * Tells what kind of document this is, from its `type` and `@context`.
 *
 * @param document - A parsed JSON object.
 * @returns The kind; `unknown` when nothing matches.
 * @example
 * ```ts
 * detectKind({ type: ['VerifiableCredential', 'OpenBadgeCredential'] }); // 'AchievementCredential'
 * ```
 */
export function detectKind(document: JsonObject): CredentialKind {
  const types = typesOf(document);
  const contexts = contextUrlsOf(document);
  if (contexts.some((c) => OB2_CONTEXTS.has(c))) {
    const ob2 = ob2Kind(document, types);
    if (ob2) return ob2;
  }
  if (isOb1Assertion(document, types, contexts)) return 'OB1Assertion';
  if (types.includes('ClrCredential')) return 'ClrCredential';
  if (types.includes('EndorsementCredential')) return 'EndorsementCredential';
  if (types.includes('AchievementCredential') || types.includes('OpenBadgeCredential')) {
    return 'AchievementCredential';
  }
  if (types.includes('VerifiableCredential')) return 'VerifiableCredential';
  if (types.includes('Profile')) return 'Profile';
  if (types.includes('Achievement')) return 'Achievement';
  return 'unknown';
}

// OB 2.0 §Open Badges Vocabulary. An assertion without its (required) type, or with another, is
// still recognised by its badge and recipient, so that the OB 2.0 rules can say what is wrong.
function ob2Kind(document: JsonObject, types: string[]): CredentialKind | undefined {
  if (types.includes('Assertion')) return 'OB2Assertion';
  if (types.includes('BadgeClass')) return 'OB2BadgeClass';
  if (types.includes('Issuer') || types.includes('Profile')) return 'OB2Profile';
  if (types.includes('Endorsement')) return 'OB2Endorsement';
  if ('badge' in document && 'recipient' in document) return 'OB2Assertion';
  return undefined;
}

// Open Badges 1.1 (the v1 context) and 1.0 / 0.5 (plain JSON with `badge`, `recipient` and one of
// 1.0's own properties: `verify`, `uid`, `issued_on`, `salt`).
function isOb1Assertion(document: JsonObject, types: string[], contexts: string[]): boolean {
  const shaped = 'badge' in document && 'recipient' in document;
  if (contexts.some((c) => OB1_CONTEXTS.has(c))) return types.includes('Assertion') || shaped;
  if (document['@context'] !== undefined || document.type !== undefined) return false;
  return shaped && ['verify', 'uid', 'issued_on', 'salt'].some((key) => key in document);
}

/**
 * Tells which VC Data Model version a credential follows: by its first `@context`, else by its
 * date properties (`validFrom` is 2.0, `issuanceDate` is 1.1).
 *
 * @param document - A parsed credential.
 * @returns The version, or `undefined` when the document gives no sign of one.
 * @example
 * ```ts
 * detectVcVersion({ '@context': ['https://www.w3.org/2018/credentials/v1'] }); // '1.1'
 * ```
 */
export function detectVcVersion(document: JsonObject): VcVersion | undefined {
  const first = contextUrlsOf(document)[0];
  if (first === VC_V2_CONTEXT_URL) return '2.0';
  if (first === VC_V1_CONTEXT_URL) return '1.1';
  if ('validFrom' in document || 'validUntil' in document) return '2.0';
  if ('issuanceDate' in document || 'expirationDate' in document) return '1.1';
  return undefined;
}
