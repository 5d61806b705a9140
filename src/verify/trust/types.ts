// The shapes of trust sources: a list you keep, a DCC registry, an OpenID Federation trust anchor,
// or any registry you implement (TrustRegistry).
import type { DocumentLoader } from '../../context/types.js';
import type { Jwk } from '../../proof/types.js';

/**
 * What a trust registry says about an issuer: it lists it (`found`, with what it calls it), it
 * does not (`not-found`), or it could not be consulted (`unknown`, with why). A registry that
 * cannot be read must answer `unknown`, never `not-found`.
 */
export type TrustLookup =
  | {
      /** The registry lists the issuer. */
      status: 'found';
      /** What the registry calls the issuer. */
      name?: string;
      /** The issuer's web site, as the registry gives it. */
      url?: string;
      /** The issuer's location, as the registry gives it. */
      location?: string;
    }
  | {
      /** The registry does not list the issuer. */
      status: 'not-found';
    }
  | {
      /** The registry could not be consulted. */
      status: 'unknown';
      /** Why the registry could not be consulted. */
      reason: string;
    };

/** What a registry lookup may use: the verifier's one loader and clock. */
export interface TrustLookupContext {
  /**
   * The verifier's document loader: bundled contexts, `resources`, your `documentLoader`, and the
   * network only if you passed `fetch`.
   */
  readonly documentLoader: DocumentLoader;
  /** The time of the verification (for registries whose statements expire). */
  readonly now: Date;
}

/**
 * A trust registry you implement: anything that can say whether it vouches for an issuer id. It
 * must settle (time out on its own if it calls out), and answer `unknown` rather than throw when
 * it cannot decide; a rejection is reported as `unknown` with its message.
 *
 * @example
 * ```ts
 * const registry: TrustRegistry = {
 *   name: 'Our partners',
 *   lookup: async (issuerId) =>
 *     partners.has(issuerId) ? { status: 'found', name: partners.get(issuerId) } : { status: 'not-found' },
 * };
 * await verify(badge, { trust: [registry] });
 * ```
 */
export interface TrustRegistry {
  /** The registry's name, as reports show it. */
  readonly name: string;
  /**
   * Looks an issuer up.
   *
   * @param issuerId - The credential's issuer id (a DID or a URL), exactly as signed.
   * @param context - The verifier's document loader and clock.
   * @returns What the registry says.
   */
  lookup(issuerId: string, context: TrustLookupContext): Promise<TrustLookup>;
}

/**
 * A list of issuers you trust. Each entry is one of:
 * - a DID (`did:web:example.edu`, `did:key:z6Mk…`): that issuer id exactly;
 * - a domain (`example.edu`, `example.edu:8443`): every issuer whose key is bound to that domain —
 *   `did:web:example.edu`, `did:web:example.edu:issuers:1`, `https://example.edu/issuers/1`;
 * - an https origin (`https://example.edu`): the same as its domain.
 * Subdomains are not included: list them.
 */
export interface TrustList {
  /** A trust list. */
  type: 'list';
  /** Its name in reports. Default `trust list`. */
  name?: string;
  /** The trusted DIDs, domains and https origins. */
  entries: readonly string[];
}

/** One issuer in a DCC registry file. */
export interface DccRegistryEntry {
  /** The issuer's name. */
  name?: string;
  /** The issuer's web site. */
  url?: string;
  /** Where the issuer is. */
  location?: string;
  /** Other members DCC registries carry (logos, …): kept, not read. */
  [member: string]: unknown;
}

/**
 * A Digital Credentials Consortium registry file (the "dcc-legacy" format of DCC's
 * issuer-registry and verifier-core): `registry` maps each issuer DID to what DCC knows of it.
 *
 * @example
 * ```json
 * { "meta": { "created": "2024-01-01T00:00:00Z" },
 *   "registry": { "did:key:z6Mk…": { "name": "Example University", "url": "https://example.edu", "location": "Springfield" } } }
 * ```
 */
export interface DccRegistryFile {
  /** Metadata (`created`, `updated`, …); a string `name` here names the registry in reports. */
  meta?: {
    /** The registry's name. */
    name?: string;
    /** Other metadata. */
    [member: string]: unknown;
  };
  /** Issuers by DID. */
  registry: Record<string, DccRegistryEntry>;
}

/**
 * A DCC "dcc-legacy" registry, as DCC's verifier-core lists its known registries: `url` is loaded
 * through the verifier's loader (put the file in `resources`, or allow network access); or give
 * the file itself as `registry`.
 */
export interface DccRegistrySource {
  /** A DCC registry file. */
  type: 'dcc-legacy';
  /** The registry's name, as reports show it. */
  name: string;
  /** Where the registry file is. */
  url?: string;
  /** The registry file itself (instead of `url`). */
  registry?: DccRegistryFile;
}

/**
 * An OpenID Federation trust anchor (DCC's "oidf" registries), checked offline: an issuer is
 * trusted when the anchor's subordinate statement about it (`sub` = the issuer id, `iss` = the
 * anchor, typ `entity-statement+jwt`, unexpired) verifies with the anchor's keys. Statements come
 * from `statements` (a snapshot you hold) or from the anchor's fetch endpoint
 * (`<fetchEndpoint>?sub=<issuer id>`) through the verifier's loader. Keys come from `jwks` (pinned),
 * or from the anchor's entity configuration through the loader, which must be signed by its own
 * keys (pinned ones, if you gave `jwks`). Only direct subordinates of the anchor are found:
 * intermediates are not followed.
 */
export interface OidfRegistrySource {
  /** An OpenID Federation trust anchor. */
  type: 'oidf';
  /** The registry's name, as reports show it. */
  name: string;
  /** The trust anchor's entity id (`https://registry.example`). */
  trustAnchor?: string;
  /** The URL of the anchor's entity configuration (DCC's name for it); gives the entity id too. */
  trustAnchorEC?: string;
  /** Either of the above (DCC's registry lists use `url`). */
  url?: string;
  /** The anchor's public keys, pinned. */
  jwks?: {
    /** Public JWKs. */
    keys: readonly Jwk[];
  };
  /** The anchor's fetch endpoint; default: its entity configuration's `federation_fetch_endpoint`. */
  fetchEndpoint?: string;
  /** Subordinate statements (compact JWTs) you hold: consulted first, each verified. */
  statements?: readonly string[];
}

/**
 * Where the verifier learns which issuers to trust: a plain array of DIDs, domains and https
 * origins (a {@link TrustList}), a trust list, a DCC registry, an OpenID Federation trust anchor,
 * or a {@link TrustRegistry} of your own.
 */
export type TrustSource =
  | readonly string[]
  | TrustList
  | DccRegistrySource
  | OidfRegistrySource
  | TrustRegistry;
