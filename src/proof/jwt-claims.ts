// The registered claims of a VC-JWT against the credential it carries (OB 3.0 §Verify a
// Credential, VC-JWT Signature; VC Data Model 1.1 §6.3.1): `iss` is the issuer id, `sub` the
// credentialSubject id, `jti` the credential id, `nbf` validFrom (issuanceDate in VC 1.1), `exp`
// validUntil (expirationDate). A claim that contradicts the credential fails the proof.
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';

/** The id of the (first) credential subject. */
export function subjectIdOf(credential: JsonObject): string | undefined {
  const subject = asArray(credential.credentialSubject)[0];
  return isObject(subject) && typeof subject.id === 'string' ? subject.id : undefined;
}

/** A date-time as a JWT NumericDate (seconds), or `undefined` if it is not one. */
export function numericDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000);
}

/** The first way the claims contradict the credential (or lack a required claim), in words. */
export function claimsProblem(payload: JsonObject, credential: JsonObject): string | undefined {
  return (
    issuerProblem(payload, credential) ??
    subjectProblem(payload, credential) ??
    idProblem(payload, credential) ??
    datesProblem(payload, credential)
  );
}

function issuerProblem(payload: JsonObject, credential: JsonObject): string | undefined {
  const issuerId = idOf(credential.issuer);
  if (payload.iss === undefined) return 'The JWT has no iss claim';
  if (payload.iss === issuerId) return undefined;
  return `The iss claim ${JSON.stringify(payload.iss)} is not the issuer id ${JSON.stringify(issuerId)}`;
}

function subjectProblem(payload: JsonObject, credential: JsonObject): string | undefined {
  const subjectId = subjectIdOf(credential);
  if (payload.sub === undefined)
    return subjectId === undefined ? undefined : 'The JWT has no sub claim';
  if (payload.sub === subjectId) return undefined;
  return `The sub claim ${JSON.stringify(payload.sub)} is not credentialSubject.id ${JSON.stringify(subjectId)}`;
}

function idProblem(payload: JsonObject, credential: JsonObject): string | undefined {
  if (payload.jti === undefined) return 'The JWT has no jti claim';
  if (payload.jti === credential.id) return undefined;
  return `The jti claim ${JSON.stringify(payload.jti)} is not the credential id ${JSON.stringify(credential.id)}`;
}

function datesProblem(payload: JsonObject, credential: JsonObject): string | undefined {
  if (typeof payload.nbf !== 'number') return 'The JWT has no numeric nbf claim';
  const from = credential.validFrom ?? credential.issuanceDate;
  const fromName = credential.validFrom !== undefined ? 'validFrom' : 'issuanceDate';
  if (numericDate(from) !== payload.nbf) {
    return `The nbf claim (${payload.nbf}) is not ${fromName} (${String(from)})`;
  }
  if (payload.exp === undefined) return undefined;
  if (typeof payload.exp !== 'number') return 'The exp claim is not a NumericDate';
  const until = credential.validUntil ?? credential.expirationDate;
  const untilName = credential.validUntil !== undefined ? 'validUntil' : 'expirationDate';
  if (until !== undefined && numericDate(until) !== payload.exp) {
    return `The exp claim (${payload.exp}) is not ${untilName} (${String(until)})`;
  }
  return undefined;
}
