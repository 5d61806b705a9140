// OpenID Federation 1.0 trust anchors, checked offline: an issuer is trusted when the anchor's
// Subordinate Statement about it (§3 Entity Statement: typ entity-statement+jwt, iss the anchor,
// sub the issuer, iat and exp) verifies with the anchor's keys. Statements come from a snapshot the
// caller holds, or from the anchor's fetch endpoint (§8.1 Fetching a Subordinate Statement) through
// the verifier's loader; keys are pinned by the caller, or read from the anchor's Entity
// Configuration (§3.1, at /.well-known/openid-federation), which must verify with its own keys.
// Trust chains through intermediates (§4) are not followed: only direct subordinates are found.
import { createLocalJWKSet, decodeJwt, type JWK, type JWTPayload, jwtVerify } from 'jose';
import { InvalidArgumentError, isLerkitError } from '../../errors/index.js';
import { isObject, type JsonObject } from '../../internal/json.js';
import { cleanText } from './binding.js';
import type {
  OidfRegistrySource,
  TrustLookup,
  TrustLookupContext,
  TrustRegistry,
} from './types.js';

const WELL_KNOWN = '/.well-known/openid-federation';
const TYP = 'entity-statement+jwt';
const ALGORITHMS = [
  'ES256',
  'ES384',
  'ES512',
  'PS256',
  'PS384',
  'PS512',
  'RS256',
  'RS384',
  'RS512',
  'EdDSA',
  'Ed25519',
];

interface Anchor {
  keys: JWK[];
  fetchEndpoint: string | undefined;
}

/**
 * Makes a trust registry of an OpenID Federation trust anchor, checked offline: the issuer is
 * trusted when the anchor's subordinate statement about it verifies with the anchor's keys. See
 * {@link OidfRegistrySource} for where statements and keys come from.
 *
 * @param source - The anchor (`trustAnchor`, `trustAnchorEC` or `url`), its pinned `jwks`, a
 *   `fetchEndpoint`, and `statements` you hold.
 * @returns A {@link TrustRegistry}: `found` (with the statement's `federation_entity` name, home
 *   page and location), `not-found` (not among the `statements` you gave and no fetch endpoint; or
 *   the fetch endpoint answers the OpenID Federation error `not_found`), or `unknown` (a statement or
 *   the anchor's configuration cannot be obtained or does not verify).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` without a name or an https anchor,
 *   for `jwks` that is not `{ keys: [...] }`, or `statements` that are not strings.
 * @example
 * ```ts
 * const members = createOidfRegistry({
 *   type: 'oidf',
 *   name: 'DCC Member Registry',
 *   trustAnchor: 'https://registry.example',
 *   jwks: { keys: [anchorPublicJwk] },
 *   statements: [subordinateStatementJwt],
 * });
 * await verify(badge, { trust: [members] });
 * ```
 */
export function createOidfRegistry(source: OidfRegistrySource): TrustRegistry {
  const { name } = source;
  if (typeof name !== 'string' || name === '') {
    throw new InvalidArgumentError('An OpenID Federation registry needs a name', 'trust.name');
  }
  const entityId = entityIdOf(source);
  const pinned = pinnedKeys(source);
  const statements = statementsOf(source);
  const fetchEndpoint = source.fetchEndpoint;
  if (fetchEndpoint !== undefined && !/^https:\/\//.test(fetchEndpoint)) {
    throw new InvalidArgumentError('fetchEndpoint must be an https URL', 'trust.fetchEndpoint');
  }
  const configurationUrl = source.trustAnchorEC ?? `${entityId}${WELL_KNOWN}`;
  let anchor: Promise<Anchor | string> | undefined;
  const anchorOf = (context: TrustLookupContext) => {
    if (!anchor) {
      const pending = readAnchor(configurationUrl, entityId, pinned, fetchEndpoint, context);
      anchor = pending;
      // Only an anchor that could be read is kept; a failure is retried at the next lookup.
      void pending.then((read) => {
        if (typeof read === 'string' && anchor === pending) anchor = undefined;
      });
    }
    return anchor;
  };
  return {
    name,
    lookup: async (issuerId, context) => {
      const held = statements.filter((jwt) => subjectOf(jwt) === issuerId);
      if (held.length === 0 && statements.length > 0 && fetchEndpoint === undefined) {
        return { status: 'not-found' };
      }
      const read =
        pinned && (held.length > 0 || fetchEndpoint)
          ? { keys: pinned, fetchEndpoint }
          : await anchorOf(context);
      if (typeof read === 'string') return { status: 'unknown', reason: read };
      let failure: TrustLookup | undefined;
      for (const jwt of held) {
        const result = await verifyStatement(jwt, read.keys, entityId, issuerId, context.now);
        if (result.status === 'found') return result;
        failure = result;
      }
      if (failure) return failure;
      if (!read.fetchEndpoint) {
        return { status: 'unknown', reason: `the trust anchor ${entityId} has no fetch endpoint` };
      }
      return fetchStatement(read, entityId, issuerId, context);
    },
  };
}

function entityIdOf(source: OidfRegistrySource): string {
  const given = source.trustAnchor ?? source.trustAnchorEC ?? source.url;
  if (typeof given !== 'string' || !/^https:\/\/[^\s]+$/.test(given)) {
    throw new InvalidArgumentError(
      `The OpenID Federation registry "${source.name}" needs its trust anchor as an https URL (trustAnchor, trustAnchorEC or url)`,
      'trust.trustAnchor',
    );
  }
  return given.endsWith(WELL_KNOWN) ? given.slice(0, -WELL_KNOWN.length) : given.replace(/\/$/, '');
}

function pinnedKeys(source: OidfRegistrySource): JWK[] | undefined {
  if (source.jwks === undefined) return undefined;
  if (
    !isObject(source.jwks) ||
    !Array.isArray(source.jwks.keys) ||
    !source.jwks.keys.every(isObject)
  ) {
    throw new InvalidArgumentError(
      'jwks must be a JWK set: { keys: [ …public JWKs ] }',
      'trust.jwks',
    );
  }
  if (source.jwks.keys.some((key) => 'd' in key)) {
    throw new InvalidArgumentError('jwks must hold public keys only (a key has "d")', 'trust.jwks');
  }
  return source.jwks.keys as JWK[];
}

function statementsOf(source: OidfRegistrySource): readonly string[] {
  const { statements } = source;
  if (statements === undefined) return [];
  if (!Array.isArray(statements) || !statements.every((s) => typeof s === 'string')) {
    throw new InvalidArgumentError(
      'statements must be an array of compact JWTs',
      'trust.statements',
    );
  }
  return statements;
}

function subjectOf(jwt: string): string | undefined {
  try {
    const { sub } = decodeJwt(jwt);
    return typeof sub === 'string' ? sub : undefined;
  } catch {
    return undefined;
  }
}

async function readAnchor(
  url: string,
  entityId: string,
  pinned: JWK[] | undefined,
  fetchEndpoint: string | undefined,
  context: TrustLookupContext,
): Promise<Anchor | string> {
  const jwt = await loadJwt(url, context);
  if (typeof jwt !== 'string') return `the trust anchor's entity configuration ${jwt.problem}`;
  let claims: JWTPayload;
  try {
    claims = decodeJwt(jwt);
  } catch {
    return `the trust anchor's entity configuration at ${url} is not a JWT`;
  }
  const own =
    isObject(claims.jwks) && Array.isArray(claims.jwks.keys) ? (claims.jwks.keys as JWK[]) : [];
  const keys = pinned ?? own;
  try {
    await jwtVerify(jwt, createLocalJWKSet({ keys }), {
      typ: TYP,
      issuer: entityId,
      subject: entityId,
      currentDate: context.now,
      requiredClaims: ['iat', 'exp'],
      algorithms: ALGORITHMS,
    });
  } catch (error) {
    return `the trust anchor's entity configuration at ${url} does not verify${pinned ? ' with the pinned keys' : ''}: ${messageOf(error)}`;
  }
  const entity = isObject(claims.metadata)
    ? (claims.metadata as JsonObject).federation_entity
    : undefined;
  const endpoint = isObject(entity) ? entity.federation_fetch_endpoint : undefined;
  return {
    keys,
    fetchEndpoint:
      fetchEndpoint ??
      (typeof endpoint === 'string' && /^https:\/\//.test(endpoint) ? endpoint : undefined),
  };
}

async function fetchStatement(
  anchor: Anchor,
  entityId: string,
  issuerId: string,
  context: TrustLookupContext,
): Promise<TrustLookup> {
  const endpoint = anchor.fetchEndpoint as string;
  const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}sub=${encodeURIComponent(issuerId)}`;
  const jwt = await loadJwt(url, context);
  if (typeof jwt === 'string')
    return verifyStatement(jwt, anchor.keys, entityId, issuerId, context.now);
  // §8.9 error response: the endpoint knows no such subordinate.
  if (jwt.error === 'not_found') return { status: 'not-found' };
  return { status: 'unknown', reason: `the statement about ${issuerId} ${jwt.problem}` };
}

async function loadJwt(
  url: string,
  context: TrustLookupContext,
): Promise<string | { problem: string; error?: string }> {
  let document: unknown;
  try {
    document = (await context.documentLoader(url)).document;
  } catch (error) {
    return { problem: `could not be obtained from ${url}: ${messageOf(error)}` };
  }
  if (typeof document === 'string') return document.trim();
  if (isObject(document) && typeof document.error === 'string') {
    return {
      problem: `is an error from ${url}: ${cleanText(document.error)}`,
      error: document.error,
    };
  }
  return { problem: `at ${url} is not a compact JWT` };
}

async function verifyStatement(
  jwt: string,
  keys: JWK[],
  entityId: string,
  issuerId: string,
  now: Date,
): Promise<TrustLookup> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(jwt, createLocalJWKSet({ keys }), {
      typ: TYP,
      issuer: entityId,
      subject: issuerId,
      currentDate: now,
      requiredClaims: ['iat', 'exp'],
      algorithms: ALGORITHMS,
    }));
  } catch (error) {
    return {
      status: 'unknown',
      reason: `the statement about ${issuerId} does not verify: ${messageOf(error)}`,
    };
  }
  const metadata = isObject(payload.metadata) ? (payload.metadata as JsonObject) : {};
  const entity = isObject(metadata.federation_entity) ? metadata.federation_entity : {};
  const found: TrustLookup & { status: 'found' } = { status: 'found' };
  const name = cleanText(entity.organization_name);
  const url = cleanText(entity.homepage_uri);
  const location = cleanText(entity.location);
  if (name !== undefined) found.name = name;
  if (url !== undefined) found.url = url;
  if (location !== undefined) found.location = location;
  return found;
}

function messageOf(error: unknown): string {
  if (isLerkitError(error)) return error.message;
  return cleanText(String((error as Error)?.message ?? error)) ?? 'failed';
}
