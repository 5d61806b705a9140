// The result of checking one proof, and every code it can carry.
import type { ResolveFailureCode } from './resolve.js';

/** Codes of proof failures. */
export type ProofFailureCode =
  | ResolveFailureCode
  | 'PROOF_MISSING'
  | 'PROOF_MALFORMED'
  | 'PROOF_SUITE_UNSUPPORTED'
  | 'PROOF_PURPOSE_MISMATCH'
  | 'PROOF_ISSUER_MISMATCH'
  | 'PROOF_JSONLD_INVALID'
  | 'PROOF_CONTEXT_UNAVAILABLE'
  | 'PROOF_CONTEXT_INVALID'
  | 'PROOF_SIGNATURE_INVALID'
  | 'PROOF_SD_BASE_PROOF'
  | 'PROOF_KEY_TYPE_MISMATCH'
  | 'PROOF_KEY_UNCONFIRMED'
  | 'PROOF_SUITE_LEGACY'
  | 'PROOF_CHAIN_UNSUPPORTED'
  | 'PROOF_JWT_ALG_UNSUPPORTED'
  | 'PROOF_JWT_HEADER_INVALID'
  | 'PROOF_JWT_KEY_MISMATCH'
  | 'PROOF_JWT_CLAIMS_INVALID'
  | 'PROOF_JWT_SIGNATURE_DER'
  | 'LIMITS_MULTIBASE_LENGTH'
  | 'LIMITS_URL_LENGTH';

/** The outcome of checking one proof of a credential. */
export interface ProofResult {
  /** JSON Pointer of the proof (`/proof` or `/proof/1`). */
  path: string;
  /** `true` when the signature verifies with a key the issuer controls. */
  verified: boolean;
  /**
   * `true` when the proof could not be checked at all — a context could not be loaded — so it is
   * neither verified nor shown to be forged (`verified` is `false`).
   */
  indeterminate?: boolean;
  /**
   * Failure code when not verified; when verified, a code here is a caveat the report shows as a
   * warning (`PROOF_SUITE_LEGACY`, `PROOF_KEY_UNCONFIRMED`).
   */
  code?: ProofFailureCode;
  /** What was found, in plain words. */
  message: string;
  /** Proof type and cryptosuite, e.g. `DataIntegrityProof/eddsa-rdfc-2022`. */
  suite?: string;
  /** The verification method the proof names. */
  verificationMethod?: string;
  /**
   * RDFC suites, when the signature was checked: `fast` when the document and the proof
   * configuration were canonicalized on lerkit's JSON-LD fast path, `jsonld` when jsonld.js (the
   * reference suites) did it — a context outside the bundled ones, or a JSON-LD feature the fast
   * path leaves to jsonld.js. The verdict is the same either way.
   */
  canonicalization?: 'fast' | 'jsonld';
}
