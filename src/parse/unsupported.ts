// Credentials in formats lerkit does not read, recognised so that the finding says what they are
// (PARSE_FORMAT_UNSUPPORTED) rather than "not JSON": SD-JWT VCs (IETF SD-JWT VC: a compact
// `<JWT>~<disclosure>~…~` whose header `typ` is `dc+sd-jwt`, or `vc+sd-jwt` before draft 06) and
// ISO/IEC 18013-5 mdocs (CBOR: an IssuerSigned / Document / DeviceResponse structure, as bytes or
// base64url text). Open Badges 1.x is JSON, read and reported as TYPE_OB1_UNSUPPORTED elsewhere.
// Detection only looks: nothing is verified, nothing throws.
import { fromBase64url, fromUtf8 } from '../internal/encoding.js';
import { isObject, type JsonObject } from '../internal/json.js';

/** A format lerkit recognises but does not read. */
export type UnsupportedFormat = 'sd-jwt-vc' | 'sd-jwt' | 'mdoc';

/** What {@link detectUnsupportedFormat} recognised. */
export interface UnsupportedFormatMatch {
  /** The format. */
  format: UnsupportedFormat;
  /** The format's name for people, e.g. `SD-JWT VC`, `ISO mdoc`. */
  name: string;
  /** What was recognised, in plain words (for the PARSE_FORMAT_UNSUPPORTED finding). */
  message: string;
}

const SD_JWT_VC_TYPES = new Set(['dc+sd-jwt', 'vc+sd-jwt']);
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const DISCLOSURE = /^[A-Za-z0-9_-]*$/;
const BASE64 = /^[A-Za-z0-9_+/-]+={0,2}$/;
// Base64url text longer than this is not decoded to look for an mdoc.
const MAX_BASE64_TEXT = 4 * 1024 * 1024;

/**
 * Tells whether an input is a credential in a format lerkit recognises but does not read: an
 * SD-JWT VC (or another SD-JWT), or an ISO mdoc (CBOR bytes, or their base64url text).
 *
 * @param input - The input as given: text, bytes, or a parsed JSON object.
 * @returns What was recognised, or `undefined` for anything else.
 * @example
 * ```ts
 * detectUnsupportedFormat('eyJ0eXAiOiJkYytzZC1qd3QiLCJhbGciOiJFUzI1NiJ9.e30.c2ln~WyJzIiwiYSIsMV0~');
 * // { format: 'sd-jwt-vc', name: 'SD-JWT VC', message: 'The input is an SD-JWT VC (…' }
 * ```
 */
export function detectUnsupportedFormat(
  input: string | Uint8Array | ArrayBuffer | object,
): UnsupportedFormatMatch | undefined {
  if (input instanceof ArrayBuffer) return detectUnsupportedFormat(new Uint8Array(input));
  if (input instanceof Uint8Array) return mdocOf(input, 'CBOR bytes');
  if (typeof input === 'string') return textFormat(input.trim());
  return isObject(input) ? jsonFormat(input) : undefined;
}

function textFormat(text: string): UnsupportedFormatMatch | undefined {
  if (text.includes('~')) return sdJwtOf(text);
  if (JWT.test(text)) {
    // A bare issuer-signed JWT typed as an SD-JWT VC (its disclosures dropped).
    const header = jsonPart(text.split('.')[0] ?? '');
    const typ = header?.typ;
    return typeof typ === 'string' && SD_JWT_VC_TYPES.has(typ.toLowerCase())
      ? sdJwtOf(`${text}~`)
      : undefined;
  }
  if (text.length >= 16 && text.length <= MAX_BASE64_TEXT && BASE64.test(text)) {
    let bytes: Uint8Array;
    try {
      bytes = fromBase64url(text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
    } catch {
      return undefined;
    }
    return mdocOf(bytes, 'base64url-encoded CBOR');
  }
  return undefined;
}

// SD-JWT §4 (compact): <Issuer-signed JWT>~<Disclosure 1>~…~<Disclosure N>~[<KB-JWT>].
function sdJwtOf(text: string): UnsupportedFormatMatch | undefined {
  const parts = text.split('~');
  const [jwt = '', ...rest] = parts;
  if (!JWT.test(jwt)) return undefined;
  const last = rest[rest.length - 1] ?? '';
  const keyBinding = last !== '' && JWT.test(last);
  const disclosures = (keyBinding ? rest.slice(0, -1) : rest).filter((d) => d !== '');
  if (!disclosures.every((d) => DISCLOSURE.test(d)) || (!keyBinding && last !== '')) {
    return undefined;
  }
  const [headerPart = '', payloadPart = ''] = jwt.split('.');
  const header = jsonPart(headerPart);
  if (!header) return undefined;
  const typ = typeof header.typ === 'string' ? header.typ : undefined;
  const vc = typ !== undefined && SD_JWT_VC_TYPES.has(typ.toLowerCase());
  const payload = jsonPart(payloadPart);
  const details = [
    typ === undefined ? 'no typ' : `typ ${quote(typ)}`,
    typeof payload?.vct === 'string' ? `vct ${quote(payload.vct)}` : undefined,
    typeof payload?.iss === 'string' ? `issuer ${quote(payload.iss)}` : undefined,
    `${disclosures.length} disclosure${disclosures.length === 1 ? '' : 's'}`,
    keyBinding ? 'a key binding JWT' : undefined,
  ].filter((d) => d !== undefined);
  const name = vc ? 'SD-JWT VC' : 'SD-JWT';
  return {
    format: vc ? 'sd-jwt-vc' : 'sd-jwt',
    name,
    message: `The input is an ${name} (IETF selective-disclosure JWT: ${details.join(', ')}), a format lerkit does not read`,
  };
}

// The JWS JSON serialization of an SD-JWT (SD-JWT §8): disclosures in the unprotected header.
function jsonFormat(document: JsonObject): UnsupportedFormatMatch | undefined {
  if (typeof document.payload !== 'string' || typeof document.protected !== 'string') {
    return undefined;
  }
  const header = jsonPart(document.protected);
  const unprotected = isObject(document.header) ? document.header : {};
  const typ = typeof header?.typ === 'string' ? header.typ.toLowerCase() : '';
  if (!SD_JWT_VC_TYPES.has(typ) && !Array.isArray(unprotected.disclosures)) return undefined;
  const vc = SD_JWT_VC_TYPES.has(typ);
  const name = vc ? 'SD-JWT VC' : 'SD-JWT';
  return {
    format: vc ? 'sd-jwt-vc' : 'sd-jwt',
    name,
    message: `The input is an ${name} in the JWS JSON serialization${typ ? ` (typ ${quote(typ)})` : ''}, a format lerkit does not read`,
  };
}

// ISO/IEC 18013-5 §8.3.2.1.2: a DeviceResponse ({ version, documents: [Document] }), a Document
// ({ docType, issuerSigned, deviceSigned }) or IssuerSigned ({ nameSpaces, issuerAuth }), in CBOR.
// Recognised by the CBOR text strings of those keys in a CBOR map (or tag 24, embedded CBOR).
function mdocOf(bytes: Uint8Array, how: string): UnsupportedFormatMatch | undefined {
  const first = bytes[0];
  if (first === undefined || !((first >= 0xa0 && first <= 0xbf) || first === 0xd8)) {
    return undefined;
  }
  const has = (key: string) => indexOfKey(bytes, key) >= 0;
  const structure = has('issuerSigned')
    ? has('documents')
      ? 'DeviceResponse'
      : 'Document'
    : has('nameSpaces') && has('issuerAuth')
      ? 'IssuerSigned'
      : undefined;
  if (!structure) return undefined;
  const docType = textAfterKey(bytes, 'docType');
  const what = docType === undefined ? '' : `, docType ${quote(docType)}`;
  const mdl = docType === 'org.iso.18013.5.1.mDL' ? ', a mobile driving licence' : '';
  return {
    format: 'mdoc',
    name: 'ISO mdoc',
    message: `The input is an ISO/IEC 18013-5 mdoc (${how}: an mdoc ${structure}${what}${mdl}), a format lerkit does not read`,
  };
}

// The CBOR encoding of a short text string key: major type 3 with its length (< 24 bytes).
function keyBytes(key: string): Uint8Array {
  const text = new TextEncoder().encode(key);
  return Uint8Array.of(0x60 + text.length, ...text);
}

function indexOfKey(bytes: Uint8Array, key: string, from = 0): number {
  const needle = keyBytes(key);
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// The text string right after the key (a map value), when it is a short UTF-8 text string.
function textAfterKey(bytes: Uint8Array, key: string): string | undefined {
  const at = indexOfKey(bytes, key);
  if (at < 0) return undefined;
  let i = at + keyBytes(key).length;
  const head = bytes[i++];
  if (head === undefined) return undefined;
  let length: number;
  if (head >= 0x60 && head <= 0x77) length = head - 0x60;
  else if (head === 0x78 && bytes[i] !== undefined) length = bytes[i++] as number;
  else return undefined;
  if (i + length > bytes.length) return undefined;
  try {
    return fromUtf8(bytes.subarray(i, i + length));
  } catch {
    return undefined;
  }
}

function jsonPart(part: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(fromUtf8(fromBase64url(part)));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

// Quoted, and cut short: these come from the input.
function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
