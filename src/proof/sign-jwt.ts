// Signing a VC-JWT as Open Badges 3.0 §JSON Web Token Proof Format defines it: a compact JWS whose
// JOSE header has only `alg`, `kid` or `jwk`, and `typ: "JWT"`; whose payload is the credential
// (VC Data Model 2.0) or carries it in the `vc` claim (VC Data Model 1.1), with the registered
// claims `iss`, `sub`, `jti`, `nbf` and `exp` taken from it.
import { InvalidArgumentError, SigningError } from '../errors/index.js';
import { toBase64url, utf8 } from '../internal/encoding.js';
import { idOf, isObject, type JsonObject } from '../internal/json.js';
import { detectVcVersion } from '../parse/detect.js';
import { numericDate, subjectIdOf } from './jwt-claims.js';
import { publicJwkOf } from './key-material.js';
import { resolveSigningKey } from './signing-key.js';
import type { JwtAlgorithm, KeyAlgorithm, SignJwtOptions } from './types.js';

/** The JWS algorithm of each key algorithm. */
export const JWT_ALGORITHM: Readonly<Record<KeyAlgorithm, JwtAlgorithm>> = {
  Ed25519: 'EdDSA',
  'P-256': 'ES256',
  RSA: 'RS256',
};

/**
 * Signs a credential as a VC-JWT (OB 3.0 §JSON Web Token Proof Format): `RS256` for RSA keys (the
 * spec's minimum), `ES256` for P-256, `EdDSA` for Ed25519. The JOSE header has `alg`, `typ: "JWT"`
 * and either `kid` (the verification-method id, default) or the public `jwk`. The payload is the
 * credential plus `iss` (issuer id), `jti` (id), `sub` (subject id), `nbf` (validFrom) and `exp`
 * (validUntil) for VC Data Model 2.0 credentials; VC 1.1 credentials go in the `vc` claim. Embedded
 * proofs, if any, stay in the payload (the spec requires adding them first).
 *
 * @param credential - The credential; it needs an `id`, an `issuer` and `validFrom`
 *   (`issuanceDate` for VC 1.1).
 * @param options - `key` or `signer`, and `header: 'kid' | 'jwk'`.
 * @returns The compact JWS.
 * @throws {IssuerKeyMismatchError} `ERR_LERKIT_ISSUER_KEY_MISMATCH` when the issuer is not the key's
 *   controller, unless `allowIssuerMismatch` is set.
 * @throws {SigningError} `ERR_LERKIT_SIGNING_FAILED` when a required claim cannot be derived.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` for a malformed key or one without its secret.
 * @example
 * ```ts
 * const key = await generateKeyPair({ type: 'RSA' });
 * const jwt = await signJwt(credential, { key }); // eyJhbGciOiJSUzI1NiIs…
 * ```
 */
export async function signJwt(credential: object, options: SignJwtOptions): Promise<string> {
  if (!isObject(credential))
    throw new InvalidArgumentError('credential must be an object', 'credential');
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const { signer, publicJwk } = await resolveSigningKey(credential, options);
  const alg = JWT_ALGORITHM[signer.algorithm];
  const headerMode = options.header ?? 'kid';
  if (headerMode !== 'kid' && headerMode !== 'jwk') {
    throw new InvalidArgumentError('header must be "kid" or "jwk"', 'header');
  }
  const header: JsonObject = { alg };
  if (options.typ !== false) header.typ = 'JWT';
  if (headerMode === 'kid') header.kid = signer.id;
  else {
    if (!publicJwk) {
      throw new InvalidArgumentError(
        'header "jwk" with a signer needs its publicKeyJwk',
        'publicKeyJwk',
      );
    }
    header.jwk = publicJwkOf(publicJwk);
  }

  const claims = claimsOf(credential);
  const payload =
    detectVcVersion(credential) === '1.1'
      ? { ...claims, vc: credential }
      : { ...credential, ...claims };
  const signingInput = `${encodePart(header)}.${encodePart(payload)}`;
  let signature: Uint8Array;
  try {
    signature = await signer.sign(utf8(signingInput));
  } catch (cause) {
    throw new SigningError(`The signer failed: ${(cause as Error)?.message ?? cause}`, { cause });
  }
  return `${signingInput}.${toBase64url(signature)}`;
}

function encodePart(value: object): string {
  return toBase64url(utf8(JSON.stringify(value)));
}

function claimsOf(credential: JsonObject): JsonObject {
  const iss = idOf(credential.issuer);
  if (!iss) throw new SigningError('A VC-JWT needs the issuer id (the iss claim)');
  if (typeof credential.id !== 'string') {
    throw new SigningError('A VC-JWT needs the credential id (the jti claim)');
  }
  const from = credential.validFrom ?? credential.issuanceDate;
  const nbf = numericDate(from);
  if (nbf === undefined) {
    throw new SigningError('A VC-JWT needs validFrom (issuanceDate in VC 1.1): the nbf claim');
  }
  const claims: JsonObject = { iss, jti: credential.id, nbf };
  const subjectId = subjectIdOf(credential);
  if (subjectId) claims.sub = subjectId;
  const until = credential.validUntil ?? credential.expirationDate;
  if (until !== undefined) {
    const exp = numericDate(until);
    if (exp === undefined) throw new SigningError('validUntil is not a valid date-time');
    claims.exp = exp;
  }
  return claims;
}
