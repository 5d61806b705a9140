import type { DateInput } from '../build/options.js';
import type { DocumentLoader } from '../context/types.js';

/** Signature algorithms lerkit signs with. */
export type KeyAlgorithm = 'Ed25519';

/**
 * A key pair as plain JSON (store it as a file, pass it to `sign`). Multikey encoding: the public
 * key as `publicKeyMultibase`, the private key as `secretKeyMultibase` (omit it for a public key).
 */
export interface KeyPair {
  /** The key algorithm; inferred from `publicKeyMultibase` when absent. */
  algorithm?: KeyAlgorithm;
  /** Verification-method id: the URL verifiers dereference, e.g. `did:key:z6Mk…#z6Mk…`. */
  id: string;
  /** Who controls the key: the issuer id that credentials signed with it must carry. */
  controller: string;
  /** The controller's DID, when it is one (`did:key`, `did:jwk`, `did:web`). */
  did?: string;
  /** Public key, multibase (base58btc) multicodec encoded. */
  publicKeyMultibase: string;
  /** Private key, multibase multicodec encoded. Keep secret. */
  secretKeyMultibase?: string;
}

/**
 * Anything that can sign: a local key, a KMS or an HSM. Only `sign` touches the private key.
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
  /** Verification-method id the proof will name. */
  id: string;
  /** The signature algorithm. */
  algorithm: KeyAlgorithm;
  /** Signs the bytes, returning the raw signature. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** Embedded proof suites lerkit can produce. */
export type ProofSuite = 'eddsa-rdfc-2022';

/** Options of {@link sign}. */
export interface SignOptions {
  /** A local key pair with its secret key. Either `key` or `signer` is required. */
  key?: KeyPair;
  /** A signer (KMS, HSM). Its `id` is the verification method. */
  signer?: Signer;
  /** The signer's controller, when it is not the part of `signer.id` before `#`. */
  controller?: string;
  /** Proof suite. Default `eddsa-rdfc-2022`, the suite OB 3.0 certification requires. */
  suite?: ProofSuite;
  /** `created` of the proof; defaults to `now()`. */
  created?: DateInput;
  /** The clock; defaults to the current time. */
  now?: () => Date;
  /** Loader for contexts the credential uses beyond the bundled ones. */
  documentLoader?: DocumentLoader;
  /** Extra documents by URL (e.g. a custom context). */
  resources?: Readonly<Record<string, unknown>>;
  /**
   * Sign even though the credential's issuer is not the key's controller. Verifiers will reject
   * such a proof; only useful for testing them.
   */
  allowIssuerMismatch?: boolean;
}

/** Options of {@link generateKeyPair}. */
export interface GenerateKeyPairOptions {
  /** Key type. Default `Ed25519`. */
  type?: KeyAlgorithm;
  /**
   * Identifier scheme: `key` (default) makes a `did:key`; or give `controller` to bind the key to
   * your own URL or DID (e.g. `did:web:example.edu`).
   */
  did?: 'key';
  /** Controller to bind the key to instead of a `did:key`; the id becomes `controller#<key>`. */
  controller?: string;
  /** 32-byte seed, for reproducible keys in tests. Never use a fixed seed in production. */
  seed?: Uint8Array;
}
