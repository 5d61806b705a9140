// The signature check of an ecdsa-sd-2023 derived proof (W3C vc-di-ecdsa §3.5.8 verifyDerivedProof
// steps 5–7), done with WebCrypto: every disclosed non-mandatory N-Quad is signed by the proof's
// one-time P-256 key, and the issuer's key signs proofHash ‖ one-time public key ‖ mandatoryHash.
// The cryptosuite package parses the proof and canonicalizes the document; the issuer key comes
// from the key resolver (found, authorised and imported once), never from the proof.
import { concatBytes, toMultibase58, utf8 } from '../internal/encoding.js';
import { importJwk, multikeyToJwk, verifyBytes } from './key-material.js';
import type { KeyVerifier } from './key-types.js';

/** What the ecdsa-sd-2023 cryptosuite's `createVerifyData` returns for a derived proof. */
interface DerivedVerifyData {
  baseSignature: Uint8Array;
  proofHash: Uint8Array;
  /** The one-time public key, multicodec-prefixed compressed P-256 point. */
  publicKey: Uint8Array;
  signatures: Uint8Array[];
  nonMandatory: string[];
  mandatoryHash: Uint8Array;
}

/**
 * Verifies the signatures of a derived ecdsa-sd-2023 proof with the issuer's key. Throws (as the
 * suites do) when the proof's parts do not fit together; returns `false` for a bad signature.
 */
export async function verifyDerivedProof(issuerKey: KeyVerifier, data: unknown): Promise<boolean> {
  const { baseSignature, proofHash, publicKey, signatures, nonMandatory, mandatoryHash } =
    data as DerivedVerifyData;
  if (signatures.length !== nonMandatory.length) {
    throw new Error(
      `Signature count (${signatures.length}) does not match non-mandatory message count (${nonMandatory.length})`,
    );
  }
  const oneTime = await importJwk(multikeyToJwk(toMultibase58(publicKey)).publicJwk, 'verify');
  if (oneTime.algorithm !== 'P-256') throw new Error('The proof-scoped key is not a P-256 key');
  const results = await Promise.all(
    signatures.map((signature, i) =>
      verifyBytes('P-256', oneTime.key, signature, utf8(nonMandatory[i] as string)),
    ),
  );
  if (results.some((ok) => !ok)) return false;
  return issuerKey.verify({
    data: concatBytes(proofHash, publicKey, mandatoryHash),
    signature: baseSignature,
  });
}
