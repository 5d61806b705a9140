// The key of a VC-JWT and its provenance (OB 3.0 §Verify a Credential, Implementation Guide §Key
// provenance): the `kid` (a DID URL, a controller-document URL, or a URL serving a JWK) or the
// header `jwk`, which the issuer must own — as the controller of the verification method, by
// listing it under assertionMethod in its DID/controller document, or in its JWK Set at
// https://{issuer authority}/.well-known/jwks.json.
import type { DocumentLoader } from '../context/types.js';
import { isObject } from '../internal/json.js';
import { jwkAlgorithmOf, methodJwk, publicJwkOf, sameJwk } from './key-material.js';
import type { JwtKeyHeader, KeyResolution, KeyResolutionFailureCode } from './key-types.js';
import {
  authorisedMethods,
  issuerListsMethod,
  loadDocument,
  resolveVerificationMethod,
} from './resolve.js';
import type { Jwk } from './types.js';

interface Context {
  documentLoader: DocumentLoader;
  acceptUnconfirmedKeys: boolean;
}

// What is known about the key so far, while looking for something that confirms it.
interface Search {
  kid: string | undefined;
  issuerId: string | undefined;
  /** The key material, when known (header jwk, or a JWK the kid dereferences to). */
  candidate: Jwk | undefined;
  /** Why nothing confirmed it yet. */
  whyNot: string;
  code: KeyResolutionFailureCode;
  /** A document of the issuer's lists keys, but not this one: evidence against it. */
  contradicted: boolean;
}

/** Finds a VC-JWT's key and confirms the issuer owns it. */
export async function resolveJwtKey(
  header: JwtKeyHeader,
  issuerId: string | undefined,
  context: Context,
): Promise<KeyResolution> {
  const search: Search = {
    kid: header.kid,
    issuerId,
    candidate: header.jwk,
    whyNot: '',
    code: 'PROOF_KEY_NOT_AUTHORIZED',
    contradicted: false,
  };
  if (header.kid !== undefined) {
    const fromKid = await keyOfKid(header.kid, header.jwk, search, context);
    if (fromKid) return fromKid;
  }
  return (
    (await confirmedByIssuerDocument(search, context)) ??
    (await confirmedByJwks(search, context)) ??
    unconfirmed(search, context)
  );
}

// The kid as a verification method. Returns a final answer, or fills in `search` and returns
// `undefined` so the issuer's documents are consulted.
async function keyOfKid(
  kid: string,
  headerJwk: Jwk | undefined,
  search: Search,
  context: Context,
): Promise<KeyResolution | undefined> {
  const resolved = await resolveVerificationMethod(kid, { documentLoader: context.documentLoader });
  if (resolved.ok) {
    const jwk = methodJwk(resolved.method);
    if (!jwk) return refuse('PROOF_KEY_TYPE_MISMATCH', `${kid} is not a key lerkit can read`);
    if (headerJwk && !sameJwk(jwk, headerJwk)) return keyMismatch(kid);
    const owned =
      resolved.controllerId === search.issuerId ||
      (await issuerListsMethod(search.issuerId, kid, context.documentLoader));
    if (!owned) {
      return refuse(
        'PROOF_ISSUER_MISMATCH',
        `The key is controlled by ${resolved.controllerId}, but the credential's issuer is ${search.issuerId ?? '(none)'}`,
      );
    }
    return accepted(kid, jwk, kid, resolved.controllerId);
  }
  // A key document without a controller (a bare JWK at a URL) still gives the key material;
  // whether the issuer owns it is settled by the issuer's documents.
  const loose = await looseKey(kid, context.documentLoader);
  if (loose) {
    if (headerJwk && !sameJwk(loose, headerJwk)) return keyMismatch(kid);
    search.candidate = loose;
  }
  search.whyNot = resolved.message;
  search.code = resolved.code;
  return kid.startsWith('did:') ? refuse(resolved.code, resolved.message) : undefined;
}

// The issuer's DID or controller document lists the key for assertionMethod.
async function confirmedByIssuerDocument(
  search: Search,
  context: Context,
): Promise<KeyResolution | undefined> {
  const candidate = search.candidate;
  if (!search.issuerId || !candidate) return undefined;
  const issuerDocument = await loadDocument(search.issuerId, context.documentLoader);
  if (!issuerDocument.ok) return undefined;
  const listed = authorisedMethods(issuerDocument.document).find((method) => {
    const jwk = methodJwk(method);
    return jwk !== undefined && sameJwk(jwk, candidate);
  });
  if (listed) {
    const id = String(listed.id);
    return accepted(search.kid ?? id, candidate, `${id} (listed by the issuer)`, search.issuerId);
  }
  const document = issuerDocument.document;
  if (document.assertionMethod !== undefined || document.verificationMethod !== undefined) {
    search.contradicted = true;
    search.whyNot = `${search.issuerId} does not list the key under assertionMethod`;
  }
  return undefined;
}

// The issuer's JWK Set at https://{authority}/.well-known/jwks.json lists the key.
async function confirmedByJwks(
  search: Search,
  context: Context,
): Promise<KeyResolution | undefined> {
  const jwks = await issuerJwks(search.issuerId, context.documentLoader);
  if (!jwks.keys || !jwks.url) {
    search.whyNot = [search.whyNot, jwks.reason].filter(Boolean).join('. ');
    return undefined;
  }
  const { kid, candidate } = search;
  // A kid matches an entry's kid, or — for a kid pointing into the JWKS (`…/jwks.json#abc`) — its
  // fragment; a header jwk matches an entry with the same key.
  const fragment = kid?.startsWith(`${jwks.url}#`) ? kid.slice(jwks.url.length + 1) : undefined;
  const match =
    kid !== undefined
      ? jwks.keys.find(
          (entry) => entry.kid === kid || (fragment !== undefined && entry.kid === fragment),
        )
      : jwks.keys.find((entry) => candidate !== undefined && sameJwk(entry, candidate));
  if (match && (candidate === undefined || sameJwk(match, candidate))) {
    if (match.iss !== undefined && match.iss !== search.issuerId) {
      return refuse(
        'PROOF_ISSUER_MISMATCH',
        `The issuer's JWKS lists the key for iss ${JSON.stringify(match.iss)}, not ${search.issuerId}`,
      );
    }
    return accepted(kid ?? 'jwk', candidate ?? match, `a key in ${jwks.url}`, search.issuerId);
  }
  search.contradicted = true;
  search.whyNot = `${jwks.url} does not list the key${kid ? ` ${kid}` : ''}`;
  search.code = 'PROOF_KEY_NOT_AUTHORIZED';
  return undefined;
}

// Nothing confirmed the key. The opt-in covers only keys nothing could confirm, never keys the
// issuer's documents omit.
function unconfirmed(search: Search, context: Context): KeyResolution {
  const { candidate, whyNot } = search;
  if (!candidate) return refuse(search.code, whyNot);
  if (context.acceptUnconfirmedKeys && !search.contradicted) {
    const resolution = accepted(search.kid ?? 'jwk', candidate, search.kid ?? 'the header jwk');
    if (resolution.ok) {
      resolution.key.unconfirmed = `The issuer's documents do not confirm the key (${whyNot}); accepted unconfirmed (acceptUnconfirmedKeys)`;
    }
    return resolution;
  }
  return refuse(
    search.code === 'PROOF_KEY_NOT_FOUND' ? 'PROOF_KEY_NOT_AUTHORIZED' : search.code,
    `Nothing the issuer publishes confirms the JWT key: ${whyNot}`,
  );
}

function accepted(id: string, jwk: Jwk, description: string, controller?: string): KeyResolution {
  const algorithm = jwkAlgorithmOf(jwk);
  if (!algorithm) {
    return refuse('PROOF_KEY_TYPE_MISMATCH', `The key ${description} is not one lerkit can read`);
  }
  const publicJwk = publicJwkOf(jwk);
  const method: Record<string, unknown> = { id, type: 'JsonWebKey', publicKeyJwk: publicJwk };
  if (controller) method.controller = controller;
  return {
    ok: true,
    key: {
      id,
      algorithm,
      publicJwk,
      method,
      description,
      ...(controller ? { controller } : {}),
    },
  };
}

function refuse(code: KeyResolutionFailureCode, message: string): KeyResolution {
  return { ok: false, code, message };
}

function keyMismatch(kid: string): KeyResolution {
  return refuse('PROOF_JWT_KEY_MISMATCH', `The header jwk is not the key ${kid} names`);
}

// A kid URL that serves a bare JWK, or a JWK Set with an entry of that kid.
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
