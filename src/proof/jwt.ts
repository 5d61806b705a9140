// VC-JWT as Open Badges 3.0 §JSON Web Token Proof Format defines it: a compact JWS whose JOSE
// header has only `alg`, `kid` or `jwk`, and `typ: "JWT"`; whose payload is the credential (VC
// Data Model 2.0) or carries it in the `vc` claim (VC Data Model 1.1), with the registered
// claims `iss`, `sub`, `jti`, `nbf` and `exp` taken from it. Signatures are verified by `jose`.
import { compactVerify, importJWK } from 'jose';
import type { DocumentLoader } from '../context/types.js';
import { InvalidArgumentError, SigningError } from '../errors/index.js';
import { fromBase64url, fromUtf8, toBase64url, utf8 } from '../internal/encoding.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import { detectVcVersion } from '../parse/detect.js';
import { withoutJwtClaims } from '../parse/parse-input.js';
import { jwkAlgorithm, multikeyToJwk, publicJwkOf } from './key-material.js';
import {
  authorisedMethods,
  issuerListsMethod,
  loadDocument,
  methodAlgorithm,
  resolveVerificationMethod,
} from './resolve.js';
import { resolveSigningKey } from './signing-key.js';
import { keyName } from './suites.js';
import type { Jwk, JwtAlgorithm, KeyAlgorithm, SignJwtOptions } from './types.js';
import type { ProofResult } from './verify-proofs.js';

/** The JWS algorithm of each key algorithm. */
export const JWT_ALGORITHM: Readonly<Record<KeyAlgorithm, JwtAlgorithm>> = {
  Ed25519: 'EdDSA',
  'P-256': 'ES256',
  RSA: 'RS256',
};

const KEY_OF_ALG: Readonly<Record<string, KeyAlgorithm>> = {
  EdDSA: 'Ed25519',
  ES256: 'P-256',
  RS256: 'RSA',
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

function subjectIdOf(credential: JsonObject): string | undefined {
  const subject = asArray(credential.credentialSubject)[0];
  return isObject(subject) && typeof subject.id === 'string' ? subject.id : undefined;
}

function numericDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000);
}

// ---------------------------------------------------------------------------------------------

/** Options of {@link verifyJwtProof}. */
export interface VerifyJwtProofOptions {
  /** Loader for DID documents, controller documents, JWKS and keys. */
  documentLoader: DocumentLoader;
  /** Accept a header key the issuer's documents cannot confirm (with a warning). */
  acceptUnconfirmedKeys?: boolean;
}

/** Result of {@link verifyJwtProof}: the proof result, and the credential the JWT carries. */
export interface JwtProofResult extends ProofResult {
  /** The credential (payload or `vc` claim), without the registered claims. */
  credential?: JsonObject;
  /** `exp` as a date-time, which sets the credential's validUntil (OB 3.0 §Verify a Credential). */
  validUntil?: string;
}

const ALLOWED_HEADER = new Set(['alg', 'kid', 'jwk', 'typ']);

/**
 * Verifies the signature and claims of a VC-JWT as OB 3.0 §Verify a Credential says: only
 * `RS256`, `ES256` and `EdDSA` (never `none` or HMAC); the key from `kid` (DID URL, controller
 * document, or JWK URL) or `jwk`, which the issuer must own — listed in its DID/controller
 * document, or in `https://{issuer authority}/.well-known/jwks.json` (OB 3.0 Implementation Guide
 * §Key provenance) — and `iss`, `sub`, `nbf`, `jti`, `exp` consistent with the credential.
 */
export async function verifyJwtProof(
  jwt: string,
  options: VerifyJwtProofOptions,
): Promise<JwtProofResult> {
  const path = '';
  const suite = 'VC-JWT';
  const fail = (code: ProofResult['code'], message: string, extra: Partial<JwtProofResult> = {}) =>
    ({ path, verified: false, code, message, suite, ...extra }) as JwtProofResult;

  const parts = jwt.split('.');
  if (parts.length !== 3) return fail('PROOF_MALFORMED', 'A compact JWS has three parts');
  let header: JsonObject;
  let payload: JsonObject;
  try {
    header = JSON.parse(fromUtf8(fromBase64url(parts[0] as string)));
    payload = JSON.parse(fromUtf8(fromBase64url(parts[1] as string)));
  } catch {
    return fail('PROOF_MALFORMED', 'The JWT header or payload is not base64url JSON');
  }
  if (!isObject(header) || !isObject(payload)) {
    return fail('PROOF_MALFORMED', 'The JWT header and payload must be JSON objects');
  }
  const alg = header.alg;
  const keyAlgorithm = typeof alg === 'string' ? KEY_OF_ALG[alg] : undefined;
  if (!keyAlgorithm) {
    return fail(
      'PROOF_JWT_ALG_UNSUPPORTED',
      `JWS algorithm ${JSON.stringify(alg)} is not accepted (RS256, ES256 or EdDSA; never "none" or HMAC)`,
    );
  }
  const extra = Object.keys(header).filter((k) => !ALLOWED_HEADER.has(k));
  if (extra.length > 0) {
    return fail(
      'PROOF_JWT_HEADER_INVALID',
      `The JOSE header has members the spec does not allow: ${extra.join(', ')} (only alg, kid, jwk, typ)`,
    );
  }
  if (header.typ !== undefined && header.typ !== 'JWT') {
    return fail(
      'PROOF_JWT_HEADER_INVALID',
      `The JOSE header typ must be "JWT", not ${JSON.stringify(header.typ)}`,
    );
  }
  const kid = header.kid;
  const headerJwk = header.jwk;
  if (kid === undefined && headerJwk === undefined) {
    return fail('PROOF_JWT_HEADER_INVALID', 'The JOSE header has neither kid nor jwk');
  }
  if (kid !== undefined && typeof kid !== 'string') {
    return fail('PROOF_JWT_HEADER_INVALID', 'The JOSE header kid must be a string');
  }
  if (headerJwk !== undefined) {
    if (!isObject(headerJwk))
      return fail('PROOF_JWT_HEADER_INVALID', 'The header jwk must be a JWK');
    if (headerJwk.d !== undefined) {
      return fail(
        'PROOF_JWT_HEADER_INVALID',
        'The header jwk contains a private key ("d"): the key is compromised',
      );
    }
  }

  // The credential and its issuer.
  const hasVc = isObject(payload.vc);
  const credential = hasVc ? (payload.vc as JsonObject) : withoutJwtClaims(payload);
  const version = detectVcVersion(credential);
  if (hasVc && version === '2.0') {
    return fail(
      'PROOF_JWT_CLAIMS_INVALID',
      'A VC Data Model 2.0 credential is the JWT payload itself, not a `vc` claim',
    );
  }
  if (!hasVc && version === '1.1') {
    return fail(
      'PROOF_JWT_CLAIMS_INVALID',
      'A VC Data Model 1.1 credential must be in the `vc` claim of the JWT',
    );
  }
  const issuerId = idOf(credential.issuer);
  const verificationMethod = typeof kid === 'string' ? kid : 'jwk';
  const info = { suite, verificationMethod, credential };

  // The key, and whether the issuer owns it.
  const key = await resolveJwtKey(
    typeof kid === 'string' ? kid : undefined,
    isObject(headerJwk) ? (headerJwk as Jwk) : undefined,
    issuerId,
    options,
  );
  if (!key.ok) return fail(key.code, key.message, info);
  if (jwkAlgorithmSafe(key.jwk) !== keyAlgorithm) {
    return fail(
      'PROOF_KEY_TYPE_MISMATCH',
      `alg ${String(alg)} needs ${keyName(keyAlgorithm)}, but the key is ${jwkAlgorithmSafe(key.jwk) ?? 'unreadable'}`,
      info,
    );
  }
  try {
    const cryptoKey = await importJWK(publicJwkOf(key.jwk), alg as string);
    await compactVerify(jwt, cryptoKey, { algorithms: [alg as string] });
  } catch (error) {
    return fail(
      'PROOF_SIGNATURE_INVALID',
      `The JWS signature does not verify: ${(error as Error)?.message ?? error}`,
      info,
    );
  }

  const claimProblem = checkClaims(payload, credential);
  if (claimProblem) return fail('PROOF_JWT_CLAIMS_INVALID', claimProblem, info);
  const result: JwtProofResult = {
    path,
    verified: true,
    message: `JWS (${String(alg)}) verified with ${key.description}`,
    ...info,
  };
  if (key.unconfirmed) {
    result.code = 'PROOF_KEY_UNCONFIRMED';
    result.message += `. ${key.unconfirmed}`;
  }
  if (typeof payload.exp === 'number') {
    result.validUntil = new Date(payload.exp * 1000).toISOString().replace('.000Z', 'Z');
  }
  return result;
}

function jwkAlgorithmSafe(jwk: Jwk): KeyAlgorithm | undefined {
  try {
    return jwkAlgorithm(jwk);
  } catch {
    return undefined;
  }
}

// OB 3.0 §Verify a Credential VC-JWT Signature.
function checkClaims(payload: JsonObject, credential: JsonObject): string | undefined {
  const issuerId = idOf(credential.issuer);
  if (payload.iss === undefined) return 'The JWT has no iss claim';
  if (payload.iss !== issuerId) {
    return `The iss claim ${JSON.stringify(payload.iss)} is not the issuer id ${JSON.stringify(issuerId)}`;
  }
  const subjectId = subjectIdOf(credential);
  if (payload.sub === undefined) {
    if (subjectId !== undefined) return 'The JWT has no sub claim';
  } else if (payload.sub !== subjectId) {
    return `The sub claim ${JSON.stringify(payload.sub)} is not credentialSubject.id ${JSON.stringify(subjectId)}`;
  }
  if (payload.jti === undefined) return 'The JWT has no jti claim';
  if (payload.jti !== credential.id) {
    return `The jti claim ${JSON.stringify(payload.jti)} is not the credential id ${JSON.stringify(credential.id)}`;
  }
  if (typeof payload.nbf !== 'number') return 'The JWT has no numeric nbf claim';
  const from = numericDate(credential.validFrom ?? credential.issuanceDate);
  if (from !== payload.nbf) {
    return `The nbf claim (${payload.nbf}) is not validFrom (${String(credential.validFrom ?? credential.issuanceDate)})`;
  }
  if (payload.exp !== undefined) {
    if (typeof payload.exp !== 'number') return 'The exp claim is not a NumericDate';
    const until = credential.validUntil ?? credential.expirationDate;
    if (until !== undefined && numericDate(until) !== payload.exp) {
      return `The exp claim (${payload.exp}) is not validUntil (${String(until)})`;
    }
  }
  return undefined;
}

type JwtKey =
  | { ok: true; jwk: Jwk; description: string; unconfirmed?: string }
  | { ok: false; code: NonNullable<ProofResult['code']>; message: string };

async function resolveJwtKey(
  kid: string | undefined,
  headerJwk: Jwk | undefined,
  issuerId: string | undefined,
  options: VerifyJwtProofOptions,
): Promise<JwtKey> {
  let candidate: Jwk | undefined = headerJwk;
  let whyNot = '';
  let failCode: NonNullable<ProofResult['code']> = 'PROOF_KEY_NOT_AUTHORIZED';
  if (kid !== undefined) {
    const resolved = await resolveVerificationMethod(kid, {
      documentLoader: options.documentLoader,
    });
    if (resolved.ok) {
      const jwk = methodJwk(resolved.method);
      if (!jwk) {
        return {
          ok: false,
          code: 'PROOF_KEY_TYPE_MISMATCH',
          message: `${kid} is not a key lerkit can read`,
        };
      }
      if (headerJwk && !sameJwk(jwk, headerJwk)) {
        return {
          ok: false,
          code: 'PROOF_JWT_KEY_MISMATCH',
          message: `The header jwk is not the key ${kid} names`,
        };
      }
      if (
        resolved.controllerId !== issuerId &&
        !(await issuerListsMethod(issuerId, kid, options.documentLoader))
      ) {
        return {
          ok: false,
          code: 'PROOF_ISSUER_MISMATCH',
          message: `The key is controlled by ${resolved.controllerId}, but the credential's issuer is ${issuerId ?? '(none)'}`,
        };
      }
      return { ok: true, jwk, description: kid };
    }
    // A key document without a controller (a bare JWK at a URL) still gives the key material;
    // whether the issuer owns it is settled by the issuer's JWKS below.
    const loose = await looseKey(kid, options.documentLoader);
    if (loose) {
      if (headerJwk && !sameJwk(loose, headerJwk)) {
        return {
          ok: false,
          code: 'PROOF_JWT_KEY_MISMATCH',
          message: `The header jwk is not the key ${kid} names`,
        };
      }
      candidate = loose;
    }
    whyNot = resolved.message;
    failCode = resolved.code;
    if (kid.startsWith('did:'))
      return { ok: false, code: resolved.code, message: resolved.message };
  }
  // Evidence against the key: a document of the issuer's that lists keys, but not this one.
  let contradicted = false;
  // The issuer's DID or controller document lists the key for assertionMethod.
  if (issuerId && candidate) {
    const issuerDocument = await loadDocument(issuerId, options.documentLoader);
    if (issuerDocument.ok) {
      const listed = authorisedMethods(issuerDocument.document).find((method) => {
        const jwk = methodJwk(method);
        return jwk !== undefined && sameJwk(jwk, candidate as Jwk);
      });
      if (listed) {
        return {
          ok: true,
          jwk: candidate,
          description: `${String(listed.id)} (listed by the issuer)`,
        };
      }
      if (
        issuerDocument.document.assertionMethod !== undefined ||
        issuerDocument.document.verificationMethod !== undefined
      ) {
        contradicted = true;
        whyNot = `${issuerId} does not list the key under assertionMethod`;
      }
    }
  }
  // The issuer's JWK Set at https://{authority}/.well-known/jwks.json lists it.
  const jwks = await issuerJwks(issuerId, options.documentLoader);
  if (jwks.keys) {
    // A kid matches an entry's kid, or — for a kid that points into the JWKS itself
    // (`…/jwks.json#abc`) — the fragment.
    const prefix = `${jwks.url ?? ''}#`;
    const fragment = kid?.startsWith(prefix) === true ? kid.slice(prefix.length) : undefined;
    const match =
      kid !== undefined
        ? jwks.keys.find(
            (entry) => entry.kid === kid || (fragment !== undefined && entry.kid === fragment),
          )
        : jwks.keys.find((entry) => candidate !== undefined && sameJwk(entry, candidate));
    if (match && (candidate === undefined || sameJwk(match, candidate))) {
      if (match.iss !== undefined && match.iss !== issuerId) {
        return {
          ok: false,
          code: 'PROOF_ISSUER_MISMATCH',
          message: `The issuer's JWKS lists the key for iss ${JSON.stringify(match.iss)}, not ${issuerId}`,
        };
      }
      return { ok: true, jwk: candidate ?? match, description: `a key in ${jwks.url}` };
    }
    contradicted = true;
    whyNot = `${jwks.url} does not list the key${kid ? ` ${kid}` : ''}`;
    failCode = 'PROOF_KEY_NOT_AUTHORIZED';
  } else {
    whyNot = [whyNot, jwks.reason].filter(Boolean).join('. ');
  }
  if (!candidate) return { ok: false, code: failCode, message: whyNot };
  // The opt-in covers only keys nothing could confirm, never keys the issuer's documents omit.
  if (options.acceptUnconfirmedKeys && !contradicted) {
    return {
      ok: true,
      jwk: candidate,
      description: kid ?? 'the header jwk',
      unconfirmed: `The issuer's documents do not confirm the key (${whyNot}); accepted unconfirmed (acceptUnconfirmedKeys)`,
    };
  }
  return {
    ok: false,
    code: failCode === 'PROOF_KEY_NOT_FOUND' ? 'PROOF_KEY_NOT_AUTHORIZED' : failCode,
    message: `Nothing the issuer publishes confirms the JWT key: ${whyNot}`,
  };
}

function methodJwk(method: JsonObject): Jwk | undefined {
  if (!methodAlgorithm(method)) return undefined;
  if (isObject(method.publicKeyJwk)) return publicJwkOf(method.publicKeyJwk as Jwk);
  if (typeof method.publicKeyMultibase === 'string') {
    return multikeyToJwk(method.publicKeyMultibase).publicJwk;
  }
  return undefined;
}

async function looseKey(url: string, documentLoader: DocumentLoader): Promise<Jwk | undefined> {
  if (url.startsWith('did:')) return undefined;
  try {
    const { document } = await documentLoader(url.split('#')[0] as string);
    const parsed = typeof document === 'string' ? JSON.parse(document) : document;
    if (isObject(parsed) && typeof parsed.kty === 'string') return parsed as Jwk;
    if (isObject(parsed) && Array.isArray(parsed.keys)) {
      const fragment = url.includes('#') ? url.slice(url.indexOf('#') + 1) : undefined;
      const entry = parsed.keys.find(
        (k) => isObject(k) && (k.kid === url || (fragment !== undefined && k.kid === fragment)),
      );
      return isObject(entry) ? (entry as Jwk) : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

async function issuerJwks(
  issuerId: string | undefined,
  documentLoader: DocumentLoader,
): Promise<{ keys?: Jwk[]; url?: string; reason?: string }> {
  let url: string;
  try {
    const parsed = new URL(issuerId ?? '');
    if (parsed.protocol !== 'https:') {
      return { reason: `the issuer id ${issuerId} is not an HTTPS URL, so it has no JWKS` };
    }
    url = `https://${parsed.host}/.well-known/jwks.json`;
  } catch {
    return { reason: `the issuer id ${String(issuerId)} is not a URL, so it has no JWKS` };
  }
  try {
    const { document } = await documentLoader(url);
    const parsed = typeof document === 'string' ? JSON.parse(document) : document;
    if (!isObject(parsed) || !Array.isArray(parsed.keys)) {
      return { url, reason: `${url} is not a JWK Set` };
    }
    return { url, keys: parsed.keys.filter(isObject) as Jwk[] };
  } catch (error) {
    return { url, reason: `${url} could not be obtained (${(error as Error)?.message ?? error})` };
  }
}

function sameJwk(a: Jwk, b: Jwk): boolean {
  try {
    return JSON.stringify(publicJwkOf(a)) === JSON.stringify(publicJwkOf(b));
  } catch {
    return false;
  }
}
