import {
  InvalidArgumentError,
  InvalidImageError,
  NoBakedCredentialError,
} from '../errors/index.js';
import { fromUtf8, utf8 } from '../internal/encoding.js';
import { isObject, type JsonObject } from '../internal/json.js';
import type { CredentialKind } from '../model/kind.js';
import { detectKind } from '../parse/detect.js';
import { parseInput } from '../parse/parse-input.js';
import {
  chunkText,
  isPng,
  itxtChunk,
  PNG_KEYWORDS,
  type PngKeyword,
  parseTextChunk,
  readChunks,
  type TextChunk,
  writeChunks,
} from './png.js';
import {
  CLR_SVG_NAMESPACE,
  isSvg,
  OB2_SVG_NAMESPACE,
  OB3_SVG_NAMESPACE,
  readSvg,
  writeSvg,
} from './svg.js';

/** Image formats that can carry a credential. */
export type ImageFormat = 'png' | 'svg';

/** An image: PNG or SVG bytes, or SVG text. */
export type BakeImage = Uint8Array | ArrayBuffer | string;

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Most PNG chunks read (default 10,000, the `imageChunks` limit); more is `too-many-chunks`. */
  maxChunks?: number;
}

/** What {@link extract} found. */
export interface ExtractedCredential {
  /** The image format. */
  format: ImageFormat;
  /** What the credential is (`unknown` for an OB 2.0 hosted-assertion URL). */
  kind: CredentialKind;
  /** The credential: a JSON object, or a compact JWS (VC-JWT, OB 2.0 signed assertion) or URL. */
  credential: JsonObject | string;
  /** Where it was: the PNG chunk keyword, or the SVG element. */
  source: string;
}

/** Tells what image format some bytes or text are, or `undefined`. */
export function detectImageFormat(image: BakeImage): ImageFormat | undefined {
  if (typeof image === 'string') return isSvg(image) ? 'svg' : undefined;
  const bytes = image instanceof ArrayBuffer ? new Uint8Array(image) : image;
  if (!(bytes instanceof Uint8Array)) return undefined;
  if (isPng(bytes)) return 'png';
  const head = bytes.subarray(0, 4096);
  let text: string;
  try {
    text = fromUtf8(head.length < bytes.length ? trimPartialUtf8(head) : head);
  } catch {
    return undefined;
  }
  return isSvg(text) ? 'svg' : undefined;
}

function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && ((bytes[end - 1] as number) & 0xc0) === 0x80) end--;
  if (end > 0 && (bytes[end - 1] as number) >= 0xc0) end--;
  return bytes.subarray(0, end);
}

/**
 * Bakes a credential into a PNG or SVG badge image (OB 3.0 §Baked Badge, CLR 2.0, OB 2.0 Baking).
 * PNG: an uncompressed `iTXt` chunk with keyword `openbadgecredential` (OB 3.0), `clrcredential`
 * (CLR 2.0) or `openbadges` (OB 2.0), holding the JSON credential or the compact VC-JWT, placed
 * after `IHDR`; the pixels are untouched. SVG: an `<openbadges:credential>` element (namespace
 * `https://purl.imsglobal.org/ob/v3p0`, or `…/clr/v2p0` for a CLR) right after the `<svg>` tag,
 * with the JSON in CDATA or the JWT in its `verify` attribute. OB 2.0 (Baking Specification): an
 * `<openbadges:assertion>` element (namespace `http://openbadges.org`) whose `verify` attribute
 * holds the signed assertion (JWS) or the hosted assertion's URL, with a hosted assertion's JSON,
 * when baked, in CDATA; a hosted assertion may also be baked as just its URL (PNG and SVG).
 * An image that already carries a credential has it replaced: never two.
 *
 * @param image - PNG bytes, or SVG text or bytes.
 * @param credential - The credential: a JSON object, JSON text, a compact VC-JWT or OB 2.0 JWS, or
 *   an OB 2.0 hosted assertion's http(s) URL.
 * @returns The baked image, in the same form as `image`: text for text, an `ArrayBuffer` for an
 *   `ArrayBuffer`, a plain `Uint8Array` for any `Uint8Array` (a Node `Buffer` too: wrap it with
 *   `Buffer.from(result)` if you need one).
 * @throws {InvalidImageError} `ERR_LERKIT_INVALID_IMAGE` for an image that is not a well-formed
 *   PNG or SVG (or an SVG with a DOCTYPE).
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for a credential that is neither
 *   an object, JSON, a compact JWS nor an http(s) URL.
 * @example
 * ```ts
 * const png = bake(await readFile('badge.png'), signedCredential);
 * const svg = bake(svgText, jwt);
 * ```
 */
export function bake(image: string, credential: object | string): string;
export function bake(image: ArrayBuffer, credential: object | string): ArrayBuffer;
export function bake(image: Uint8Array, credential: object | string): Uint8Array;
export function bake(image: BakeImage, credential: object | string): BakeImage;
export function bake(image: BakeImage, credential: object | string): BakeImage {
  const { text, kind, isJwt, hostedUrl } = credentialText(credential);
  const format = detectImageFormat(image);
  if (format === 'png') {
    const bytes = image instanceof ArrayBuffer ? new Uint8Array(image) : (image as Uint8Array);
    const keyword = keywordOf(kind);
    const chunks = readChunks(bytes).filter((chunk) => {
      const textChunk = parseTextChunk(chunk);
      return !(textChunk && (PNG_KEYWORDS as readonly string[]).includes(textChunk.keyword));
    });
    chunks.splice(1, 0, itxtChunk(keyword, text));
    const out = writeChunks(chunks);
    return image instanceof ArrayBuffer ? (out.buffer as ArrayBuffer) : out;
  }
  if (format === 'svg') {
    const svgText = typeof image === 'string' ? image : decodeSvg(toBytes(image));
    const ob2 = isOb2Kind(kind);
    const namespace =
      kind === 'ClrCredential' ? CLR_SVG_NAMESPACE : ob2 ? OB2_SVG_NAMESPACE : OB3_SVG_NAMESPACE;
    // OB 2.0 Baking §SVGs: `verify` holds the JWS, or the hosted assertion's URL (with the
    // assertion's JSON, if baked, in the body).
    const baked = writeSvg(svgText, {
      namespace,
      element: ob2 ? 'assertion' : 'credential',
      ...(isJwt || hostedUrl === text
        ? { verify: text }
        : { json: text, ...(hostedUrl ? { verify: hostedUrl } : {}) }),
    });
    if (typeof image === 'string') return baked;
    const out = utf8(baked);
    return image instanceof ArrayBuffer ? (out.buffer as ArrayBuffer) : out;
  }
  throw new InvalidImageError('not-an-image', 'The image is neither a PNG nor an SVG');
}

function toBytes(image: Uint8Array | ArrayBuffer): Uint8Array {
  return image instanceof ArrayBuffer ? new Uint8Array(image) : image;
}

function keywordOf(kind: CredentialKind): PngKeyword {
  if (kind === 'ClrCredential') return 'clrcredential';
  if (isOb2Kind(kind)) return 'openbadges';
  return 'openbadgecredential';
}

// Open Badges 2.0 and 1.x assertions are baked the OB 2.0 way (`openbadges`, <openbadges:assertion>).
function isOb2Kind(kind: CredentialKind): boolean {
  return kind.startsWith('OB2') || kind === 'OB1Assertion';
}

const HOSTED_URL = /^https?:\/\/\S+$/i;

function credentialText(credential: object | string): {
  text: string;
  kind: CredentialKind;
  isJwt: boolean;
  /** The hosted assertion's URL: the credential itself, or the id of a hosted OB 2.0 assertion. */
  hostedUrl?: string;
} {
  if (typeof credential !== 'string' && !isObject(credential)) {
    throw new InvalidArgumentError(
      'credential must be an object, JSON text, a compact JWS or a hosted assertion URL',
      'credential',
    );
  }
  if (typeof credential === 'string' && HOSTED_URL.test(credential.trim())) {
    // OB 2.0 Baking: a hosted assertion's URL (the legacy form, and SVG's `verify`).
    const url = credential.trim();
    return { text: url, kind: 'OB2Assertion', isJwt: false, hostedUrl: url };
  }
  const parsed = parseInput(credential);
  if (!parsed.ok) {
    throw new InvalidArgumentError(`credential cannot be read: ${parsed.message}`, 'credential');
  }
  const isJwt = parsed.format === 'vc-jwt';
  const text = isJwt
    ? (parsed.jwt as string)
    : typeof credential === 'string'
      ? credential.trim()
      : JSON.stringify(credential);
  const kind = detectKind(parsed.document);
  const hostedUrl = !isJwt && isOb2Kind(kind) ? hostedIdOf(parsed.document) : undefined;
  return hostedUrl ? { text, kind, isJwt, hostedUrl } : { text, kind, isJwt };
}

// The URL of a hosted OB 2.0 assertion (OB 2.0 §HostedBadge: its HTTP(S) id).
function hostedIdOf(document: JsonObject): string | undefined {
  const verification = document.verification ?? document.verify;
  const type = isObject(verification) ? verification.type : undefined;
  const hosted = type === 'hosted' || type === 'HostedBadge';
  return hosted && typeof document.id === 'string' && HOSTED_URL.test(document.id)
    ? document.id
    : undefined;
}

/**
 * Extracts the credential baked into a PNG or SVG image: OB 3.0 (`openbadgecredential`), CLR 2.0
 * (`clrcredential`) and OB 2.0 (`openbadges`) iTXt chunks — compressed ones too, as other tools
 * write them — and OB 2.0 `tEXt` chunks; SVG `<openbadges:credential>` (JSON in CDATA or JWT in
 * `verify`) and OB 2.0 `<openbadges:assertion>`. Hostile images fail fast with a typed error and
 * bounded memory.
 *
 * @param image - PNG bytes, or SVG text or bytes.
 * @returns `{ format, kind, credential, source }`.
 * @throws {InvalidImageError} `ERR_LERKIT_INVALID_IMAGE` (with `problem`) for anything that is not
 *   a well-formed PNG or SVG: truncated, bad CRC, enormous chunk, compression bomb, DOCTYPE, …;
 *   and with problem `multiple-credentials` for an image carrying more than one credential (two
 *   credential text chunks, or two baked SVG elements), which the specs forbid.
 * @throws {NoBakedCredentialError} `ERR_LERKIT_NO_BAKED_CREDENTIAL` for a valid image without one.
 * @example
 * ```ts
 * const { format, kind, credential } = await extract(pngBytes);
 * const report = await verify(credential);
 * ```
 */
export async function extract(
  image: BakeImage,
  options: ExtractOptions = {},
): Promise<ExtractedCredential> {
  const format = detectImageFormat(image);
  if (format === 'png') {
    const bytes = toBytes(image as Uint8Array | ArrayBuffer);
    const [text] = credentialChunks(bytes, options.maxChunks);
    if (!text) {
      throw new NoBakedCredentialError(
        'The PNG has no openbadgecredential, clrcredential or openbadges chunk',
      );
    }
    return found('png', await chunkText(text), `${text.type} ${text.keyword}`);
  }
  if (format === 'svg') {
    const svgText =
      typeof image === 'string' ? image : decodeSvg(toBytes(image as Uint8Array | ArrayBuffer));
    const payload = readSvg(svgText);
    if (!payload) {
      throw new NoBakedCredentialError(
        'The SVG has no <openbadges:credential> or <openbadges:assertion>',
      );
    }
    // OB 3.0: the JWT is in `verify`. OB 2.0: `verify` is the hosted assertion's URL, and a body,
    // if any, is the assertion itself.
    const value =
      payload.element === 'assertion' && payload.text !== ''
        ? payload.text
        : (payload.verify ?? payload.text);
    if (value === '') {
      throw new NoBakedCredentialError(`The <openbadges:${payload.element}> element is empty`);
    }
    return found('svg', value, `openbadges:${payload.element}`);
  }
  throw new InvalidImageError('not-an-image', 'The image is neither a PNG nor an SVG');
}

// Every text chunk with a credential keyword. More than one is refused: OB 3.0 §Baking (PNG) says
// an `openbadgecredential` iTXt chunk MUST NOT appear more than once (OB 2.0: `openbadges`), and
// two payloads of any keywords would let a verifier and a display read different credentials.
function credentialChunks(bytes: Uint8Array, maxChunks?: number): TextChunk[] {
  const chunks: TextChunk[] = [];
  for (const chunk of readChunks(bytes, maxChunks)) {
    if (chunk.type === 'IDAT' || chunk.type === 'IEND') continue;
    const text = parseTextChunk(chunk);
    if (text && (PNG_KEYWORDS as readonly string[]).includes(text.keyword)) chunks.push(text);
  }
  if (chunks.length > 1) {
    throw new InvalidImageError(
      'multiple-credentials',
      `The PNG carries ${chunks.length} credential chunks (${chunks.map((c) => `${c.type} ${c.keyword}`).join(', ')}); a baked image must carry exactly one`,
    );
  }
  return chunks;
}

function decodeSvg(bytes: Uint8Array): string {
  try {
    return fromUtf8(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InvalidImageError('bad-text', 'The SVG is not UTF-8');
  }
}

function found(format: ImageFormat, text: string, source: string): ExtractedCredential {
  const trimmed = text.trim();
  if (/^https?:\/\//.test(trimmed)) {
    // OB 2.0: a hosted assertion's URL.
    return { format, kind: 'unknown', credential: trimmed, source };
  }
  const parsed = parseInput(trimmed);
  if (!parsed.ok) {
    throw new InvalidImageError(
      parsed.code === 'PARSE_DUPLICATE_KEY' ? 'duplicate-key' : 'bad-text',
      `The baked text is not a credential: ${parsed.message}`,
    );
  }
  const kind = detectKind(parsed.document);
  return parsed.format === 'vc-jwt'
    ? { format, kind, credential: parsed.jwt as string, source }
    : { format, kind, credential: parsed.document, source };
}
