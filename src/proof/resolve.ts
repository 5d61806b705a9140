// Finds the key a proof names and checks that its controller authorised it. A key merely written
// into a URL (`https://issuer.example/keys#z6Mk…`) proves nothing — anyone can write any key there —
// so a key counts only when its controller's own document (a DID document or a controller
// document supplied through the loader) lists it for the proof purpose.
import type { DocumentLoader } from '../context/types.js';
import {
  DocumentLoadError,
  DocumentNotFoundError,
  InvalidArgumentError,
  isLerkitError,
  UnsupportedError,
} from '../errors/index.js';
import { asArray, idOf, isObject, type JsonObject } from '../internal/json.js';
import { parseJsonText } from '../internal/json-syntax.js';
import { didWebUrl, resolveDidJwk, resolveDidKey } from './did.js';
import { decodePublicKeyMultibase, jwkAlgorithm } from './key-material.js';
import type { KeyAlgorithm } from './types.js';

/** Why a verification method could not be resolved or is not authorised. */
export type ResolveFailureCode =
  | 'PROOF_KEY_UNRESOLVED'
  | 'PROOF_KEY_NOT_FOUND'
  | 'PROOF_KEY_NOT_AUTHORIZED'
  | 'PROOF_DID_INVALID'
  | 'PROOF_DID_UNRESOLVED'
  | 'PROOF_DID_METHOD_UNSUPPORTED';

/** A resolved, authorised verification method. */
export interface ResolvedMethod {
  /** Resolution succeeded. */
  ok: true;
  /** The verification method (id, type, controller, key material). */
  method: JsonObject;
  /** Id of the controller document that authorised it. */
  controllerId: string;
  /** The controller document. */
  controller: JsonObject;
}

/** Result of {@link resolveVerificationMethod}. */
export type ResolveResult =
  | ResolvedMethod
  | {
      /** Resolution failed. */
      ok: false;
      /** Why, as a stable code. */
      code: ResolveFailureCode;
      /** Why, in plain words. */
      message: string;
    };

/** Options of {@link resolveVerificationMethod}. */
export interface ResolveOptions {
  /** Loader for controller documents (resources, did:web, HTTP). */
  documentLoader: DocumentLoader;
  /** The verification relationship the key must be listed under. Default `assertionMethod`. */
  purpose?: string;
  /**
   * The credential's issuer. A bare `did:key:z…` (no fragment) names the key's only verification
   * method when that DID is the issuer — some issuers write it so in CLR nested credentials.
   */
  issuerId?: string;
}

/**
 * Resolves a verification-method URL to its key and controller, and checks that the controller's
 * document lists the key under the proof purpose.
 */
export async function resolveVerificationMethod(
  url: string,
  options: ResolveOptions,
): Promise<ResolveResult> {
  const hash = url.indexOf('#');
  const base = hash >= 0 ? url.slice(0, hash) : url;
  const loaded = await loadDocument(base, options.documentLoader);
  if (!loaded.ok) return loaded;
  const document = loaded.document;
  const method = methodIn(document, url, options.issuerId);
  if (!method) {
    return {
      ok: false,
      code: 'PROOF_KEY_NOT_FOUND',
      message: `${base} does not list the verification method ${url}`,
    };
  }
  const controllerId =
    idOf(method.controller) ?? (method === document ? undefined : idOf(document.id));
  if (!controllerId) {
    return {
      ok: false,
      code: 'PROOF_KEY_NOT_AUTHORIZED',
      message: `The verification method ${url} names no controller`,
    };
  }
  const controller =
    controllerId === document.id && method !== document
      ? ({ ok: true, document } as const)
      : await loadDocument(controllerId, options.documentLoader);
  if (!controller.ok) return controller;
  // Normally the URL itself; for a bare did:key, the id of the key it stands for.
  const methodId = absolute(idOf(method.id), idOf(document.id) ?? '') ?? url;
  const refusal = authorisation(controller.document, controllerId, methodId, options);
  if (refusal) return refusal;
  return {
    ok: true,
    method: { ...method, id: url, controller: controllerId },
    controllerId,
    controller: controller.document,
  };
}

// The method is the document itself (a standalone key document), a bare JWK (OB 3.0
// §Dereferencing the Public Key: key material, but no controller), or listed in the document.
function methodIn(
  document: JsonObject,
  url: string,
  issuerId: string | undefined,
): JsonObject | undefined {
  if (typeof document.kty === 'string' && !url.includes('#')) {
    return { id: url, type: 'JsonWebKey', publicKeyJwk: document };
  }
  if (document.id === url && url.startsWith('did:key:') && url === issuerId) {
    // A bare did:key names its DID document, whose single key is the DID itself.
    const methods = asArray(document.verificationMethod).filter(isObject);
    return methods.length === 1 ? methods[0] : undefined;
  }
  if (document.id === url) return document;
  return findMethod(document, url);
}

// The controller document must be the controller's own and list the key under the purpose.
function authorisation(
  controller: JsonObject,
  controllerId: string,
  methodId: string,
  options: ResolveOptions,
): ResolveResult | undefined {
  const purpose = options.purpose ?? 'assertionMethod';
  if (controller.id !== controllerId) {
    return {
      ok: false,
      code: 'PROOF_KEY_NOT_AUTHORIZED',
      message: `The document at ${controllerId} has id ${JSON.stringify(controller.id)}, not ${controllerId}`,
    };
  }
  const listed = asArray(controller[purpose]).some(
    (entry) => absolute(idOf(entry), controllerId) === methodId,
  );
  if (listed) return undefined;
  return {
    ok: false,
    code: 'PROOF_KEY_NOT_AUTHORIZED',
    message: `${controllerId} does not list ${methodId} under ${purpose}, so the key is not authorised to sign credentials for it`,
  };
}

/** Result of {@link loadDocument}. */
export type Loaded =
  | { ok: true; document: JsonObject }
  | { ok: false; code: ResolveFailureCode; message: string };

/**
 * Loads the document an identifier names: a DID document (did:key, did:jwk offline; did:web via
 * the loader) or an HTTP(S) controller document via the loader.
 */
export async function loadDocument(url: string, documentLoader: DocumentLoader): Promise<Loaded> {
  if (url.startsWith('did:')) {
    const method = url.split(':')[1] ?? '';
    if (method === 'key' || method === 'jwk') {
      const document = method === 'key' ? resolveDidKey(url) : resolveDidJwk(url);
      return document
        ? { ok: true, document }
        : {
            ok: false,
            code: 'PROOF_DID_INVALID',
            message: `${url} is not a valid did:${method} (lerkit reads Ed25519 and P-256 did:key, and Ed25519, P-256 and RSA did:jwk)`,
          };
    }
    if (method === 'web') {
      const location = didWebUrl(url);
      if (!location) {
        return { ok: false, code: 'PROOF_DID_INVALID', message: `${url} is not a valid did:web` };
      }
      const loaded = await loadUrl(location, documentLoader, 'PROOF_DID_UNRESOLVED');
      if (loaded.ok && loaded.document.id !== url) {
        return {
          ok: false,
          code: 'PROOF_DID_INVALID',
          message: `The DID document at ${location} has id ${JSON.stringify(loaded.document.id)}, not ${url}`,
        };
      }
      return loaded;
    }
    return {
      ok: false,
      code: 'PROOF_DID_METHOD_UNSUPPORTED',
      message: `DID method "${method}" is not supported (lerkit resolves did:key, did:jwk and did:web)`,
    };
  }
  return loadUrl(url, documentLoader, 'PROOF_KEY_UNRESOLVED');
}

async function loadUrl(
  url: string,
  documentLoader: DocumentLoader,
  code: ResolveFailureCode,
): Promise<Loaded> {
  try {
    const { document } = await documentLoader(url);
    let parsed: unknown = document;
    if (typeof document === 'string') {
      // Never JSON.parse's message: it quotes the start of the (remote) text.
      const text = parseJsonText(document);
      if (!text.ok)
        return { ok: false, code, message: `The document at ${url} is ${text.message}` };
      parsed = text.value;
    }
    if (!isObject(parsed)) {
      return { ok: false, code, message: `The document at ${url} is not a JSON object` };
    }
    return { ok: true, document: parsed };
  } catch (error) {
    const reason = isLerkitError(error)
      ? error.message
      : `loading failed: ${(error as Error)?.message ?? error}`;
    return {
      ok: false,
      code,
      message: `Could not obtain ${url} to confirm the signing key. ${reason}`,
    };
  }
}

/** The algorithm of a verification method's key, or `undefined` if it has none lerkit reads. */
export function methodAlgorithm(method: JsonObject): KeyAlgorithm | undefined {
  if (typeof method.publicKeyMultibase === 'string') {
    return decodePublicKeyMultibase(method.publicKeyMultibase)?.algorithm;
  }
  if (isObject(method.publicKeyJwk)) {
    try {
      return jwkAlgorithm(method.publicKeyJwk);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const METHOD_PROPERTIES = [
  'verificationMethod',
  'assertionMethod',
  'authentication',
  'capabilityInvocation',
  'capabilityDelegation',
  'publicKey',
];

function findMethod(document: JsonObject, url: string): JsonObject | undefined {
  const base = idOf(document.id) ?? '';
  for (const property of METHOD_PROPERTIES) {
    for (const entry of asArray(document[property])) {
      if (isObject(entry) && absolute(idOf(entry), base) === url) return entry;
    }
  }
  return undefined;
}

// Resolves a relative `#fragment` id against its document's id.
function absolute(id: string | undefined, base: string): string | undefined {
  if (id === undefined) return undefined;
  return id.startsWith('#') ? `${base}${id}` : id;
}

/**
 * The verification methods a controller document authorises for `purpose` (default
 * `assertionMethod`), with references resolved against the document's own methods.
 */
export function authorisedMethods(document: JsonObject, purpose = 'assertionMethod'): JsonObject[] {
  const base = idOf(document.id) ?? '';
  const methods: JsonObject[] = [];
  for (const entry of asArray(document[purpose])) {
    if (isObject(entry)) methods.push({ ...entry, id: absolute(idOf(entry), base) });
    else if (typeof entry === 'string') {
      const url = absolute(entry, base) as string;
      // A reference to a method defined elsewhere (e.g. a delegated did:key) counts by its id.
      methods.push({ ...(findMethod(document, url) ?? {}), id: url });
    }
  }
  return methods;
}

/** Options of {@link resolveDid}. */
export interface ResolveDidOptions {
  /** Loader for did:web documents (resources, fetch). did:key and did:jwk need none. */
  documentLoader?: DocumentLoader;
}

/**
 * Resolves a DID to its DID document: `did:key` (Ed25519, P-256) and `did:jwk` offline, `did:web`
 * through the loader (nothing is fetched unless the loader does).
 *
 * @param did - The DID (no fragment).
 * @param options - A loader for did:web.
 * @returns The DID document.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a malformed DID.
 * @throws {UnsupportedError} `ERR_LERKIT_UNSUPPORTED` for another DID method.
 * @throws {DocumentLoadError} `ERR_LERKIT_DOCUMENT_LOAD_FAILED` when a did:web document cannot be
 *   obtained or is not the document of that DID.
 * @example
 * ```ts
 * const document = await resolveDid(key.did); // did:key → its DID document, offline
 * ```
 */
export async function resolveDid(
  did: string,
  options: ResolveDidOptions = {},
): Promise<JsonObject> {
  if (typeof did !== 'string' || !did.startsWith('did:') || did.includes('#')) {
    throw new InvalidArgumentError('did must be a DID without fragment', 'did');
  }
  const loaded = await loadDocument(
    did,
    options.documentLoader ??
      (async (url) => {
        throw new DocumentNotFoundError(url);
      }),
  );
  if (loaded.ok) return loaded.document;
  if (loaded.code === 'PROOF_DID_METHOD_UNSUPPORTED') throw new UnsupportedError(loaded.message);
  if (loaded.code === 'PROOF_DID_INVALID' && !did.startsWith('did:web:')) {
    throw new InvalidArgumentError(loaded.message, 'did');
  }
  throw new DocumentLoadError(did, loaded.message);
}

/**
 * Whether the issuer's own document (DID or controller document) authorises a verification
 * method for `assertionMethod` — a key delegated to a controller other than the issuer.
 */
export async function issuerListsMethod(
  issuerId: string | undefined,
  verificationMethod: string,
  documentLoader: DocumentLoader,
): Promise<boolean> {
  if (!issuerId) return false;
  const loaded = await loadDocument(issuerId, documentLoader);
  return loaded.ok && authorisedMethods(loaded.document).some((m) => m.id === verificationMethod);
}
