// PNG baking (OB 3.0 §Baked Badge / PNG; OB 2.0 Baking): the credential travels in an uncompressed
// iTXt chunk. Reading checks the signature, every chunk's length against the data and its CRC, and
// bounds everything (chunk count, sizes, decompression) so hostile files fail fast with a typed
// error.
import { InvalidImageError } from '../errors/index.js';
import { decompress } from '../internal/decompress.js';
import { concatBytes, fromUtf8, utf8 } from '../internal/encoding.js';
import { DEFAULT_LIMITS } from '../limits/limits.js';

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** Keywords of baked credentials: OB 3.0, CLR 2.0, OB 2.0. */
export const PNG_KEYWORDS = ['openbadgecredential', 'clrcredential', 'openbadges'] as const;

/** A PNG keyword lerkit bakes with. */
export type PngKeyword = (typeof PNG_KEYWORDS)[number];

const MAX_CHUNKS = DEFAULT_LIMITS.imageChunks;
/** The largest text lerkit reads from a chunk, compressed or not (a credential is far smaller). */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/** One chunk of a PNG datastream. */
export interface PngChunk {
  /** Four-letter type, e.g. `IHDR`, `iTXt`. */
  type: string;
  /** The chunk data. */
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309) as PNG uses it. */
export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const part of parts) {
    for (const byte of part) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Whether the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Splits a PNG into its chunks, checking structure and CRCs; up to and including IEND. More than
 * `maxChunks` chunks (default 10,000: the `imageChunks` limit) is `too-many-chunks`.
 */
export function readChunks(bytes: Uint8Array, maxChunks = MAX_CHUNKS): PngChunk[] {
  if (!isPng(bytes)) throw new InvalidImageError('not-an-image', 'Not a PNG (no PNG signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = 8;
  for (;;) {
    if (chunks.length >= maxChunks) {
      throw new InvalidImageError(
        'too-many-chunks',
        `More than ${maxChunks.toLocaleString('en-US')} chunks (limits.imageChunks)`,
      );
    }
    if (offset + 12 > bytes.length) {
      throw new InvalidImageError(
        'truncated',
        `The PNG ends inside a chunk header at byte ${offset}`,
      );
    }
    const length = view.getUint32(offset);
    if (length > 0x7fffffff || offset + 12 + length > bytes.length) {
      throw new InvalidImageError(
        length > 0x7fffffff ? 'chunk-too-large' : 'truncated',
        `A chunk at byte ${offset} declares ${length} bytes, more than the file has`,
      );
    }
    const typeBytes = bytes.subarray(offset + 4, offset + 8);
    if (!typeBytes.every((b) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122))) {
      throw new InvalidImageError('bad-chunk', `Invalid chunk type at byte ${offset + 4}`);
    }
    const type = String.fromCharCode(...typeBytes);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = view.getUint32(offset + 8 + length);
    if (crc32(typeBytes, data) !== crc) {
      throw new InvalidImageError('bad-crc', `The ${type} chunk at byte ${offset} has a wrong CRC`);
    }
    if (chunks.length === 0 && type !== 'IHDR') {
      throw new InvalidImageError('bad-chunk', 'The first chunk of a PNG must be IHDR');
    }
    chunks.push({ type, data });
    offset += 12 + length;
    if (type === 'IEND') return chunks;
  }
}

/** Serializes chunks (with fresh CRCs) into a PNG. */
export function writeChunks(chunks: readonly PngChunk[]): Uint8Array {
  const parts: Uint8Array[] = [PNG_SIGNATURE];
  for (const chunk of chunks) {
    const header = new Uint8Array(8);
    const view = new DataView(header.buffer);
    view.setUint32(0, chunk.data.length);
    const type = utf8(chunk.type);
    header.set(type, 4);
    const crc = new Uint8Array(4);
    new DataView(crc.buffer).setUint32(0, crc32(type, chunk.data));
    parts.push(header, chunk.data, crc);
  }
  return concatBytes(...parts);
}

/** An uncompressed iTXt chunk: keyword, no language tag or translation, UTF-8 text. */
export function itxtChunk(keyword: string, text: string): PngChunk {
  return {
    type: 'iTXt',
    data: concatBytes(utf8(keyword), Uint8Array.of(0, 0, 0, 0, 0), utf8(text)),
  };
}

/** A text chunk's keyword and, lazily, its text. */
export interface TextChunk {
  /** `iTXt`, `tEXt` or `zTXt`. */
  type: string;
  /** Its keyword. */
  keyword: string;
  /** Whether the text is zlib-compressed. */
  compressed: boolean;
  /** The raw text bytes (compressed when `compressed`). */
  raw: Uint8Array;
}

/** Reads the keyword and text fields of a text chunk, or `undefined` if it is not one. */
export function parseTextChunk(chunk: PngChunk): TextChunk | undefined {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return undefined;
  const data = chunk.data;
  const end = data.indexOf(0);
  if (end < 1 || end > 79) {
    throw new InvalidImageError('bad-chunk', `A ${chunk.type} chunk has no valid keyword`);
  }
  const keyword = String.fromCharCode(...data.subarray(0, end));
  if (chunk.type === 'tEXt') {
    return { type: 'tEXt', keyword, compressed: false, raw: data.subarray(end + 1) };
  }
  if (chunk.type === 'zTXt') {
    return { type: 'zTXt', keyword, compressed: true, raw: data.subarray(end + 2) };
  }
  // iTXt: keyword \0 flag method language \0 translated \0 text
  const flag = data[end + 1];
  const method = data[end + 2];
  if (flag === undefined || method === undefined || (flag !== 0 && flag !== 1) || method !== 0) {
    throw new InvalidImageError('bad-chunk', 'An iTXt chunk has an invalid compression field');
  }
  const languageEnd = data.indexOf(0, end + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) {
    throw new InvalidImageError('bad-chunk', 'An iTXt chunk is missing its language fields');
  }
  return { type: 'iTXt', keyword, compressed: flag === 1, raw: data.subarray(translatedEnd + 1) };
}

/** The text of a text chunk: decompressed (bounded) when needed, decoded as UTF-8 (tEXt: Latin-1). */
export async function chunkText(chunk: TextChunk): Promise<string> {
  const bytes = chunk.compressed ? await inflate(chunk.raw, MAX_TEXT_BYTES) : chunk.raw;
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new InvalidImageError(
      'too-large',
      `The ${chunk.keyword} text exceeds ${MAX_TEXT_BYTES} bytes`,
    );
  }
  if (chunk.type === 'tEXt') return latin1(bytes);
  try {
    return fromUtf8(bytes);
  } catch {
    throw new InvalidImageError('bad-text', `The ${chunk.keyword} text is not UTF-8`);
  }
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}

async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const result = await decompress(data, 'deflate', limit);
  if (result.ok) return result.bytes;
  throw result.reason === 'limit'
    ? new InvalidImageError('compression-bomb', `The compressed text expands beyond ${limit} bytes`)
    : new InvalidImageError('bad-compression', 'The compressed text is not valid zlib data');
}
