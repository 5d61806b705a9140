// DID methods lerkit resolves: did:key and did:jwk offline (the DID *is* the key), did:web through
// the caller's loader (https://w3c-ccg.github.io/did-method-web/).
import { DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL } from '../context/urls.js';
import { InvalidArgumentError } from '../errors/index.js';
import { isObject, type JsonObject } from '../internal/json.js';
import { decodePublicKeyMultibase, jwkOfDidJwk } from './key-material.js';
import type { Jwk } from './types.js';

/** Context of JsonWebKey2020 verification methods, as did:jwk documents use. */
export const JWS_2020_CONTEXT_URL = 'https://w3id.org/security/suites/jws-2020/v1';

const RELATIONSHIPS = [
  'assertionMethod',
  'authentication',
  'capabilityInvocation',
  'capabilityDelegation',
] as const;

/** Builds the DID document of a did:key, or returns `undefined` if the DID is malformed/unsupported. */
export function resolveDidKey(did: string): JsonObject | undefined {
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
  if (!match) return undefined;
  const multibase = match[1] as string;
  if (!decodePublicKeyMultibase(multibase)) return undefined;
  const id = `${did}#${multibase}`;
  return {
    '@context': [DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL],
    id: did,
    verificationMethod: [{ id, type: 'Multikey', controller: did, publicKeyMultibase: multibase }],
    ...Object.fromEntries(RELATIONSHIPS.map((r) => [r, [id]])),
  };
}

/** Builds the DID document of a did:jwk, or returns `undefined` if the DID is malformed. */
export function resolveDidJwk(did: string): JsonObject | undefined {
  const jwk = jwkOfDidJwk(did);
  if (!jwk) return undefined;
  const id = `${did}#0`;
  const relationships = jwk.use === 'enc' ? [] : RELATIONSHIPS;
  return {
    '@context': [DID_V1_CONTEXT_URL, JWS_2020_CONTEXT_URL],
    id: did,
    verificationMethod: [{ id, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk }],
    ...Object.fromEntries(relationships.map((r) => [r, [id]])),
  };
}

/**
 * The HTTPS URL of a did:web DID document: `did:web:example.com` →
 * `https://example.com/.well-known/did.json`, `did:web:example.com:users:alice` →
 * `https://example.com/users/alice/did.json`; a port is written `%3A` (`did:web:localhost%3A8443`).
 *
 * @param did - A did:web DID (without fragment).
 * @returns The URL, or `undefined` if the DID is not a valid did:web.
 * @example
 * ```ts
 * didWebUrl('did:web:example.edu:issuers:1'); // 'https://example.edu/issuers/1/did.json'
 * ```
 */
export function didWebUrl(did: string): string | undefined {
  const match = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/.exec(did);
  if (!match) return undefined;
  let host: string;
  try {
    host = decodeURIComponent(match[1] as string);
  } catch {
    return undefined;
  }
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) || host.startsWith('.')) return undefined;
  const path = (match[2] as string)
    .split(':')
    .slice(1)
    .map((segment) => encodeURIComponent(decodeURIComponentSafe(segment)));
  if (path.some((segment) => segment === '' || segment === '.' || segment === '..'))
    return undefined;
  return path.length === 0
    ? `https://${host}/.well-known/did.json`
    : `https://${host}/${path.join('/')}/did.json`;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A verification method for {@link createDidDocument}. */
export interface DidDocumentKey {
  /** Verification-method id (`did:web:example.edu#key-1`). */
  id: string;
  /** Multikey public key (Ed25519, P-256). */
  publicKeyMultibase?: string;
  /** Public JWK (any algorithm; used when there is no `publicKeyMultibase`). */
  publicKeyJwk?: Jwk;
}

/**
 * Builds the DID document to publish for a DID and its keys — e.g. the `did.json` of a did:web
 * issuer, served at {@link didWebUrl}. Each key is listed as a verification method (Multikey, or
 * JsonWebKey2020 for JWK-only keys such as RSA) and authorised for `assertionMethod` (signing
 * credentials) and `authentication`. Secret key material is never copied.
 *
 * @param did - The DID the document describes, e.g. `did:web:example.edu`.
 * @param keys - Its keys (key pairs from `generateKeyPair` work as they are).
 * @returns The DID document.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` when a key id is not under the DID
 *   or a key has no public key.
 * @example
 * ```ts
 * const key = await generateKeyPair({ controller: 'did:web:example.edu' });
 * const didJson = createDidDocument('did:web:example.edu', [key]);
 * ```
 */
export function createDidDocument(did: string, keys: readonly DidDocumentKey[]): JsonObject {
  if (typeof did !== 'string' || !did.startsWith('did:')) {
    throw new InvalidArgumentError('did must be a DID', 'did');
  }
  const methods = keys.map((key, i) => {
    if (!isObject(key) || typeof key.id !== 'string' || !key.id.startsWith(`${did}#`)) {
      throw new InvalidArgumentError(`keys[${i}].id must be a fragment of ${did}`, `keys[${i}].id`);
    }
    if (typeof key.publicKeyMultibase === 'string') {
      return {
        id: key.id,
        type: 'Multikey',
        controller: did,
        publicKeyMultibase: key.publicKeyMultibase,
      };
    }
    if (isObject(key.publicKeyJwk)) {
      const { d: _secret, ...publicKeyJwk } = key.publicKeyJwk;
      return { id: key.id, type: 'JsonWebKey2020', controller: did, publicKeyJwk };
    }
    throw new InvalidArgumentError(`keys[${i}] has no public key`, `keys[${i}]`);
  });
  const ids = methods.map((m) => m.id);
  const context = [DID_V1_CONTEXT_URL];
  if (methods.some((m) => m.type === 'Multikey')) context.push(MULTIKEY_V1_CONTEXT_URL);
  if (methods.some((m) => m.type === 'JsonWebKey2020')) context.push(JWS_2020_CONTEXT_URL);
  return {
    '@context': context,
    id: did,
    verificationMethod: methods,
    assertionMethod: ids,
    authentication: ids,
  };
}
