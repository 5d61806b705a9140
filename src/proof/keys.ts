import { InvalidArgumentError, InvalidKeyError } from '../errors/index.js';
import { concatBytes, fromBase64url, toBase64url, toMultibase58 } from '../internal/encoding.js';
import { isObject } from '../internal/json.js';
import {
  didJwkOf,
  ed25519FromSeed,
  generateJwk,
  importJwk,
  type JwkPair,
  jwkAlgorithm,
  jwkToMultikey,
  jwkToPem,
  multikeyToJwk,
  pemToJwk,
  publicJwkOf,
  signBytes,
  verifyBytes,
} from './key-material.js';
import type { GenerateKeyPairOptions, Jwk, KeyAlgorithm, KeyPair, Signer } from './types.js';

const ALGORITHMS: readonly KeyAlgorithm[] = ['Ed25519', 'P-256', 'RSA'];

/**
 * Generates a key pair, bound to a `did:key` (Ed25519, P-256) or `did:jwk` (RSA) by default,
 * ready to pass to `sign` or `signJwt`.
 *
 * @param options - Key `type`, identifier scheme (`did`), or your own `controller`.
 * @returns Plain JSON with `id` (verification method), `controller`, `did`, and the public and
 *   secret key (Multikey for Ed25519/P-256 with did:key or a controller; JWK for RSA and did:jwk).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for an unsupported type or DID
 *   method, a seed that is not 32 bytes (or given for a non-Ed25519 key), or a short RSA modulus.
 * @example
 * ```ts
 * const key = await generateKeyPair(); // Ed25519, did:key:z6Mk…
 * const p256 = await generateKeyPair({ type: 'P-256' }); // did:key:zDn…
 * const rsa = await generateKeyPair({ type: 'RSA' }); // did:jwk:…, for RS256 VC-JWTs
 * const web = await generateKeyPair({ controller: 'did:web:example.edu' });
 * ```
 */
export async function generateKeyPair(options: GenerateKeyPairOptions = {}): Promise<KeyPair> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const { type = 'Ed25519', controller, seed, modulusLength = 2048 } = options;
  if (!ALGORITHMS.includes(type)) {
    throw new InvalidArgumentError(
      `Unsupported key type "${type}" (expected ${ALGORITHMS.join(', ')})`,
      'type',
    );
  }
  const did = options.did ?? (type === 'RSA' ? 'jwk' : 'key');
  if (did !== 'key' && did !== 'jwk') {
    throw new InvalidArgumentError(
      `Unsupported DID method "${did}" (expected key or jwk; for did:web pass controller)`,
      'did',
    );
  }
  if (type === 'RSA' && did === 'key' && controller === undefined) {
    throw new InvalidArgumentError('RSA keys use did:jwk or a controller, not did:key', 'did');
  }
  if (controller !== undefined && (typeof controller !== 'string' || controller === '')) {
    throw new InvalidArgumentError('controller must be a non-empty string', 'controller');
  }
  if (seed !== undefined) {
    if (type !== 'Ed25519') throw new InvalidArgumentError('seed is for Ed25519 keys', 'seed');
    if (!(seed instanceof Uint8Array && seed.length === 32)) {
      throw new InvalidArgumentError('seed must be 32 bytes', 'seed');
    }
  }
  if (type === 'RSA' && !(Number.isInteger(modulusLength) && modulusLength >= 2048)) {
    throw new InvalidArgumentError('modulusLength must be an integer ≥ 2048', 'modulusLength');
  }
  const pair = seed ? await ed25519FromSeed(seed) : await generateJwk(type, modulusLength);
  return bindKey(pair, controller !== undefined ? { controller } : { did });
}

// Gives a key its identifiers: a did:key/did:jwk, or the caller's controller.
async function bindKey(
  pair: JwkPair,
  binding: { controller: string; id?: string } | { did: 'key' | 'jwk' },
): Promise<KeyPair> {
  const useJwk = pair.algorithm === 'RSA' || ('did' in binding && binding.did === 'jwk');
  const multikey =
    pair.algorithm === 'RSA' ? undefined : jwkToMultikey(pair.privateJwk ?? pair.publicJwk);
  let controller: string;
  let id: string;
  if ('controller' in binding) {
    controller = binding.controller;
    id =
      binding.id ??
      `${controller}#${multikey?.publicKeyMultibase ?? (await jwkThumbprint(pair.publicJwk))}`;
  } else if (binding.did === 'jwk') {
    controller = didJwkOf(pair.publicJwk);
    id = `${controller}#0`;
  } else {
    if (!multikey) throw new InvalidArgumentError('RSA keys have no did:key here', 'did');
    controller = `did:key:${multikey.publicKeyMultibase}`;
    id = `${controller}#${multikey.publicKeyMultibase}`;
  }
  const key: KeyPair = { algorithm: pair.algorithm, id, controller };
  if (controller.startsWith('did:')) key.did = controller;
  if (useJwk || !multikey) {
    key.publicKeyJwk = pair.publicJwk;
    if (pair.privateJwk) key.privateKeyJwk = pair.privateJwk;
  } else {
    key.publicKeyMultibase = multikey.publicKeyMultibase;
    if (multikey.secretKeyMultibase) key.secretKeyMultibase = multikey.secretKeyMultibase;
  }
  return key;
}

/** The key material of a key pair, read from either encoding, checked for consistency. */
export interface KeyMaterial {
  /** The key algorithm. */
  algorithm: KeyAlgorithm;
  /** The public key as a JWK. */
  publicJwk: Jwk;
  /** The private key as a JWK, when the key pair has it. */
  privateJwk?: Jwk;
  /** The Multikey public key (Ed25519, P-256). */
  publicKeyMultibase?: string;
}

/** Reads the key material of a {@link KeyPair} (Multikey or JWK). */
export function keyMaterial(key: KeyPair): KeyMaterial {
  if (!isObject(key)) throw new InvalidKeyError('The key must be an object');
  let pair: JwkPair | undefined;
  if (typeof key.publicKeyMultibase === 'string') {
    pair = multikeyToJwk(
      key.publicKeyMultibase,
      typeof key.secretKeyMultibase === 'string' ? key.secretKeyMultibase : undefined,
    );
  }
  if (isObject(key.publicKeyJwk) || isObject(key.privateKeyJwk)) {
    const privateJwk = isObject(key.privateKeyJwk) ? (key.privateKeyJwk as Jwk) : undefined;
    const publicJwk = publicJwkOf((key.publicKeyJwk ?? privateJwk) as Jwk);
    if (privateJwk && !sameKey(publicJwkOf(privateJwk), publicJwk)) {
      throw new InvalidKeyError(
        `The privateKeyJwk of ${key.id} is not the pair of its publicKeyJwk`,
      );
    }
    if (pair && !sameKey(pair.publicJwk, publicJwk)) {
      throw new InvalidKeyError(`${key.id} has two different public keys (Multikey and JWK)`);
    }
    pair ??= { algorithm: jwkAlgorithm(publicJwk), publicJwk };
    if (privateJwk && !pair.privateJwk) pair.privateJwk = privateJwk;
  }
  if (!pair) {
    throw new InvalidKeyError(
      `The key ${typeof key.id === 'string' ? key.id : ''} has no public key (publicKeyMultibase or publicKeyJwk)`.replace(
        '  ',
        ' ',
      ),
    );
  }
  if (key.algorithm !== undefined && key.algorithm !== pair.algorithm) {
    throw new InvalidKeyError(
      `The key says it is ${key.algorithm} but its public key is ${pair.algorithm}`,
    );
  }
  const material: KeyMaterial = { algorithm: pair.algorithm, publicJwk: pair.publicJwk };
  if (pair.privateJwk) material.privateJwk = pair.privateJwk;
  if (pair.algorithm !== 'RSA') {
    material.publicKeyMultibase =
      typeof key.publicKeyMultibase === 'string'
        ? key.publicKeyMultibase
        : jwkToMultikey(pair.publicJwk).publicKeyMultibase;
  }
  return material;
}

function sameKey(a: Jwk, b: Jwk): boolean {
  return JSON.stringify(publicJwkOf(a)) === JSON.stringify(publicJwkOf(b));
}

/**
 * Makes a {@link Signer} from a local key pair (which must include its secret key). Signing runs
 * on WebCrypto; the private key never leaves the returned signer.
 *
 * @param key - A key pair with `secretKeyMultibase` or `privateKeyJwk`.
 * @returns A signer whose `id` is the key's verification-method id.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` when the key is malformed, lacks its secret
 *   key, or the secret key does not belong to the public key.
 * @example
 * ```ts
 * const signer = await createSigner(await generateKeyPair());
 * ```
 */
export async function createSigner(key: KeyPair): Promise<Signer> {
  if (!isObject(key)) throw new InvalidKeyError('The key must be an object');
  if (typeof key.id !== 'string' || typeof key.controller !== 'string') {
    throw new InvalidKeyError('The key needs an `id` (verification method) and a `controller`');
  }
  const material = keyMaterial(key);
  if (!material.privateJwk) {
    throw new InvalidKeyError(
      `The key ${key.id} has no secret key (secretKeyMultibase or privateKeyJwk): it can verify but not sign`,
    );
  }
  const { algorithm } = material;
  const { key: publicKey } = await importJwk(material.publicJwk, 'verify');
  let privateKey: CryptoKey;
  try {
    privateKey = (await importJwk(material.privateJwk, 'sign')).key;
  } catch (cause) {
    // WebCrypto refuses a private JWK whose public part does not match its secret.
    throw new InvalidKeyError(
      `The secret key of ${key.id} does not match its public key, or is malformed`,
      { cause },
    );
  }
  // A secret key that does not belong to the public key would make proofs nobody can verify.
  const probe = new TextEncoder().encode('lerkit key check');
  const signature = await signBytes(algorithm, privateKey, probe);
  if (!(await verifyBytes(algorithm, publicKey, signature, probe))) {
    throw new InvalidKeyError(`The secret key of ${key.id} does not match its public key`);
  }
  return { id: key.id, algorithm, sign: (data) => signBytes(algorithm, privateKey, data) };
}

/** Key encodings {@link importKey} reads and {@link exportKey} writes. */
export type KeyFormat = 'multikey' | 'jwk' | 'Ed25519VerificationKey2020' | 'pem';

/** Options of {@link importKey}. */
export interface ImportKeyOptions {
  /** Controller to bind the key to, when the input does not name one (JWK, PEM). */
  controller?: string;
  /** Verification-method id, when the input does not name one. Default `controller#<key>`. */
  id?: string;
  /** DID to derive when there is no controller: `key` (Ed25519, P-256) or `jwk`. */
  did?: 'key' | 'jwk';
}

/**
 * Reads a key from any common encoding into a lerkit {@link KeyPair}: a lerkit key file, a
 * Multikey or `Ed25519VerificationKey2020` verification method (with its secret key, if present),
 * a `JsonWebKey`/`JsonWebKey2020` method, a bare JWK, or a PEM string (SPKI public key or PKCS #8
 * private key). Keys that do not name their controller are bound to `options.controller`, or to
 * their own `did:key` (`did:jwk` for RSA).
 *
 * @param input - The key, as an object or a string (JSON or PEM).
 * @param options - Controller/id to bind keys that carry none.
 * @returns The key pair.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` for anything that is not a supported key.
 * @example
 * ```ts
 * const key = await importKey(pemText, { controller: 'https://example.edu/issuer' });
 * const fromJwk = await importKey({ kty: 'OKP', crv: 'Ed25519', x: '…', d: '…' });
 * ```
 */
export async function importKey(
  input: string | object,
  options: ImportKeyOptions = {},
): Promise<KeyPair> {
  let value: unknown = input;
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('-----BEGIN')) {
      return validated(await bindImported(await pemToJwk(text), options.id, undefined, options));
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new InvalidKeyError('The key is neither JSON nor PEM');
    }
  }
  if (!isObject(value)) throw new InvalidKeyError('The key must be an object, JSON or PEM');
  const id = typeof value.id === 'string' ? value.id : undefined;
  const controller = typeof value.controller === 'string' ? value.controller : undefined;

  // A bare JWK.
  if (typeof value.kty === 'string') {
    const jwk = value as Jwk;
    const algorithm = jwkAlgorithm(jwk);
    const pair: JwkPair = { algorithm, publicJwk: publicJwkOf(jwk) };
    if (jwk.d !== undefined) pair.privateJwk = { ...jwk };
    // A JWK's kid is an id only when it is a URL or DID (`key-1` alone names nothing).
    const kid = typeof jwk.kid === 'string' && jwk.kid.includes(':') ? jwk.kid : undefined;
    return validated(await bindImported(pair, options.id ?? kid, undefined, options));
  }
  // Ed25519VerificationKey2020 keeps its secret as privateKeyMultibase (seed ‖ public key).
  const secretKeyMultibase =
    typeof value.secretKeyMultibase === 'string'
      ? value.secretKeyMultibase
      : typeof value.privateKeyMultibase === 'string'
        ? value.privateKeyMultibase
        : undefined;
  const candidate: KeyPair = { id: id ?? '', controller: controller ?? '' };
  if (typeof value.publicKeyMultibase === 'string')
    candidate.publicKeyMultibase = value.publicKeyMultibase;
  if (secretKeyMultibase) candidate.secretKeyMultibase = secretKeyMultibase;
  if (isObject(value.publicKeyJwk)) candidate.publicKeyJwk = value.publicKeyJwk as Jwk;
  if (isObject(value.privateKeyJwk)) candidate.privateKeyJwk = value.privateKeyJwk as Jwk;
  if (typeof value.algorithm === 'string') candidate.algorithm = value.algorithm as KeyAlgorithm;
  const material = keyMaterial(candidate);
  const pair: JwkPair = { algorithm: material.algorithm, publicJwk: material.publicJwk };
  if (material.privateJwk) pair.privateJwk = material.privateJwk;
  const imported = await bindImported(pair, id ?? options.id, controller, options);
  // Keep the input's own encoding when it had one.
  if (candidate.publicKeyMultibase && !imported.publicKeyMultibase) {
    delete imported.publicKeyJwk;
    delete imported.privateKeyJwk;
    imported.publicKeyMultibase = candidate.publicKeyMultibase;
    const multikey = jwkToMultikey(pair.privateJwk ?? pair.publicJwk);
    if (multikey.secretKeyMultibase) imported.secretKeyMultibase = multikey.secretKeyMultibase;
  }
  return validated(imported);
}

// A secret key that is not the pair of its public key is refused at import, not at first use.
async function validated(key: KeyPair): Promise<KeyPair> {
  if (key.secretKeyMultibase !== undefined || key.privateKeyJwk !== undefined) {
    await createSigner(key);
  }
  return key;
}

function bindImported(
  pair: JwkPair,
  id: string | undefined,
  controller: string | undefined,
  options: ImportKeyOptions,
): Promise<KeyPair> {
  const owner =
    controller ?? options.controller ?? (id?.includes('#') ? id.split('#')[0] : undefined);
  if (owner !== undefined) {
    const keyId = id ?? options.id;
    return bindKey(pair, { controller: owner, ...(keyId !== undefined ? { id: keyId } : {}) });
  }
  return bindKey(pair, { did: options.did ?? (pair.algorithm === 'RSA' ? 'jwk' : 'key') });
}

/** Options of {@link exportKey}. */
export interface ExportKeyOptions {
  /** Include the secret key. Default `false`: exports are public unless you ask. */
  secret?: boolean;
}

/**
 * Writes a key in another encoding: a `Multikey` verification method (Ed25519, P-256), a JWK (any
 * algorithm; `kid` is the verification-method id), an `Ed25519VerificationKey2020` verification
 * method (Ed25519, for the legacy suite), or PEM (SPKI public / PKCS #8 private). Only the public
 * key is written unless `secret: true`.
 *
 * @param key - The key pair.
 * @param format - The encoding.
 * @param options - `secret: true` to include the private key.
 * @returns An object for `multikey`, `jwk` and `Ed25519VerificationKey2020`; a string for `pem`.
 * @throws {InvalidKeyError} `ERR_LERKIT_INVALID_KEY` when the key cannot be written that way
 *   (e.g. RSA as Multikey) or `secret` is asked of a public key.
 * @example
 * ```ts
 * const jwk = await exportKey(key, 'jwk'); // public JWK for a JWKS
 * const pem = await exportKey(key, 'pem', { secret: true }); // PKCS #8 for an HSM import
 * ```
 */
export async function exportKey(
  key: KeyPair,
  format: 'pem',
  options?: ExportKeyOptions,
): Promise<string>;
export async function exportKey(
  key: KeyPair,
  format: 'jwk',
  options?: ExportKeyOptions,
): Promise<Jwk>;
export async function exportKey(
  key: KeyPair,
  format: 'multikey' | 'Ed25519VerificationKey2020',
  options?: ExportKeyOptions,
): Promise<Record<string, unknown>>;
export async function exportKey(
  key: KeyPair,
  format: KeyFormat,
  options?: ExportKeyOptions,
): Promise<Record<string, unknown> | string>;
export async function exportKey(
  key: KeyPair,
  format: KeyFormat,
  options: ExportKeyOptions = {},
): Promise<Record<string, unknown> | string> {
  const material = keyMaterial(key);
  const secret = options.secret === true;
  if (secret && !material.privateJwk) {
    throw new InvalidKeyError(`The key ${key.id} has no secret key to export`);
  }
  const privateJwk = secret ? material.privateJwk : undefined;
  switch (format) {
    case 'jwk':
      return { ...(privateJwk ?? material.publicJwk), kid: key.id };
    case 'pem':
      return jwkToPem(privateJwk ?? material.publicJwk);
    case 'multikey': {
      if (material.algorithm === 'RSA') throw new InvalidKeyError('RSA keys have no Multikey form');
      const multikey = jwkToMultikey(privateJwk ?? material.publicJwk);
      return {
        '@context': 'https://w3id.org/security/multikey/v1',
        id: key.id,
        type: 'Multikey',
        controller: key.controller,
        ...multikey,
      };
    }
    case 'Ed25519VerificationKey2020': {
      if (material.algorithm !== 'Ed25519') {
        throw new InvalidKeyError('Ed25519VerificationKey2020 is for Ed25519 keys');
      }
      const out: Record<string, unknown> = {
        '@context': 'https://w3id.org/security/suites/ed25519-2020/v1',
        id: key.id,
        type: 'Ed25519VerificationKey2020',
        controller: key.controller,
        publicKeyMultibase: material.publicKeyMultibase,
      };
      if (privateJwk?.d) {
        const seed = fromBase64url(privateJwk.d);
        const pub = fromBase64url(material.publicJwk.x as string);
        out.privateKeyMultibase = toMultibase58(concatBytes(Uint8Array.of(0x80, 0x26), seed, pub));
      }
      return out;
    }
    default:
      throw new InvalidKeyError(`Unknown key format "${String(format)}"`);
  }
}

/**
 * The public half of a key pair: the same JSON without secret key material — what to publish or
 * hand to a verifier.
 *
 * @param key - A key pair.
 * @returns A copy without `secretKeyMultibase` and `privateKeyJwk`.
 * @example
 * ```ts
 * const shareable = publicKeyPair(key);
 * ```
 */
export function publicKeyPair(key: KeyPair): KeyPair {
  const { secretKeyMultibase: _s, privateKeyJwk: _p, ...rest } = key;
  return rest;
}

/** The base64url SHA-256 JWK thumbprint (RFC 7638) of a public key. */
export async function jwkThumbprint(jwk: Jwk): Promise<string> {
  const pub = publicJwkOf(jwk);
  const members = Object.keys(pub).sort();
  const json = `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(pub[m])}`).join(',')}}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
  return toBase64url(new Uint8Array(digest));
}
