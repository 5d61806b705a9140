// The key resolver's types: what it returns and how proof verification calls it.
import type { DocumentLoader } from '../context/types.js';
import type { JsonObject } from '../internal/json.js';
import type { ResolveFailureCode } from './resolve.js';
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

/** Verifies raw signatures with one imported key (the shape the Data Integrity suites call). */
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
 * (Data Integrity and VC-JWT alike); a `createVerifier` instance keeps one for its lifetime,
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
