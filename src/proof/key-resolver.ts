// One key resolver for every proof format. It finds the key a proof names — a Data Integrity
// verification method, or a VC-JWT `kid`/`jwk` — decides whether the credential's issuer owns it,
// and imports it into WebCrypto once. A key counts only when its provenance holds: the verification
// method's controller is the issuer, or the issuer's own DID/controller document lists it under
// assertionMethod; VC-JWT keys may also be listed in https://{issuer authority}/.well-known/jwks.json
// (OB 3.0 Implementation Guide §Key provenance). A key merely written into a URL proves nothing,
// and is accepted (with a warning) only with `acceptUnconfirmedKeys`.
import type { DocumentLoader } from '../context/types.js';
import { InvalidArgumentError } from '../errors/index.js';
import type { JsonObject } from '../internal/json.js';
import { resolveJwtKey } from './jwt-key.js';
import {
  decodePublicKeyMultibase,
  importJwk,
  jwkAlgorithmOf,
  methodJwk,
  publicJwkOf,
  verifyBytes,
} from './key-material.js';
import {
  issuerListsMethod,
  type ResolvedMethod,
  type ResolveFailureCode,
  resolveVerificationMethod,
} from './resolve.js';
import type { Jwk, KeyAlgorithm } from './types.js';

/** A key a proof names, found and confirmed as the issuer's. */
export interface ResolvedKey {
  /** The key's id as the proof names it (verification method, JWT `kid`, or `jwk`). */
  id: string;
  /** The key algorithm. */
  algorithm: KeyAlgorithm;
  /** The public key. */
  publicJwk: Jwk;
  /** The verification method (id, type, controller, key material). */
  method: JsonObject;
  /** Who controls the key, when known. */
  controller?: string;
  /** Where the key was found, for messages. */
  description: string;
  /**
   * Set when the key was accepted though nothing the issuer publishes confirms it
   * (`acceptUnconfirmedKeys`): why, in plain words. The proof passes with `PROOF_KEY_UNCONFIRMED`.
   */
  unconfirmed?: string;
}

/** Codes of a key that cannot be used for the credential. */
export type KeyResolutionFailureCode =
  | ResolveFailureCode
  | 'PROOF_ISSUER_MISMATCH'
  | 'PROOF_KEY_TYPE_MISMATCH'
  | 'PROOF_JWT_KEY_MISMATCH';

/** Result of resolving a key. */
export type KeyResolution =
  | {
      /** The key was found and belongs to the issuer. */
      ok: true;
      /** The key. */
      key: ResolvedKey;
    }
  | {
      /** The key is unusable. */
      ok: false;
      /** Why, as a stable code. */
      code: KeyResolutionFailureCode;
      /** Why, in plain words. */
      message: string;
    };

/** What a VC-JWT's JOSE header says about its key. */
export interface JwtKeyHeader {
  /** The `kid` header: a DID URL, a controller-document URL or a JWK URL. */
  kid?: string;
  /** The `jwk` header: the public key itself. */
  jwk?: Jwk;
}

/** Verifies raw signatures with one imported key (the shape @digitalbazaar suites call). */
export interface KeyVerifier {
  /** The key id. */
  id: string;
  /** The key algorithm (`Ed25519`, `P-256`, `RSA`). */
  algorithm: KeyAlgorithm;
  /** `true` when `signature` is a valid signature of `data`; never throws. */
  verify(input: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
}

/**
 * Finds the keys proofs name and imports them. One resolver serves every proof of a verification
 * (Data Integrity and VC-JWT alike); a {@link createVerifier} instance keeps one for its lifetime,
 * so each key is imported once.
 */
export interface KeyResolver {
  /**
   * The key of a Data Integrity proof: resolves the verification method and checks that the
   * issuer owns it.
   */
  resolveMethod(verificationMethod: string, issuerId: string | undefined): Promise<KeyResolution>;
  /** The key of a VC-JWT, from its `kid` or `jwk` header, confirmed as the issuer's. */
  resolveJwtKey(header: JwtKeyHeader, issuerId: string | undefined): Promise<KeyResolution>;
  /** The key as a WebCrypto `CryptoKey` for verifying; imported once and cached. */
  importKey(key: ResolvedKey): Promise<CryptoKey>;
  /** A verifier for the key, as the Data Integrity suites call it. */
  verifier(key: ResolvedKey): Promise<KeyVerifier>;
}

/** Options of {@link createKeyResolver}. */
export interface KeyResolverOptions {
  /** Loader for DID documents, controller documents, JWK Sets and keys. */
  documentLoader: DocumentLoader;
  /**
   * Accept a key that only its URL (or a JWT header `jwk`) vouches for, when nothing the issuer
   * publishes can confirm or contradict it. Off by default. Such proofs pass with
   * `PROOF_KEY_UNCONFIRMED`.
   */
  acceptUnconfirmedKeys?: boolean;
  /** How many imported keys to keep. Default 1000; the oldest is dropped first. */
  maxCachedKeys?: number;
}

/**
 * Creates the key resolver proof verification uses: it resolves verification methods (did:key,
 * did:jwk, did:web, controller documents) and VC-JWT keys (plus the issuer's JWK Set), enforces key
 * provenance, and imports each key into WebCrypto once.
 *
 * @param options - The document loader, `acceptUnconfirmedKeys`, and the cache size.
 * @returns A {@link KeyResolver}.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` without a `documentLoader`.
 * @example
 * ```ts
 * const keys = createKeyResolver({ documentLoader: createDocumentLoader({ resources }) });
 * const results = await verifyProofs(credential, { keyResolver: keys });
 * ```
 */
export function createKeyResolver(options: KeyResolverOptions): KeyResolver {
  if (typeof options?.documentLoader !== 'function') {
    throw new InvalidArgumentError('documentLoader must be a function', 'documentLoader');
  }
  const { documentLoader } = options;
  const accept = options.acceptUnconfirmedKeys === true;
  const imports = boundedCache<Promise<CryptoKey>>(options.maxCachedKeys ?? 1000);
  const importKey = (key: ResolvedKey): Promise<CryptoKey> => {
    const cacheKey = `${key.algorithm} ${JSON.stringify(publicJwkOf(key.publicJwk))}`;
    return imports.get(cacheKey, async () => (await importJwk(key.publicJwk, 'verify')).key);
  };
  return {
    resolveMethod: (url, issuerId) => resolveMethod(url, issuerId, documentLoader, accept),
    resolveJwtKey: (header, issuerId) =>
      resolveJwtKey(header, issuerId, { documentLoader, acceptUnconfirmedKeys: accept }),
    importKey,
    verifier: async (key) => {
      const cryptoKey = await importKey(key);
      return {
        id: key.id,
        algorithm: key.algorithm,
        verify: ({ data, signature }) => verifyBytes(key.algorithm, cryptoKey, signature, data),
      };
    },
  };
}

async function resolveMethod(
  url: string,
  issuerId: string | undefined,
  documentLoader: DocumentLoader,
  acceptUnconfirmedKeys: boolean,
): Promise<KeyResolution> {
  let resolved = await resolveVerificationMethod(url, {
    documentLoader,
    ...(issuerId !== undefined ? { issuerId } : {}),
  });
  let unconfirmed: string | undefined;
  if (!resolved.ok) {
    // Only when nothing could be obtained: a document that omits the key is evidence against it.
    const fallback =
      acceptUnconfirmedKeys && resolved.code === 'PROOF_KEY_UNRESOLVED'
        ? keyFromUrl(url)
        : undefined;
    if (!fallback) return resolved;
    unconfirmed = `${resolved.message}. Accepted the key written in the verification-method URL without confirmation (acceptUnconfirmedKeys): anyone can write any key into a URL`;
    resolved = fallback;
  }
  if (
    issuerId !== resolved.controllerId &&
    !(await issuerListsMethod(issuerId, url, documentLoader))
  ) {
    return {
      ok: false,
      code: 'PROOF_ISSUER_MISMATCH',
      message: `The key is controlled by ${resolved.controllerId}, but the credential's issuer is ${issuerId ?? '(none)'}`,
    };
  }
  return keyOfMethod(url, resolved, unconfirmed);
}

function keyOfMethod(
  url: string,
  resolved: ResolvedMethod,
  unconfirmed: string | undefined,
): KeyResolution {
  const publicJwk = methodJwk(resolved.method);
  const algorithm = jwkAlgorithmOf(publicJwk);
  if (!publicJwk || !algorithm) {
    return {
      ok: false,
      code: 'PROOF_KEY_TYPE_MISMATCH',
      message: `${url} is not a key lerkit can read (Ed25519, P-256 or RSA, as Multikey, JWK or Ed25519VerificationKey2018)`,
    };
  }
  const key: ResolvedKey = {
    id: url,
    algorithm,
    publicJwk,
    method: resolved.method,
    controller: resolved.controllerId,
    description: url,
  };
  if (unconfirmed) key.unconfirmed = unconfirmed;
  return { ok: true, key };
}

// `https://issuer.example/keys#z6Mk…`: the fragment is a Multikey public key; its controller is
// the URL before `#`. Used only with acceptUnconfirmedKeys.
function keyFromUrl(url: string): ResolvedMethod | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const multibase = url.slice(hash + 1);
  if (!decodePublicKeyMultibase(multibase)) return undefined;
  const controllerId = url.slice(0, hash);
  const method = {
    id: url,
    type: 'Multikey',
    controller: controllerId,
    publicKeyMultibase: multibase,
  };
  return { ok: true, method, controllerId, controller: { id: controllerId } };
}

// A map that keeps at most `limit` entries (dropping the oldest) and forgets failed promises, so
// hostile input cannot grow it without bound nor poison it.
function boundedCache<T extends Promise<unknown>>(limit: number) {
  const entries = new Map<string, T>();
  return {
    get(key: string, make: () => T): T {
      const hit = entries.get(key);
      if (hit) return hit;
      const value = make();
      entries.set(key, value);
      value.catch(() => entries.delete(key));
      if (entries.size > Math.max(1, limit)) {
        entries.delete(entries.keys().next().value as string);
      }
      return value;
    },
  };
}
