import type { DateInput } from '../builders/options.js';
import type { DocumentLoader } from '../context/types.js';

/** Key algorithms lerkit generates, signs and verifies with. */
export type KeyAlgorithm = 'Ed25519' | 'P-256' | 'RSA';

/** JWS algorithms of VC-JWT proofs: `EdDSA` (Ed25519), `ES256` (P-256), `RS256` (RSA). */
export type JwtAlgorithm = 'EdDSA' | 'ES256' | 'RS256';

/** A JSON Web Key (RFC 7517). A public JWK never has `d`. */
export interface Jwk {
  /** Key type: `OKP` (Ed25519), `EC` (P-256) or `RSA`. */
  kty: string;
  /** Curve: `Ed25519` or `P-256`. */
  crv?: string;
  /** Public key (OKP, EC), base64url. */
  x?: string;
  /** Public key y coordinate (EC), base64url. */
  y?: string;
  /** RSA modulus, base64url. */
  n?: string;
  /** RSA public exponent, base64url. */
  e?: string;
  /** Private key, base64url. Keep secret. */
  d?: string;
  /** Key id. */
  kid?: string;
  /** Other JWK members (RSA private parameters, `alg`, `use`, …). */
  [member: string]: unknown;
}

/**
 * A key pair as plain JSON (store it as a file, pass it to `sign`). Ed25519 and P-256 keys made by
 * lerkit use the Multikey encoding (`publicKeyMultibase`/`secretKeyMultibase`); RSA keys and
 * `did:jwk` keys use JWK (`publicKeyJwk`/`privateKeyJwk`). Either encoding is accepted for any
 * supported algorithm. A key pair without its secret part can verify but not sign.
 */
export interface KeyPair {
  /** The key algorithm; inferred from the key material when absent. */
  algorithm?: KeyAlgorithm;
  /** Verification-method id: the URL verifiers dereference, e.g. `did:key:z6Mk…#z6Mk…`. */
  id: string;
  /** Who controls the key: the issuer id that credentials signed with it must carry. */
  controller: string;
  /** The controller's DID, when it is one (`did:key`, `did:jwk`, `did:web`). */
  did?: string;
  /** Public key, Multikey: multibase (base58btc) multicodec encoded. */
  publicKeyMultibase?: string;
  /** Private key, Multikey encoded. Keep secret. */
  secretKeyMultibase?: string;
  /** Public key as a JWK. */
  publicKeyJwk?: Jwk;
  /** Private key as a JWK. Keep secret. */
  privateKeyJwk?: Jwk;
}

/**
 * Anything that can sign: a local key, a KMS or an HSM. Only `sign` touches the private key.
 * Signatures are raw: 64 bytes for Ed25519, `r ‖ s` (IEEE P1363, 64 bytes) for P-256 — convert a
 * KMS's DER-encoded ECDSA signature — and PKCS #1 v1.5 with SHA-256 for RSA.
 *
 * @example
 * ```ts
 * const signer: Signer = {
 *   id: 'did:web:example.edu#key-1',
 *   algorithm: 'Ed25519',
 *   sign: async (data) => kms.sign({ keyId: 'issuer-key', message: data }),
 * };
 * ```
 */
export interface Signer {
  /** Verification-method id the proof will name (the JWT `kid`). */
  id: string;
  /** The key algorithm. */
  algorithm: KeyAlgorithm;
  /** Signs the bytes, returning the raw signature. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * Embedded (Data Integrity / Linked Data) proof suites lerkit signs with. `eddsa-rdfc-2022` is the
 * one OB 3.0 certification requires; `ecdsa-sd-2023` makes a base proof from which the holder
 * derives credentials that disclose only some claims (see `derive`); `Ed25519Signature2020` is
 * legacy, for verifiers that know nothing newer.
 */
export type ProofSuite =
  | 'eddsa-rdfc-2022'
  | 'eddsa-jcs-2022'
  | 'ecdsa-rdfc-2019'
  | 'ecdsa-sd-2023'
  | 'Ed25519Signature2020';

/** Options shared by {@link sign} and {@link signJwt}. */
export interface SigningKeyOptions {
  /** A local key pair with its secret key. Either `key` or `signer` is required. */
  key?: KeyPair;
  /** A signer (KMS, HSM). Its `id` is the verification method. */
  signer?: Signer;
  /** The signer's controller, when it is not the part of `signer.id` before `#`. */
  controller?: string;
  /**
   * Sign even though the credential's issuer is not the key's controller. Verifiers will reject
   * such a proof; only useful for testing them.
   */
  allowIssuerMismatch?: boolean;
}

/** Options of {@link sign}. */
export interface SignOptions extends SigningKeyOptions {
  /**
   * Proof suite. Default: `eddsa-rdfc-2022` for Ed25519 keys, `ecdsa-rdfc-2019` for P-256 keys.
   * For a VC-JWT, call {@link signJwt} instead.
   */
  suite?: ProofSuite;
  /** `created` of the proof; defaults to `now()`. */
  created?: DateInput;
  /** The clock; defaults to the current time. */
  now?: () => Date;
  /** Loader for contexts the credential uses beyond the bundled ones. */
  documentLoader?: DocumentLoader;
  /** Extra documents by URL (e.g. a custom context). */
  resources?: Readonly<Record<string, unknown>>;
}

/** Options of {@link signJwt}. */
export interface SignJwtOptions extends SigningKeyOptions {
  /** How the JOSE header names the key: `kid` (default, the verification-method id) or `jwk`. */
  header?: 'kid' | 'jwk';
  /** The public JWK to put in the header when signing through a `signer` with `header: 'jwk'`. */
  publicKeyJwk?: Jwk;
  /** Add `typ: "JWT"` to the header. Default `true`. */
  typ?: boolean;
}

/** Options of {@link generateKeyPair}. */
export interface GenerateKeyPairOptions {
  /** Key type. Default `Ed25519`. */
  type?: KeyAlgorithm;
  /**
   * Identifier scheme: `key` makes a `did:key` (default for Ed25519 and P-256), `jwk` a `did:jwk`
   * (default for RSA, which has no did:key here). Or give `controller` to bind the key to your own
   * URL or DID (e.g. `did:web:example.edu`).
   */
  did?: 'key' | 'jwk';
  /** Controller to bind the key to instead of a `did:key`/`did:jwk`; the id becomes `controller#<key>`. */
  controller?: string;
  /** 32-byte seed, for reproducible Ed25519 keys in tests. Never use a fixed seed in production. */
  seed?: Uint8Array;
  /** RSA modulus length in bits. Default 2048 (the RS256 minimum). */
  modulusLength?: number;
}
