/**
 * Keys, DIDs, signing (Data Integrity, ecdsa-sd-2023 selective disclosure, Ed25519Signature2020,
 * VC-JWT), key resolution and proof verification.
 *
 * @module proof
 */

export type { DeriveOptions } from './derive.js';
export { derive } from './derive.js';
export type { DidDocumentKey } from './did.js';
export { createDidDocument, didWebUrl } from './did.js';
export type { ProofCanonicalization, ProofCanonizeStats } from './fast-verify.js';
export { getProofCanonizeStats, resetProofCanonizeStats } from './fast-verify.js';
export type { JwtProofResult, VerifyJwtProofOptions } from './jwt.js';
export { verifyJwtProof } from './jwt.js';
export type {
  JwtKeyHeader,
  KeyResolution,
  KeyResolutionFailureCode,
  KeyResolver,
  KeyResolverOptions,
  KeyVerifier,
  ResolvedKey,
} from './key-resolver.js';
export { createKeyResolver } from './key-resolver.js';
export type { ExportKeyOptions, ImportKeyOptions, KeyFormat } from './keys.js';
export {
  createSigner,
  exportKey,
  generateKeyPair,
  importKey,
  jwkThumbprint,
  publicKeyPair,
} from './keys.js';
export type {
  ResolveDidOptions,
  ResolvedMethod,
  ResolveFailureCode,
  ResolveOptions,
  ResolveResult,
} from './resolve.js';
export { resolveDid, resolveVerificationMethod } from './resolve.js';
export type { Signed } from './sign.js';
export { sign } from './sign.js';
export { signJwt } from './sign-jwt.js';
export { PROOF_SUITES } from './suites.js';
export type {
  GenerateKeyPairOptions,
  Jwk,
  JwtAlgorithm,
  KeyAlgorithm,
  KeyPair,
  ProofSuite,
  Signer,
  SigningKeyOptions,
  SignJwtOptions,
  SignOptions,
} from './types.js';
export type { CreateVerifyDataOptions, VerifyData } from './verify-data.js';
export { createVerifyData } from './verify-data.js';
export type { ProofFailureCode, ProofResult, VerifyProofsOptions } from './verify-proofs.js';
export { verifyProofs } from './verify-proofs.js';
