// The issuer section of a verification report: who the credential names as its issuer, how that
// issuer's key is bound to anything outside the credential, and whether a trust source you gave
// vouches for it. `verified` only says that the issuer named controls the signing key; this section
// says who that is.

/**
 * How the issuer's key is bound to something outside the credential.
 *
 * - `domain`: a `did:web` or `https:` issuer. Its key is published under a domain (the DID document
 *   at `https://<domain>/…/did.json`, the controller document at the issuer URL), so whoever
 *   controls the domain controls the key.
 * - `self-certifying`: a `did:key` or `did:jwk` issuer. The identifier *is* the key: anyone can
 *   make one and call itself anything, so it is bound to nothing but itself.
 * - `other`: another DID method or URI scheme; lerkit does not know what binds it.
 */
export type KeyBinding =
  | {
      /** Bound to a domain. */
      type: 'domain';
      /** `did:web` or `https`. */
      method: 'did:web' | 'https';
      /** The host (with `:port` when not the default) the key is published under. */
      domain: string;
    }
  | {
      /** The key itself: bound to nothing. */
      type: 'self-certifying';
      /** `did:key` or `did:jwk`. */
      method: 'did:key' | 'did:jwk';
    }
  | {
      /** Not known. */
      type: 'other';
      /** The DID method (`did:example`) or URI scheme (`urn`), when the id has one. */
      method?: string;
    };

/** A trust source that vouches for the issuer. */
export interface TrustMatch {
  /** The trust list or registry (its name). */
  source: string;
  /** What the registry calls the issuer, when it says. */
  name?: string;
  /** The issuer's web site, as the registry gives it. */
  url?: string;
  /** The issuer's location, as the registry gives it. */
  location?: string;
}

/** A trust source that could not say anything about the issuer. */
export interface UncheckedSource {
  /** The trust list or registry (its name). */
  source: string;
  /** Why it could not be consulted (unreadable, malformed, a statement that does not verify…). */
  reason: string;
}

/**
 * The trust decision about an issuer.
 *
 * - `trusted`: at least one trust source vouches for the issuer (`matches`); sources that could not
 *   be consulted are still listed in `unchecked`.
 * - `not-found`: every trust source was consulted and none lists the issuer.
 * - `unknown`: none vouches for the issuer, and at least one could not be consulted (`unchecked`),
 *   or the proof does not establish that the issuer signed the credential: the question is open.
 * - `none`: no decision was made: no trust source was given, or the `trust` check was skipped. The
 *   message says which.
 */
export type TrustDecision =
  | {
      /** A source vouches for the issuer. */
      status: 'trusted';
      /** The sources that vouch for it, with what each calls it. */
      matches: TrustMatch[];
      /** Sources that could not be consulted. */
      unchecked: UncheckedSource[];
      /** The decision in one line. */
      message: string;
    }
  | {
      /** Every source was consulted; none lists the issuer. */
      status: 'not-found';
      /** The sources consulted. */
      checked: string[];
      /** The decision in one line. */
      message: string;
    }
  | {
      /** Undecided: a source could not be consulted, or the issuer is unproven. */
      status: 'unknown';
      /** The sources that answered (none lists the issuer). */
      checked: string[];
      /** The sources that could not be consulted, and why. */
      unchecked: UncheckedSource[];
      /** The decision in one line. */
      message: string;
    }
  | {
      /** No decision: no trust source, or the check was skipped. */
      status: 'none';
      /** Which, in one line. */
      message: string;
    };

/** Who issued a credential, how its key is bound, and whether you trust it. */
export interface IssuerReport {
  /** The issuer's id (absent when the credential names none). */
  id?: string;
  /** The name the credential gives the issuer: a claim, not a fact (see `trust`). */
  name?: string;
  /** How the issuer's key is bound to anything outside the credential. */
  binding: KeyBinding;
  /** Whether a trust source you gave vouches for the issuer. */
  trust: TrustDecision;
}
