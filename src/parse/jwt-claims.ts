// VC-JWT 1.1 (VC Data Model 1.1 §6.3.1 JWT and JWS Considerations, "JWT decoding"): the `vc`
// claim holds the credential, and the registered claims stand for credential properties — `iss`
// the issuer, `nbf` issuanceDate, `exp` expirationDate, `sub` credentialSubject.id, `jti` id. An
// issuer may leave those properties out of the `vc` claim; the decoded credential takes them from
// the claims. Where both are present they must agree, which proof verification checks.
import { asArray, isObject, type JsonObject } from '../internal/json.js';

/**
 * The credential a VC 1.1 JWT carries: its `vc` claim, with properties the claim omits taken from
 * `iss`, `nbf`, `exp`, `sub` and `jti`. Present properties are never overwritten.
 */
export function credentialOfVcClaim(payload: JsonObject): JsonObject {
  const vc = isObject(payload.vc) ? { ...payload.vc } : {};
  const { iss, nbf, exp, sub, jti } = payload;
  if (typeof iss === 'string') {
    if (vc.issuer === undefined) vc.issuer = iss;
    else if (isObject(vc.issuer) && vc.issuer.id === undefined)
      vc.issuer = { ...vc.issuer, id: iss };
  }
  if (typeof nbf === 'number' && vc.issuanceDate === undefined) vc.issuanceDate = dateTimeOf(nbf);
  if (typeof exp === 'number' && vc.expirationDate === undefined) {
    vc.expirationDate = dateTimeOf(exp);
  }
  if (typeof jti === 'string' && vc.id === undefined) vc.id = jti;
  if (typeof sub === 'string') {
    const subjects = asArray(vc.credentialSubject);
    const first = subjects[0];
    if (subjects.length === 1 && isObject(first) && first.id === undefined) {
      vc.credentialSubject = { ...first, id: sub };
    }
  }
  return vc;
}

/** A JWT NumericDate (seconds) as an XML Schema date-time, `2024-01-01T00:00:00Z`. */
export function dateTimeOf(numericDate: number): string | undefined {
  const date = new Date(numericDate * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}
