// Verifying a VC-JWT as OB 3.0 §Verify a Credential says: only `RS256`, `ES256` and `EdDSA`
// (never `none` or HMAC); a JOSE header of `alg`, `kid` or `jwk`, and `typ: "JWT"`; the key from
// `kid` or `jwk`, which the issuer must own (see key-resolver.ts); the registered claims consistent
// with the credential. Signatures are verified by `jose` with the resolver's cached key.
import { compactVerify } from 'jose';
import type { DocumentLoader } from '../context/types.js';
import { fromBase64url, fromUtf8, isCanonicalCompactJws } from '../internal/encoding.js';
import { idOf, isObject, type JsonObject } from '../internal/json.js';
import { DEFAULT_LIMITS, type Limits } from '../limits/limits.js';
import { detectVcVersion } from '../parse/detect.js';
import { credentialOfVcClaim, dateTimeOf } from '../parse/jwt-claims.js';
import { withoutJwtClaims } from '../parse/parse-input.js';
import { claimsProblem } from './jwt-claims.js';
import { createKeyResolver, type KeyResolver, type ResolvedKey } from './key-resolver.js';
import type { ProofFailureCode, ProofResult } from './proof-result.js';
import { keyName } from './suites.js';
import type { Jwk, KeyAlgorithm } from './types.js';

/** Options of {@link verifyJwtProof}. */
export interface VerifyJwtProofOptions {
  /** Loader for DID documents, controller documents, JWKS and keys. */
  documentLoader: DocumentLoader;
  /** Accept a header key the issuer's documents cannot confirm (with a warning). */
  acceptUnconfirmedKeys?: boolean;
  /**
   * The key resolver to use (and whose key cache to share); one is made from `documentLoader` and
   * `acceptUnconfirmedKeys` when absent.
   */
  keyResolver?: KeyResolver;
  /** Limits checked first (default: the default limits): a `kid` over `urlLength` is refused. */
  limits?: Readonly<Limits>;
}

/** Result of {@link verifyJwtProof}: the proof result, and the credential the JWT carries. */
export interface JwtProofResult extends ProofResult {
  /**
   * The credential (payload or `vc` claim), without the registered claims; for VC 1.1, with the
   * properties the `vc` claim omits taken from `iss`, `nbf`, `exp`, `sub` and `jti`.
   */
  credential?: JsonObject;
  /** `exp` as a date-time, which sets the credential's validUntil (OB 3.0 §Verify a Credential). */
  validUntil?: string;
}

const KEY_OF_ALG: Readonly<Record<string, KeyAlgorithm>> = {
  EdDSA: 'Ed25519',
  ES256: 'P-256',
  RS256: 'RSA',
};

const ALLOWED_HEADER = new Set(['alg', 'kid', 'jwk', 'typ']);

interface DecodedJwt {
  header: JsonObject;
  payload: JsonObject;
  signature: Uint8Array;
}

interface CheckedHeader {
  alg: string;
  keyAlgorithm: KeyAlgorithm;
  kid?: string;
  jwk?: Jwk;
}

type Failure = { code: ProofFailureCode; message: string };

/**
 * Verifies the signature and claims of a VC-JWT (OB 3.0 §Verify a Credential): the algorithm, the
 * JOSE header, the issuer's ownership of the key, the signature, and `iss`, `sub`, `nbf`, `jti`,
 * `exp` against the credential.
 *
 * @param jwt - The compact JWS.
 * @param options - A document loader (or a shared `keyResolver`), and `acceptUnconfirmedKeys`.
 * @returns The proof result, with the credential and `exp` as `validUntil`.
 * @example
 * ```ts
 * const result = await verifyJwtProof(jwt, { documentLoader: createDocumentLoader() });
 * if (!result.verified) console.log(result.code, result.message);
 * ```
 */
export async function verifyJwtProof(
  jwt: string,
  options: VerifyJwtProofOptions,
): Promise<JwtProofResult> {
  const fail = (failure: Failure, extra: Partial<JwtProofResult> = {}): JwtProofResult => ({
    path: '',
    verified: false,
    suite: 'VC-JWT',
    ...failure,
    ...extra,
  });
  const decoded = decodeJwt(jwt);
  if ('code' in decoded) return fail(decoded);
  const header = checkHeader(decoded.header, options.limits ?? DEFAULT_LIMITS);
  if ('code' in header) return fail(header);
  const carried = credentialOf(decoded.payload);
  if ('code' in carried) return fail(carried);
  const { credential } = carried;
  const info = { verificationMethod: header.kid ?? 'jwk', credential };

  const resolver = options.keyResolver ?? createKeyResolver(options);
  const issuerId = idOf(credential.issuer);
  const resolution = await resolver.resolveJwtKey(header, issuerId);
  if (!resolution.ok) return fail(resolution, info);
  const problem =
    keyTypeProblem(header, resolution.key) ??
    (await signatureProblem(jwt, header, decoded.signature, resolver, resolution.key)) ??
    claimsFailure(decoded.payload, credential);
  if (problem) return fail(problem, info);
  return verified(decoded.payload, header, resolution.key, info);
}

function decodeJwt(jwt: string): DecodedJwt | Failure {
  const parts = jwt.split('.');
  if (parts.length !== 3)
    return { code: 'PROOF_MALFORMED', message: 'A compact JWS has three parts' };
  if (!isCanonicalCompactJws(jwt)) {
    return {
      code: 'PROOF_MALFORMED',
      message:
        'The JWT is not canonical base64url (padding, other characters, or non-zero unused bits)',
    };
  }
  let header: unknown;
  let payload: unknown;
  try {
    header = JSON.parse(fromUtf8(fromBase64url(parts[0] as string)));
    payload = JSON.parse(fromUtf8(fromBase64url(parts[1] as string)));
  } catch {
    return { code: 'PROOF_MALFORMED', message: 'The JWT header or payload is not base64url JSON' };
  }
  if (!isObject(header) || !isObject(payload)) {
    return { code: 'PROOF_MALFORMED', message: 'The JWT header and payload must be JSON objects' };
  }
  return { header, payload, signature: decodeSignature(parts[2] as string) };
}

// A signature that is not base64url is left for jose to reject as an invalid signature.
function decodeSignature(part: string): Uint8Array {
  try {
    return fromBase64url(part);
  } catch {
    return new Uint8Array();
  }
}

function checkHeader(header: JsonObject, limits: Readonly<Limits>): CheckedHeader | Failure {
  const invalid = (message: string): Failure => ({ code: 'PROOF_JWT_HEADER_INVALID', message });
  const { alg, kid, jwk, typ } = header;
  const keyAlgorithm = typeof alg === 'string' ? KEY_OF_ALG[alg] : undefined;
  if (!keyAlgorithm) {
    return {
      code: 'PROOF_JWT_ALG_UNSUPPORTED',
      message: `JWS algorithm ${JSON.stringify(alg)} is not accepted (RS256, ES256 or EdDSA; never "none" or HMAC)`,
    };
  }
  const extra = Object.keys(header).filter((k) => !ALLOWED_HEADER.has(k));
  if (extra.length > 0) {
    return invalid(
      `The JOSE header has members the spec does not allow: ${extra.join(', ')} (only alg, kid, jwk, typ)`,
    );
  }
  if (typ !== undefined && typ !== 'JWT') {
    return invalid(`The JOSE header typ must be "JWT", not ${JSON.stringify(typ)}`);
  }
  if (kid === undefined && jwk === undefined)
    return invalid('The JOSE header has neither kid nor jwk');
  if (kid !== undefined && typeof kid !== 'string')
    return invalid('The JOSE header kid must be a string');
  if (typeof kid === 'string' && kid.length > limits.urlLength) {
    return {
      code: 'LIMITS_URL_LENGTH',
      message: `The JOSE header kid is ${kid.length.toLocaleString('en-US')} characters, over limits.urlLength (${limits.urlLength.toLocaleString('en-US')}); it was not resolved`,
    };
  }
  if (jwk !== undefined && !isObject(jwk)) return invalid('The header jwk must be a JWK');
  if (isObject(jwk) && jwk.d !== undefined) {
    return invalid('The header jwk contains a private key ("d"): the key is compromised');
  }
  const checked: CheckedHeader = { alg: alg as string, keyAlgorithm };
  if (typeof kid === 'string') checked.kid = kid;
  if (isObject(jwk)) checked.jwk = jwk as Jwk;
  return checked;
}

// VC 2.0: the payload is the credential; VC 1.1: the `vc` claim is (VC Data Model 1.1 §6.3.1).
function credentialOf(payload: JsonObject): { credential: JsonObject } | Failure {
  const hasVc = isObject(payload.vc);
  const credential = hasVc ? credentialOfVcClaim(payload) : withoutJwtClaims(payload);
  const version = detectVcVersion(credential);
  if (hasVc && version === '2.0') {
    return {
      code: 'PROOF_JWT_CLAIMS_INVALID',
      message: 'A VC Data Model 2.0 credential is the JWT payload itself, not a `vc` claim',
    };
  }
  if (!hasVc && version === '1.1') {
    return {
      code: 'PROOF_JWT_CLAIMS_INVALID',
      message: 'A VC Data Model 1.1 credential must be in the `vc` claim of the JWT',
    };
  }
  return { credential };
}

function keyTypeProblem(header: CheckedHeader, key: ResolvedKey): Failure | undefined {
  if (key.algorithm === header.keyAlgorithm) return undefined;
  return {
    code: 'PROOF_KEY_TYPE_MISMATCH',
    message: `alg ${header.alg} needs ${keyName(header.keyAlgorithm)}, but the key is ${key.algorithm}`,
  };
}

async function signatureProblem(
  jwt: string,
  header: CheckedHeader,
  signature: Uint8Array,
  resolver: KeyResolver,
  key: ResolvedKey,
): Promise<Failure | undefined> {
  // RFC 7518 §3.4: an ES256 signature is r ‖ s, 64 bytes. KMS APIs return ASN.1 DER instead;
  // name that mistake rather than calling it a forgery.
  if (header.alg === 'ES256' && signature.length !== 64 && isDerEcdsaSignature(signature)) {
    return {
      code: 'PROOF_JWT_SIGNATURE_DER',
      message:
        'The ES256 signature is ASN.1 DER-encoded; JWS needs the raw 64-byte r ‖ s form (RFC 7518 §3.4). The issuer must convert its KMS signature before signing',
    };
  }
  try {
    const cryptoKey = await resolver.importKey(key);
    await compactVerify(jwt, cryptoKey, { algorithms: [header.alg] });
    return undefined;
  } catch (error) {
    return {
      code: 'PROOF_SIGNATURE_INVALID',
      message: `The JWS signature does not verify: ${(error as Error)?.message ?? error}`,
    };
  }
}

function claimsFailure(payload: JsonObject, credential: JsonObject): Failure | undefined {
  const problem = claimsProblem(payload, credential);
  return problem ? { code: 'PROOF_JWT_CLAIMS_INVALID', message: problem } : undefined;
}

function verified(
  payload: JsonObject,
  header: CheckedHeader,
  key: ResolvedKey,
  info: { verificationMethod: string; credential: JsonObject },
): JwtProofResult {
  const result: JwtProofResult = {
    path: '',
    verified: true,
    message: `JWS (${header.alg}) verified with ${key.description}`,
    suite: 'VC-JWT',
    ...info,
  };
  if (key.unconfirmed) {
    result.code = 'PROOF_KEY_UNCONFIRMED';
    result.message += `. ${key.unconfirmed}`;
  }
  const validUntil = typeof payload.exp === 'number' ? dateTimeOf(payload.exp) : undefined;
  if (validUntil) result.validUntil = validUntil;
  return result;
}

/** Whether bytes are an ASN.1 DER `SEQUENCE { INTEGER r, INTEGER s }` of P-256 size. */
export function isDerEcdsaSignature(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes.length > 72 || bytes[0] !== 0x30) return false;
  if (bytes[1] !== bytes.length - 2) return false;
  let offset = 2;
  for (let i = 0; i < 2; i++) {
    if (bytes[offset] !== 0x02) return false;
    const length = bytes[offset + 1] as number;
    if (length < 1 || length > 33) return false;
    offset += 2 + length;
  }
  return offset === bytes.length;
}
