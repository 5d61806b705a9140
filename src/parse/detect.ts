import { OB_V2_CONTEXT_URL, VC_V1_CONTEXT_URL, VC_V2_CONTEXT_URL } from '../context/urls.js';
import { asArray, type JsonObject } from '../internal/json.js';
import type { CredentialKind, VcVersion } from '../model/kind.js';

const OB2_CONTEXTS = new Set([
  OB_V2_CONTEXT_URL,
  'https://openbadgespec.org/v2/context.json',
  'https://w3id.org/openbadges/v1',
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
    if (types.includes('Assertion')) return 'OB2Assertion';
    if (types.includes('BadgeClass')) return 'OB2BadgeClass';
    if (types.includes('Issuer') || types.includes('Profile')) return 'OB2Profile';
  }
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
