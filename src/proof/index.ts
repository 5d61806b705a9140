/**
 * Keys, signing and proof verification.
 *
 * @module proof
 */
export { createSigner, generateKeyPair } from './keys.js';
export type {
  ResolvedMethod,
  ResolveFailureCode,
  ResolveOptions,
  ResolveResult,
} from './resolve.js';
export { resolveVerificationMethod } from './resolve.js';
export type { Signed } from './sign.js';
export { sign } from './sign.js';
export type {
  GenerateKeyPairOptions,
  KeyAlgorithm,
  KeyPair,
  ProofSuite,
  Signer,
  SignOptions,
} from './types.js';
export type { CreateVerifyDataOptions, VerifyData } from './verify-data.js';
export { createVerifyData } from './verify-data.js';
export type { ProofFailureCode, ProofResult, VerifyProofsOptions } from './verify-proofs.js';
export { verifyProofs } from './verify-proofs.js';
