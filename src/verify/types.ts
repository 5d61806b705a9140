import type { KnownIdentifier } from '../builders/identity.js';
import type { DocumentLoader, FetchLike } from '../context/types.js';
import type { AnyIterable } from '../internal/bounded-map.js';
import type { Limits } from '../limits/limits.js';
import type { CredentialInput } from '../parse/parse-input.js';
import type { ProfileOption } from '../profile/types.js';
import type { SeverityOverrides } from '../report/assemble.js';
import type { CheckSelection } from '../report/select.js';
import type { VerificationReport } from '../report/types.js';
import type { VerifyManyOptions, VerifyManyResult } from './many.js';
import type { TrustSource } from './trust/types.js';

/** Options of {@link verify} and {@link createVerifier}. */
export interface VerifyOptions extends CheckSelection {
  /** The time to verify at (a fixed clock for reproducible results). Default: now. */
  now?: Date | (() => Date);
  /** Tolerance, in seconds, when comparing validity dates with `now`. Default 0. */
  clockSkew?: number;
  /**
   * Loader for DID documents, controller documents, status lists, revocation lists, schemas and
   * contexts beyond the bundled ones.
   */
  documentLoader?: DocumentLoader;
  /**
   * `'vc'`: verify any W3C Verifiable Credential by the VC Data Model rules alone (no Open Badges
   * or CLR schema, rules or checks; `validFrom` optional for VC 2.0). By default a credential must
   * be an OB 3.0, CLR 2.0 or endorsement credential (else `TYPE_UNKNOWN_KIND`).
   */
  kind?: 'vc';
  /** Documents by URL (DID documents, controller documents, status lists, JWKS, schemas). */
  resources?: Readonly<Record<string, unknown>>;
  /** Network access for HTTP(S) documents. Off unless given: nothing is fetched without it. */
  fetch?: FetchLike;
  /** Timeout of each fetch, in milliseconds. Default 10,000. */
  fetchTimeoutMs?: number;
  /** Largest response accepted from fetch, in bytes. Default 2 MiB. */
  fetchMaxBytes?: number;
  /**
   * Accept a signing key that only its own URL vouches for (`https://issuer.example/keys#z6Mk…`,
   * a JWT header `jwk`) when the issuer's documents cannot be obtained to confirm it. Off by
   * default — anyone can write any key into a URL; when on, such a proof passes with a
   * `PROOF_KEY_UNCONFIRMED` warning. A document that omits the key still fails it.
   */
  acceptUnconfirmedKeys?: boolean;
  /**
   * The recipient you expect: a subject `id` (string), or an identifier in plain text to match
   * against the subject's (possibly hashed) `identifier` entries (`recipient` check).
   */
  knownIdentifier?: string | KnownIdentifier;
  /**
   * Follow a `1EdTechCredentialRefresh` refresh service (after the proof check, at most once): the
   * refreshed credential replaces the original if it verifies. Off by default.
   */
  refresh?: boolean;
  /**
   * Where to learn which issuers to trust (`trust` check): lists of DIDs, domains and https
   * origins, DCC registries, OpenID Federation trust anchors, or your own {@link TrustRegistry}.
   * Registries are read through the same loader as everything else (`resources`, `documentLoader`,
   * `fetch` only if given). Every report's `issuer` section carries the decision: `trusted`,
   * `not-found`, `unknown` (a registry could not be consulted), or `none` (no sources). By default
   * the decision does not change `verified` (see `requireTrustedIssuer`).
   */
  trust?: readonly TrustSource[];
  /**
   * Fail a credential whose issuer is not trusted: `TRUST_NOT_FOUND` and `TRUST_UNKNOWN` become
   * errors for the credential verified (nested credentials keep their issuer section, as notes).
   * Needs `trust`. Default `false`: the decision is reported, as a warning.
   */
  requireTrustedIssuer?: boolean;
  /**
   * Override the severity of findings by code, or drop them with `'off'`: e.g.
   * `{ ENDORSEMENT_INVALID: 'warning' }` to show broken endorsements without failing the credential.
   */
  severity?: SeverityOverrides;
  /**
   * Limits on sizes, depths and counts (defaults in `DEFAULT_LIMITS`): a credential over one gets a
   * `limits` finding and the work beyond it is never started.
   */
  limits?: Partial<Limits>;
  /**
   * A quality profile to apply (`profile` check) to the credential and to every nested credential
   * of a kind it applies to (a CLR's badges): a profile document, or the name of a built-in
   * profile such as `aacrao-microcredential`.
   */
  profile?: ProfileOption;
}

/** Options of one {@link Verifier.verify} call, overriding the verifier's. */
export interface VerifyCallOptions {
  /** The recipient expected for this credential. */
  knownIdentifier?: string | KnownIdentifier;
  /** The time to verify this credential at. */
  now?: Date | (() => Date);
}

/** A verifier with caches shared across calls. Returned by {@link createVerifier}. */
export interface Verifier {
  /**
   * Verifies one credential with the verifier's options and shared caches.
   *
   * @param input - A credential object, JSON text, VC-JWT, bytes, or a baked PNG/SVG.
   * @param options - Per-call `knownIdentifier` and `now`.
   * @returns The report.
   */
  verify(input: CredentialInput, options?: VerifyCallOptions): Promise<VerificationReport>;
  /**
   * Verifies many credentials with the verifier's options and shared caches, `concurrency` at a
   * time, streaming the results: memory holds at most about `2 × concurrency` inputs and reports,
   * whatever the number of inputs (a generator of a million credentials is fine). A bad input is a
   * report like any other; the batch goes on.
   *
   * @param inputs - A sync or async iterable of credentials (objects, JSON text, VC-JWTs, bytes,
   *   baked images).
   * @param options - `concurrency` (default 8), `order` (`'input'`, default, or `'completion'`),
   *   `onProgress({ done, failed, inFlight, started })`, an abort `signal`.
   * @returns An async iterable of `{ index, input, report }`.
   * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for bad options or inputs that
   *   are not iterable. Iterating rejects with the signal's reason once it aborts.
   * @example
   * ```ts
   * const verifier = createVerifier({ resources });
   * for await (const { index, report } of verifier.verifyMany(files, { concurrency: 16 })) {
   *   if (!report.verified) console.log(index, report.findings);
   * }
   * ```
   */
  verifyMany(
    inputs: AnyIterable<CredentialInput>,
    options?: VerifyManyOptions,
  ): AsyncIterable<VerifyManyResult>;
}
