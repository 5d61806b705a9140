// Byte encodings used by keys, DIDs and proofs. Runtime-agnostic (no Buffer).
import { fromBase58btc } from './base58.js';

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 encodes a string. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return utf8Encoder.encode(text);
}

/** Decodes UTF-8 bytes; throws on invalid sequences. */
export function fromUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Parses hex (either case); throws on odd length or non-hex characters. */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new Error('invalid hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Constant-time-ish equality of byte arrays (length leaks, contents do not). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

// Base58 lives in base58.ts (fast on long inputs); re-exported for existing callers.
export { fromBase58btc, toBase58btc, toMultibase58 } from './base58.js';

/** Unpadded base64url encoding (RFC 4648 §5). */
export function toBase64url(bytes: Uint8Array): string {
  // 8 KiB at a time: one character per call made 200 kB take ~140 ms.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64url decoding (padding optional); throws on characters outside the alphabet. */
export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error('invalid base64url string');
  const base64 = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Multibase decoding of the `z` (base58btc) and `u` (base64url) forms. `maxLength` (characters,
 * prefix included) is checked before any decoding.
 */
export function fromMultibase(text: string, options: { maxLength?: number } = {}): Uint8Array {
  if (options.maxLength !== undefined && text.length > options.maxLength) {
    throw new Error(`multibase input of ${text.length} characters exceeds ${options.maxLength}`);
  }
  if (text.startsWith('z')) return fromBase58btc(text.slice(1));
  if (text.startsWith('u')) return fromBase64url(text.slice(1));
  throw new Error(`unsupported multibase prefix "${text.slice(0, 1)}"`);
}

/**
 * Whether a compact JWS's three parts are canonical base64url (RFC 7515 §2: no padding, no
 * other characters, and unused trailing bits zero). Decoders ignore those bits, so without this
 * check several strings verify as the same JWS.
 */
export function isCanonicalCompactJws(jws: string): boolean {
  const parts = jws.split('.');
  return (
    parts.length === 3 &&
    parts.every((part) => {
      if (!/^[A-Za-z0-9_-]*$/.test(part) || part.length % 4 === 1) return false;
      try {
        return toBase64url(fromBase64url(part)) === part;
      } catch {
        return false;
      }
    })
  );
}
