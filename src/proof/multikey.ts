// Multikey encodings (multicodec varint prefix + raw key, multibase base58btc).
import { concatBytes, fromMultibase, toMultibase58 } from '../internal/encoding.js';
import type { KeyAlgorithm } from './types.js';

const ED25519_PUB = Uint8Array.of(0xed, 0x01);

/** A decoded Multikey public key. */
export interface DecodedPublicKey {
  algorithm: KeyAlgorithm;
  bytes: Uint8Array;
}

/** Decodes a `publicKeyMultibase`, or returns `undefined` if it is not a supported key. */
export function decodePublicKeyMultibase(value: string): DecodedPublicKey | undefined {
  let bytes: Uint8Array;
  try {
    bytes = fromMultibase(value);
  } catch {
    return undefined;
  }
  if (bytes.length === 34 && bytes[0] === 0xed && bytes[1] === 0x01) {
    return { algorithm: 'Ed25519', bytes: bytes.subarray(2) };
  }
  return undefined;
}

/** Encodes a raw Ed25519 public key as Multikey `z6Mk…`. */
export function encodeEd25519PublicKey(raw: Uint8Array): string {
  return toMultibase58(concatBytes(ED25519_PUB, raw));
}
