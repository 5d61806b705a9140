// One key resolver for every proof format. It finds the key a proof names — a Data Integrity
// verification method, or a VC-JWT `kid`/`jwk` — decides whether the credential's issuer owns it,
// and imports it into WebCrypto once. A key counts only when its provenance holds: the verification
// method's controller is the issuer, or the issuer's own DID/controller document lists it under
// assertionMethod; VC-JWT keys may also be listed in https://{issuer authority}/.well-known/jwks.json
// (OB 3.0 Implementation Guide §Key provenance). A key merely written into a URL proves nothing,
// and is accepted (with a warning) only with `acceptUnconfirmedKeys`.
import type { DocumentLoader } from '../context/types.js';
import { InvalidArgumentError } from '../errors/index.js';
import { resolveJwtKey } from './jwt-key.js';
import {
  decodePublicKeyMultibase,
  importJwk,
  jwkAlgorithmOf,
  methodJwk,
  publicJwkOf,
  verifyBytes,
} from './key-material.js';
import type { KeyResolution, KeyResolver, KeyResolverOptions, ResolvedKey } from './key-types.js';
import { issuerListsMethod, type ResolvedMethod, resolveVerificationMethod } from './resolve.js';

export type {
  JwtKeyHeader,
  KeyResolution,
  KeyResolutionFailureCode,
  KeyResolver,
  KeyResolverOptions,
  KeyVerifier,
  ResolvedKey,
} from './key-types.js';

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
  // did:key and did:jwk resolve from the URL alone: with such an issuer too (or none), the answer
  // depends on nothing else, so it is kept (bounded) and each method is resolved once.
  const methods = boundedCache<Promise<KeyResolution>>(options.maxCachedKeys ?? 1000);
  return {
    resolveMethod: (url, issuerId) =>
      SELF_CONTAINED.test(url) && (issuerId === undefined || SELF_CONTAINED.test(issuerId))
        ? methods.get(`${url} ${issuerId ?? ''}`, () =>
            resolveMethod(url, issuerId, documentLoader, accept),
          )
        : resolveMethod(url, issuerId, documentLoader, accept),
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

const SELF_CONTAINED = /^did:(?:key|jwk):/;

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
