// An independent PNG chunk reader and writer for the baking tests: its own CRC-32 table (not
// lerkit's crc32, and not node:zlib's, which Node 20 lacks), its own decoding of tEXt / zTXt /
// iTXt fields, and small image makers (pngjs for the colour types it writes; palette and Adam7
// interlaced images encoded here, since pngjs writes neither).
import { once } from 'node:events';
import { createDeflate, deflateSync, inflateSync } from 'node:zlib';
import { type ColorType, PNG } from 'pngjs';

export const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  CRC_TABLE.push(c >>> 0);
}

/** CRC-32 of a chunk's type and data, as the PNG specification (ISO 3309) defines it. */
export function pngCrc(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** One chunk as it is in the file. */
export interface RawChunk {
  type: string;
  data: Buffer;
  /** The CRC stored in the file. */
  crc: number;
  /** Whether `crc` is the CRC of the type and data. */
  crcValid: boolean;
}

/** Splits a PNG into its chunks (up to IEND); throws a plain Error on a structural problem. */
export function readRawChunks(input: Uint8Array): RawChunk[] {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error('no PNG signature');
  }
  const chunks: RawChunk[] = [];
  let offset = 8;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error(`chunk header cut at ${offset}`);
    const length = bytes.readUInt32BE(offset);
    if (offset + 12 + length > bytes.length) throw new Error(`chunk data cut at ${offset}`);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`bad chunk type at ${offset}`);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    const crcValid = pngCrc(bytes.subarray(offset + 4, offset + 8 + length)) === crc;
    chunks.push({ type, data, crc, crcValid });
    offset += 12 + length;
    if (type === 'IEND') return chunks;
  }
  throw new Error('no IEND');
}

/** One chunk, serialized: length, type, data, CRC. */
export function chunk(type: string, data: Uint8Array = new Uint8Array()): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(out, 8);
  out.writeUInt32BE(pngCrc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG from serialized chunks. */
export function pngOf(...chunks: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat([SIGNATURE, ...chunks]));
}

/** A PNG from chunk types and data, with fresh CRCs. */
export function assemble(chunks: readonly { type: string; data: Uint8Array }[]): Uint8Array {
  return pngOf(...chunks.map((c) => chunk(c.type, c.data)));
}

/** Inserts serialized chunks into a PNG, right after the chunk at `afterIndex` (0 = IHDR). */
export function insertChunks(png: Uint8Array, afterIndex: number, ...chunks: Uint8Array[]) {
  const raw = readRawChunks(png).map((c) => chunk(c.type, c.data));
  raw.splice(afterIndex + 1, 0, ...chunks.map((c) => Buffer.from(c)));
  return pngOf(...raw);
}

export function ihdrData(
  width: number,
  height: number,
  bitDepth: number,
  colorType: number,
  interlace = 0,
): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = bitDepth;
  data[9] = colorType;
  data[12] = interlace;
  return data;
}

// ---------------------------------------------------------------------------------------------
// Text chunks.

/** An iTXt chunk, serialized. */
export function itxt(
  keyword: string,
  text: string,
  options: { compressed?: boolean; language?: string; translated?: string; raw?: Uint8Array } = {},
): Buffer {
  const body = options.raw ?? Buffer.from(text, 'utf8');
  return chunk(
    'iTXt',
    Buffer.concat([
      Buffer.from(keyword, 'latin1'),
      Buffer.from([0, options.compressed ? 1 : 0, 0]),
      Buffer.from(options.language ?? '', 'latin1'),
      Buffer.from([0]),
      Buffer.from(options.translated ?? '', 'utf8'),
      Buffer.from([0]),
      options.compressed && !options.raw ? deflateSync(body) : body,
    ]),
  );
}

/** A tEXt chunk (Latin-1), serialized. */
export function textChunk(keyword: string, text: string): Buffer {
  return chunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1'));
}

/** A zTXt chunk (Latin-1, zlib), serialized. */
export function ztxt(keyword: string, text: string, raw?: Uint8Array): Buffer {
  return chunk(
    'zTXt',
    Buffer.concat([
      Buffer.from(`${keyword}\0\0`, 'latin1'),
      raw ?? deflateSync(Buffer.from(text, 'latin1')),
    ]),
  );
}

/** The decoded fields of a text chunk. */
export interface TextFields {
  type: 'tEXt' | 'zTXt' | 'iTXt';
  keyword: string;
  compressionFlag: number;
  compressionMethod: number;
  language: string;
  translated: string;
  text: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a tEXt, zTXt or iTXt chunk per PNG §11.3.4; `undefined` for other chunks. */
export function decodeTextChunk(raw: RawChunk): TextFields | undefined {
  if (raw.type !== 'tEXt' && raw.type !== 'zTXt' && raw.type !== 'iTXt') return undefined;
  const data = raw.data;
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) throw new Error(`${raw.type}: bad keyword`);
  const keyword = data.toString('latin1', 0, nul);
  if (raw.type === 'tEXt') {
    return {
      type: 'tEXt',
      keyword,
      compressionFlag: 0,
      compressionMethod: 0,
      language: '',
      translated: '',
      text: data.toString('latin1', nul + 1),
    };
  }
  if (raw.type === 'zTXt') {
    return {
      type: 'zTXt',
      keyword,
      compressionFlag: 1,
      compressionMethod: data[nul + 1]!,
      language: '',
      translated: '',
      text: inflateSync(data.subarray(nul + 2)).toString('latin1'),
    };
  }
  const compressionFlag = data[nul + 1]!;
  const compressionMethod = data[nul + 2]!;
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (languageEnd < 0 || translatedEnd < 0) throw new Error('iTXt: missing fields');
  const body = data.subarray(translatedEnd + 1);
  return {
    type: 'iTXt',
    keyword,
    compressionFlag,
    compressionMethod,
    language: data.toString('latin1', nul + 3, languageEnd),
    translated: strictUtf8.decode(data.subarray(languageEnd + 1, translatedEnd)),
    text: strictUtf8.decode(compressionFlag === 1 ? inflateSync(body) : body),
  };
}

/** Every text chunk of a PNG, decoded, with the index of its chunk. */
export function textChunks(png: Uint8Array): (TextFields & { index: number })[] {
  return readRawChunks(png).flatMap((raw, index) => {
    const fields = decodeTextChunk(raw);
    return fields ? [{ ...fields, index }] : [];
  });
}

export const BAKED_KEYWORDS = ['openbadgecredential', 'clrcredential', 'openbadges'];

/** The text chunks with a baked-credential keyword. */
export function bakedChunks(png: Uint8Array) {
  return textChunks(png).filter((t) => BAKED_KEYWORDS.includes(t.keyword));
}

/** The chunks other than baked-credential text chunks, serialized (type + data + CRC). */
export function otherChunks(png: Uint8Array): Buffer[] {
  return readRawChunks(png)
    .filter((raw) => {
      const text = decodeTextChunk(raw);
      return !(text && BAKED_KEYWORDS.includes(text.keyword));
    })
    .map((raw) => chunk(raw.type, raw.data));
}

// ---------------------------------------------------------------------------------------------
// Images.

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(length: number, seed: number): Buffer {
  const next = prng(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/** A PNG of random pixels written by pngjs (colour types 0, 2, 4, 6; 8 or 16 bits). */
export function pngjsImage(options: {
  width: number;
  height: number;
  seed: number;
  colorType?: ColorType;
  bitDepth?: 8 | 16;
}): Uint8Array {
  const { width, height, seed, colorType = 6, bitDepth = 8 } = options;
  const png = new PNG({ width, height, colorType, bitDepth, inputColorType: 6 });
  // 16-bit input is read as platform-endian Uint16 samples.
  png.data = randomBytes(width * height * 4 * (bitDepth === 16 ? 2 : 1), seed);
  return new Uint8Array(PNG.sync.write(png, { colorType, bitDepth, inputColorType: 6 }));
}

/** The same PNG with its image data split over IDAT chunks of at most `size` bytes. */
export function splitIdat(png: Uint8Array, size: number): Uint8Array {
  const raw = readRawChunks(png);
  const zlib = Buffer.concat(raw.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const idats: Buffer[] = [];
  for (let i = 0; i < zlib.length; i += size) idats.push(chunk('IDAT', zlib.subarray(i, i + size)));
  const first = raw.findIndex((c) => c.type === 'IDAT');
  const out = raw.filter((c) => c.type !== 'IDAT').map((c) => chunk(c.type, c.data));
  out.splice(first, 0, ...idats);
  return pngOf(...out);
}

/** A palette PNG (colour type 3) with a tRNS chunk, encoded here; returns its RGBA pixels too. */
export function paletteImage(width: number, height: number, seed: number, bitDepth: 1 | 2 | 4 | 8) {
  const next = prng(seed);
  const colors = 1 << bitDepth;
  const palette = randomBytes(colors * 3, seed + 1);
  const alpha = randomBytes(colors, seed + 2);
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    raw[y * (rowBytes + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const index = Math.floor(next() * colors);
      const bit = x * bitDepth;
      const at = y * (rowBytes + 1) + 1 + (bit >> 3);
      raw[at] = raw[at]! | (index << (8 - bitDepth - (bit & 7)));
      palette.copy(rgba, (y * width + x) * 4, index * 3, index * 3 + 3);
      rgba[(y * width + x) * 4 + 3] = alpha[index]!;
    }
  }
  const png = pngOf(
    chunk('IHDR', ihdrData(width, height, bitDepth, 3)),
    chunk('PLTE', palette),
    chunk('tRNS', alpha),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND'),
  );
  return { png, rgba };
}

const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** An Adam7-interlaced RGBA 8-bit PNG, encoded here; returns its RGBA pixels too. */
export function interlacedImage(width: number, height: number, seed: number) {
  const rgba = randomBytes(width * height * 4, seed);
  const rows: Buffer[] = [];
  for (const [x0, y0, dx, dy] of ADAM7) {
    if (x0 >= width || y0 >= height) continue; // an empty pass has no scanlines at all
    for (let y = y0; y < height; y += dy) {
      const pixels: Buffer[] = [Buffer.from([0])];
      for (let x = x0; x < width; x += dx) {
        pixels.push(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
      }
      rows.push(Buffer.concat(pixels));
    }
  }
  const png = pngOf(
    chunk('IHDR', ihdrData(width, height, 8, 6, 1)),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND'),
  );
  return { png, rgba };
}

/** Decodes a PNG with pngjs (16-bit samples kept as they are). */
export function decode(png: Uint8Array) {
  const image = PNG.sync.read(Buffer.from(png), { skipRescale: true });
  return { width: image.width, height: image.height, data: Buffer.from(image.data) };
}

/** zlib data of `total` zero bytes, deflated in 1 MiB blocks so the zeros are never all in memory. */
export async function deflatedZeros(total: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const block = Buffer.alloc(1 << 20);
  for (let written = 0; written < total; written += block.length) {
    if (!deflate.write(block)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(parts);
}
