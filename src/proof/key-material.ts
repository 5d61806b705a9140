// Key material in every encoding lerkit reads and writes — Multikey (multicodec + multibase), JWK
// and PEM — and WebCrypto keys for signing and verifying. WebCrypto is the one crypto backend:
// Node 20+, Deno, Bun and browsers all have it, and it never sees a key it did not import here.
import { InvalidKeyError } from '../errors/index.js';
import {
  concatBytes,
  fromBase58btc,
  fromBase64url,
  fromMultibase,
  fromUtf8,
  toBase64url,
  toMultibase58,
  utf8,
} from '../internal/encoding.js';
import { isObject } from '../internal/json.js';
import type { Jwk, KeyAlgorithm } from './types.js';

// Multicodec varint prefixes (https://github.com/multiformats/multicodec/blob/master/table.csv).
const ED25519_PUB = Uint8Array.of(0xed, 0x01);
const ED25519_PRIV = Uint8Array.of(0x80, 0x26);
const P256_PUB = Uint8Array.of(0x80, 0x24);
const P256_PRIV = Uint8Array.of(0x86, 0x26);

/** A decoded Multikey public key. */
export interface DecodedPublicKey {
  /** The key algorithm. */
  algorithm: KeyAlgorithm;
  /** Raw public key: 32 bytes (Ed25519) or a 33-byte compressed point (P-256). */
  bytes: Uint8Array;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Longest multibase string a supported Multikey can be: 35 bytes are at most 48 base58 or 47
 * base64url characters, plus the prefix. Anything longer is refused before decoding.
 */
const MAX_MULTIKEY_CHARS = 64;
/** A secret Multikey may hold seed + public key (66 bytes: 91 base58 characters). */
const MAX_SECRET_MULTIKEY_CHARS = 128;

/** Decodes a `publicKeyMultibase`, or returns `undefined` if it is not a supported key. */
export function decodePublicKeyMultibase(value: string): DecodedPublicKey | undefined {
  let bytes: Uint8Array;
  try {
    bytes = fromMultibase(value, { maxLength: MAX_MULTIKEY_CHARS });
  } catch {
    return undefined;
  }
  if (bytes.length === 34 && startsWith(bytes, ED25519_PUB)) {
    return { algorithm: 'Ed25519', bytes: bytes.subarray(2) };
  }
  if (
    bytes.length === 35 &&
    startsWith(bytes, P256_PUB) &&
    (bytes[2] === 0x02 || bytes[2] === 0x03)
  ) {
    return { algorithm: 'P-256', bytes: bytes.subarray(2) };
  }
  return undefined;
}

/** Encodes a raw Ed25519 public key as Multikey `z6Mk…`. */
export function encodeEd25519PublicKey(raw: Uint8Array): string {
  return toMultibase58(concatBytes(ED25519_PUB, raw));
}

// ---------------------------------------------------------------------------------------------
// P-256 point compression (SEC 1 §2.3.3/2.3.4). Multikey stores the 33-byte compressed point; JWK
// and WebCrypto need both coordinates.

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function toBytes32(value: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let v = value;
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

function decompressP256(point: Uint8Array): { x: Uint8Array; y: Uint8Array } {
  const x = toBigInt(point.subarray(1));
  if (x >= P) throw new InvalidKeyError('The P-256 public key is not a point on the curve');
  const rhs = (((x * x * x - 3n * x + B) % P) + P) % P;
  let y = modPow(rhs, (P + 1n) / 4n, P);
  if ((y * y) % P !== rhs)
    throw new InvalidKeyError('The P-256 public key is not a point on the curve');
  if ((y & 1n) !== BigInt((point[0] as number) & 1)) y = P - y;
  return { x: point.slice(1), y: toBytes32(y) };
}

function compressP256(x: Uint8Array, y: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(((y[31] as number) & 1) === 1 ? 0x03 : 0x02), x);
}

// ---------------------------------------------------------------------------------------------
// Multikey <-> JWK

/** Public and (optionally) private JWK of a key. */
export interface JwkPair {
  /** The key algorithm. */
  algorithm: KeyAlgorithm;
  /** Public JWK (never has `d`). */
  publicJwk: Jwk;
  /** Private JWK, when the secret key is known. */
  privateJwk?: Jwk;
}

/** Converts Multikey `publicKeyMultibase` (+ `secretKeyMultibase`) to JWKs. */
export function multikeyToJwk(publicKeyMultibase: string, secretKeyMultibase?: string): JwkPair {
  const decoded = decodePublicKeyMultibase(publicKeyMultibase);
  if (!decoded) {
    throw new InvalidKeyError(
      'publicKeyMultibase is not a supported Multikey public key (Ed25519 z6Mk… or P-256 zDn…)',
    );
  }
  let publicJwk: Jwk;
  if (decoded.algorithm === 'Ed25519') {
    publicJwk = { kty: 'OKP', crv: 'Ed25519', x: toBase64url(decoded.bytes) };
  } else {
    const { x, y } = decompressP256(decoded.bytes);
    publicJwk = { kty: 'EC', crv: 'P-256', x: toBase64url(x), y: toBase64url(y) };
  }
  const pair: JwkPair = { algorithm: decoded.algorithm, publicJwk };
  if (secretKeyMultibase !== undefined) {
    pair.privateJwk = {
      ...publicJwk,
      d: toBase64url(decodeSecret(decoded.algorithm, secretKeyMultibase)),
    };
  }
  return pair;
}

function decodeSecret(algorithm: KeyAlgorithm, secretKeyMultibase: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromMultibase(secretKeyMultibase, { maxLength: MAX_SECRET_MULTIKEY_CHARS });
  } catch {
    throw new InvalidKeyError('secretKeyMultibase is not valid multibase');
  }
  const prefix = algorithm === 'Ed25519' ? ED25519_PRIV : P256_PRIV;
  if (!startsWith(bytes, prefix)) {
    throw new InvalidKeyError(`secretKeyMultibase is not an ${algorithm} secret key`);
  }
  const raw = bytes.subarray(2);
  // Ed25519VerificationKey2020 keys store seed || public key (64 bytes); Multikey the seed.
  if (raw.length === 32) return raw;
  if (algorithm === 'Ed25519' && raw.length === 64) return raw.subarray(0, 32);
  throw new InvalidKeyError(`secretKeyMultibase has ${raw.length} key bytes, expected 32`);
}

/** Converts a JWK (Ed25519 or P-256) to Multikey encodings. */
export function jwkToMultikey(jwk: Jwk): {
  publicKeyMultibase: string;
  secretKeyMultibase?: string;
} {
  const algorithm = jwkAlgorithm(jwk);
  if (algorithm === 'RSA') throw new InvalidKeyError('RSA keys have no Multikey encoding here');
  const x = b64(jwk.x, 'x');
  let publicKeyMultibase: string;
  let privatePrefix: Uint8Array;
  if (algorithm === 'Ed25519') {
    if (x.length !== 32) throw new InvalidKeyError('An Ed25519 JWK "x" must be 32 bytes');
    publicKeyMultibase = toMultibase58(concatBytes(ED25519_PUB, x));
    privatePrefix = ED25519_PRIV;
  } else {
    const y = b64(jwk.y, 'y');
    if (x.length !== 32 || y.length !== 32) {
      throw new InvalidKeyError('A P-256 JWK needs 32-byte "x" and "y"');
    }
    publicKeyMultibase = toMultibase58(concatBytes(P256_PUB, compressP256(x, y)));
    privatePrefix = P256_PRIV;
  }
  if (jwk.d === undefined) return { publicKeyMultibase };
  return {
    publicKeyMultibase,
    secretKeyMultibase: toMultibase58(concatBytes(privatePrefix, b64(jwk.d, 'd'))),
  };
}

function b64(value: unknown, name: string): Uint8Array {
  if (typeof value !== 'string') throw new InvalidKeyError(`The JWK has no "${name}"`);
  try {
    return fromBase64url(value);
  } catch {
    throw new InvalidKeyError(`The JWK's "${name}" is not base64url`);
  }
}

/** The algorithm of a JWK, or an {@link InvalidKeyError} if lerkit does not support it. */
export function jwkAlgorithm(jwk: unknown): KeyAlgorithm {
  if (!isObject(jwk)) throw new InvalidKeyError('A JWK must be an object');
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'Ed25519';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'P-256';
  if (jwk.kty === 'RSA') return 'RSA';
  throw new InvalidKeyError(
    `Unsupported JWK (kty ${JSON.stringify(jwk.kty)}, crv ${JSON.stringify(jwk.crv)}): lerkit supports Ed25519, P-256 and RSA`,
  );
}

const PUBLIC_MEMBERS: Record<KeyAlgorithm, string[]> = {
  Ed25519: ['kty', 'crv', 'x'],
  'P-256': ['kty', 'crv', 'x', 'y'],
  RSA: ['kty', 'n', 'e'],
};

/** The public part of a JWK: only the members that define the key (no `d`, no metadata). */
export function publicJwkOf(jwk: Jwk): Jwk {
  const algorithm = jwkAlgorithm(jwk);
  const out: Jwk = { kty: jwk.kty };
  for (const member of PUBLIC_MEMBERS[algorithm]) {
    if (jwk[member] !== undefined) out[member] = jwk[member];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// WebCrypto

type AlgorithmParams = {
  import: Algorithm | EcKeyImportParams | RsaHashedImportParams;
  sign: Algorithm | EcdsaParams;
};

const PARAMS: Record<KeyAlgorithm, AlgorithmParams> = {
  Ed25519: { import: { name: 'Ed25519' }, sign: { name: 'Ed25519' } },
  'P-256': {
    import: { name: 'ECDSA', namedCurve: 'P-256' } as EcKeyImportParams,
    sign: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  },
  RSA: {
    import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as RsaHashedImportParams,
    sign: { name: 'RSASSA-PKCS1-v1_5' },
  },
};

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new InvalidKeyError('WebCrypto (globalThis.crypto.subtle) is not available');
  return s;
}

/** Imports a JWK into WebCrypto for signing (private JWK) or verifying (public JWK). */
export async function importJwk(
  jwk: Jwk,
  usage: 'sign' | 'verify',
): Promise<{ algorithm: KeyAlgorithm; key: CryptoKey }> {
  const algorithm = jwkAlgorithm(jwk);
  if (usage === 'sign' && jwk.d === undefined) {
    throw new InvalidKeyError('The key has no private part: it can verify but not sign');
  }
  const material = usage === 'sign' ? stripMetadata(jwk) : publicJwkOf(jwk);
  try {
    const key = await subtle().importKey(
      'jwk',
      material as JsonWebKey,
      PARAMS[algorithm].import,
      true,
      [usage],
    );
    return { algorithm, key };
  } catch (cause) {
    throw new InvalidKeyError(
      `The ${algorithm} key could not be read: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
}

// key_ops/use/alg written by other tools could make WebCrypto refuse the import for our usage.
function stripMetadata(jwk: Jwk): Jwk {
  const { key_ops: _ops, use: _use, alg: _alg, ext: _ext, kid: _kid, ...rest } = jwk;
  return rest;
}

/** Signs bytes with a WebCrypto private key (raw r‖s for ECDSA, as JOSE and Data Integrity use). */
export async function signBytes(
  algorithm: KeyAlgorithm,
  key: CryptoKey,
  data: Uint8Array,
): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(PARAMS[algorithm].sign, key, data as BufferSource));
}

/** Verifies a signature made by {@link signBytes}. */
export async function verifyBytes(
  algorithm: KeyAlgorithm,
  key: CryptoKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  try {
    return await subtle().verify(
      PARAMS[algorithm].sign,
      key,
      signature as BufferSource,
      data as BufferSource,
    );
  } catch {
    return false;
  }
}

/** Generates a fresh key pair as JWKs. */
export async function generateJwk(algorithm: KeyAlgorithm, modulusLength = 2048): Promise<JwkPair> {
  const params =
    algorithm === 'RSA'
      ? {
          name: 'RSASSA-PKCS1-v1_5',
          modulusLength,
          publicExponent: Uint8Array.of(1, 0, 1),
          hash: 'SHA-256',
        }
      : PARAMS[algorithm].import;
  const pair = (await subtle().generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privateJwk = stripMetadata((await subtle().exportKey('jwk', pair.privateKey)) as Jwk);
  return { algorithm, publicJwk: publicJwkOf(privateJwk), privateJwk };
}

/** Builds the JWK pair of an Ed25519 key from its 32-byte seed (PKCS #8 import). */
export async function ed25519FromSeed(seed: Uint8Array): Promise<JwkPair> {
  // RFC 8410 PrivateKeyInfo for Ed25519: fixed 16-byte header, then the seed.
  const header = Uint8Array.from([
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
  ]);
  const key = await subtle().importKey(
    'pkcs8',
    concatBytes(header, seed) as BufferSource,
    { name: 'Ed25519' },
    true,
    ['sign'],
  );
  const privateJwk = stripMetadata((await subtle().exportKey('jwk', key)) as Jwk);
  return { algorithm: 'Ed25519', publicJwk: publicJwkOf(privateJwk), privateJwk };
}

// ---------------------------------------------------------------------------------------------
// PEM (SPKI public keys, PKCS #8 private keys)

const PEM = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/;

/** Reads a PEM public (SPKI) or private (PKCS #8) key of any supported algorithm. */
export async function pemToJwk(pem: string): Promise<JwkPair> {
  const match = PEM.exec(pem);
  if (!match) throw new InvalidKeyError('Not a PEM key (no -----BEGIN …----- block)');
  const label = match[1] as string;
  if (label !== 'PUBLIC KEY' && label !== 'PRIVATE KEY') {
    throw new InvalidKeyError(
      `Unsupported PEM block "${label}": use SPKI "PUBLIC KEY" or PKCS #8 "PRIVATE KEY" (e.g. openssl pkcs8 -topk8 -nocrypt)`,
    );
  }
  let der: Uint8Array;
  try {
    der = Uint8Array.from(atob((match[2] as string).replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    throw new InvalidKeyError('The PEM body is not base64');
  }
  const isPrivate = label === 'PRIVATE KEY';
  for (const algorithm of ['Ed25519', 'P-256', 'RSA'] as const) {
    try {
      const key = await subtle().importKey(
        isPrivate ? 'pkcs8' : 'spki',
        der as BufferSource,
        PARAMS[algorithm].import,
        true,
        [isPrivate ? 'sign' : 'verify'],
      );
      const jwk = stripMetadata((await subtle().exportKey('jwk', key)) as Jwk);
      return isPrivate
        ? { algorithm, publicJwk: publicJwkOf(jwk), privateJwk: jwk }
        : { algorithm, publicJwk: publicJwkOf(jwk) };
    } catch {
      // not this algorithm; try the next
    }
  }
  throw new InvalidKeyError('The PEM key is not an Ed25519, P-256 or RSA key');
}

/** Writes a JWK as PEM: PKCS #8 for a private JWK, SPKI for a public one. */
export async function jwkToPem(jwk: Jwk): Promise<string> {
  const isPrivate = jwk.d !== undefined;
  const { key } = await importJwk(jwk, isPrivate ? 'sign' : 'verify');
  const der = new Uint8Array(await subtle().exportKey(isPrivate ? 'pkcs8' : 'spki', key));
  const label = isPrivate ? 'PRIVATE KEY' : 'PUBLIC KEY';
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const body = btoa(binary).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

// ---------------------------------------------------------------------------------------------
// did:jwk (https://github.com/quartzjer/did-jwk/blob/main/spec.md)

/** The `did:jwk` of a public JWK. */
export function didJwkOf(jwk: Jwk): string {
  return `did:jwk:${toBase64url(utf8(JSON.stringify(publicJwkOf(jwk))))}`;
}

/** The JWK a `did:jwk` encodes, or `undefined` if it is not a valid did:jwk. */
export function jwkOfDidJwk(did: string): Jwk | undefined {
  const match = /^did:jwk:([A-Za-z0-9_-]+)$/.exec(did);
  if (!match) return undefined;
  try {
    const jwk = JSON.parse(fromUtf8(fromBase64url(match[1] as string)));
    if (!isObject(jwk) || jwk.d !== undefined) return undefined;
    jwkAlgorithm(jwk);
    return jwk as Jwk;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing keys

/** The algorithm of a JWK, or `undefined` when lerkit does not read it (never throws). */
export function jwkAlgorithmOf(jwk: unknown): KeyAlgorithm | undefined {
  try {
    return jwkAlgorithm(jwk);
  } catch {
    return undefined;
  }
}

/** Whether two JWKs are the same public key (metadata and private members ignored). */
export function sameJwk(a: Jwk, b: Jwk): boolean {
  try {
    return JSON.stringify(publicJwkOf(a)) === JSON.stringify(publicJwkOf(b));
  } catch {
    return false;
  }
}

/**
 * The public JWK of a verification method (`publicKeyMultibase` Multikey or `publicKeyJwk`), or
 * `undefined` when it has no key lerkit reads.
 */
export function methodJwk(method: Record<string, unknown>): Jwk | undefined {
  try {
    if (isObject(method.publicKeyJwk)) {
      jwkAlgorithm(method.publicKeyJwk);
      return publicJwkOf(method.publicKeyJwk as Jwk);
    }
    if (typeof method.publicKeyMultibase === 'string') {
      return multikeyToJwk(method.publicKeyMultibase).publicJwk;
    }
    // Ed25519VerificationKey2018 (the key type of Ed25519Signature2018): the raw key, base58.
    if (
      method.type === 'Ed25519VerificationKey2018' &&
      typeof method.publicKeyBase58 === 'string'
    ) {
      const raw = fromBase58btc(method.publicKeyBase58);
      if (raw.length !== 32) return undefined;
      return { kty: 'OKP', crv: 'Ed25519', x: toBase64url(raw) };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
