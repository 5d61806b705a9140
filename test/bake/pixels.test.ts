// A baked PNG is the same picture: pngjs decodes the original and the baked image to the same
// width, height and pixels, byte for byte, for every colour type and bit depth pngjs writes, for
// palette and Adam7-interlaced images (encoded in the test), for images split over several IDAT
// chunks and for images carrying other metadata chunks. Every chunk other than the baked one is
// kept byte for byte and in order; a credential already baked (by lerkit or by another tool, under
// any of the three keywords, as iTXt, tEXt or zTXt) is replaced, leaving exactly one.
import { beforeAll, describe, expect, it } from 'vitest';
import { bake, extract } from '../../src/bake/index.js';
import { bakedText, type Payload, payloads } from './payloads.js';
import {
  bakedChunks,
  chunk,
  decode,
  insertChunks,
  interlacedImage,
  itxt,
  otherChunks,
  paletteImage,
  pngjsImage,
  readRawChunks,
  splitIdat,
  textChunk,
  ztxt,
} from './png-tools.js';

let badgeJson: Payload;
let badgeJwt: Payload;
let clrJson: Payload;
beforeAll(async () => {
  const all = await payloads();
  badgeJson = all.find((p) => p.name === 'OB 3.0 JSON, embedded proof')!;
  badgeJwt = all.find((p) => p.name === 'OB 3.0 VC-JWT')!;
  clrJson = all.find((p) => p.name === 'CLR 2.0 JSON')!;
});

const palette8 = paletteImage(19, 7, 3, 8);
const palette2 = paletteImage(13, 5, 4, 2);
const palette1 = paletteImage(9, 3, 5, 1);
const interlaced = interlacedImage(23, 17, 6);
const interlacedTiny = interlacedImage(3, 2, 7);

const metadata = [
  chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])),
  chunk('pHYs', Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1])),
  textChunk('Software', 'A drawing tool 1.0'),
  textChunk('Comment', 'openbadges is a keyword only when it is the whole keyword'),
  itxt('Description', 'Une médaille « travail en équipe » 🏅', {
    language: 'fr',
    translated: 'Beschreibung',
  }),
  ztxt('Copyright', '(c) Example University'),
  itxt('OpenBadges', 'not the keyword: keywords are case-sensitive'),
];
const withMetadata = (() => {
  const base = pngjsImage({ width: 11, height: 9, seed: 8 });
  const withBefore = insertChunks(base, 0, ...metadata.slice(0, 5));
  const raw = readRawChunks(withBefore);
  // The rest after IDAT, just before IEND.
  return insertChunks(withBefore, raw.length - 2, ...metadata.slice(5), chunk('tIME', timeData()));
})();

function timeData() {
  return Buffer.from([0x07, 0xe8, 1, 2, 3, 4, 5]);
}

const IMAGES: [string, Uint8Array][] = [
  ['RGBA 8-bit', pngjsImage({ width: 37, height: 23, seed: 10 })],
  ['RGB 8-bit', pngjsImage({ width: 31, height: 17, seed: 11, colorType: 2 })],
  ['grayscale 8-bit', pngjsImage({ width: 29, height: 13, seed: 12, colorType: 0 })],
  ['grayscale + alpha 8-bit', pngjsImage({ width: 7, height: 41, seed: 13, colorType: 4 })],
  ['RGBA 16-bit', pngjsImage({ width: 15, height: 11, seed: 14, bitDepth: 16 })],
  ['RGB 16-bit', pngjsImage({ width: 5, height: 6, seed: 15, colorType: 2, bitDepth: 16 })],
  ['1×1 RGBA', pngjsImage({ width: 1, height: 1, seed: 16 })],
  ['RGBA over many IDAT chunks', splitIdat(pngjsImage({ width: 64, height: 64, seed: 17 }), 1000)],
  ['palette 8-bit with tRNS', palette8.png],
  ['palette 2-bit', palette2.png],
  ['palette 1-bit', palette1.png],
  ['Adam7 interlaced RGBA', interlaced.png],
  ['Adam7 interlaced 3×2 (empty passes)', interlacedTiny.png],
  ['with other text and metadata chunks', withMetadata],
];

describe('the test images', () => {
  it('are what they claim (so the pixel comparison means something)', () => {
    const ihdr = (png: Uint8Array) => readRawChunks(png)[0]!.data;
    const byName = Object.fromEntries(IMAGES);
    expect(ihdr(byName['palette 8-bit with tRNS']!)[9]).toBe(3);
    expect(ihdr(byName['palette 1-bit']!)[8]).toBe(1);
    expect(ihdr(byName['Adam7 interlaced RGBA']!)[12]).toBe(1);
    expect(ihdr(byName['RGBA 16-bit']!)[8]).toBe(16);
    expect(ihdr(byName['grayscale 8-bit']!)[9]).toBe(0);
    expect(
      readRawChunks(byName['RGBA over many IDAT chunks']!).filter((c) => c.type === 'IDAT').length,
    ).toBeGreaterThan(3);
    // pngjs decodes the images encoded here to the pixels they were made from.
    expect(decode(palette8.png).data.equals(palette8.rgba)).toBe(true);
    expect(decode(palette2.png).data.equals(palette2.rgba)).toBe(true);
    expect(decode(palette1.png).data.equals(palette1.rgba)).toBe(true);
    expect(decode(interlaced.png).data.equals(interlaced.rgba)).toBe(true);
    expect(decode(interlacedTiny.png).data.equals(interlacedTiny.rgba)).toBe(true);
  });
});

describe.each(IMAGES)('%s', (_name, original) => {
  it('decodes to the same pixels after baking, and keeps every other chunk', async () => {
    for (const p of [badgeJson, badgeJwt, clrJson]) {
      const baked = bake(original, p.credential);
      const before = decode(original);
      const after = decode(baked);
      expect(after.width).toBe(before.width);
      expect(after.height).toBe(before.height);
      expect(after.data.equals(before.data)).toBe(true);
      // The datastream is the original's, plus one chunk.
      expect(Buffer.concat(otherChunks(baked)).equals(Buffer.concat(otherChunks(original)))).toBe(
        true,
      );
      expect(readRawChunks(baked)).toHaveLength(readRawChunks(original).length + 1);
      const baked1 = bakedChunks(baked);
      expect(baked1.map((t) => [t.type, t.keyword, t.text])).toEqual([
        ['iTXt', p.keyword, bakedText(p)],
      ]);
      expect((await extract(baked)).credential).toEqual(p.credential);
    }
  });

  it('decodes to the same pixels when an already baked image is baked again', async () => {
    const once = bake(original, badgeJwt.credential);
    const twice = bake(once, clrJson.credential);
    expect(decode(twice).data.equals(decode(original).data)).toBe(true);
    expect(bakedChunks(twice).map((t) => t.keyword)).toEqual(['clrcredential']);
    expect((await extract(twice)).credential).toEqual(clrJson.credential);
  });
});

describe('a PNG that already carries credentials', () => {
  const base = pngjsImage({ width: 8, height: 8, seed: 20 });
  const old = [
    ['iTXt openbadgecredential', itxt('openbadgecredential', '{"old":1}')],
    [
      'compressed iTXt openbadgecredential',
      itxt('openbadgecredential', '{"old":2}', { compressed: true }),
    ],
    ['iTXt clrcredential', itxt('clrcredential', '{"old":3}', { language: 'en' })],
    ['iTXt openbadges', itxt('openbadges', '{"old":4}')],
    ['tEXt openbadges (legacy URL)', textChunk('openbadges', 'https://example.org/a/1')],
    ['zTXt openbadges', ztxt('openbadges', 'https://example.org/a/2')],
    ['tEXt openbadgecredential', textChunk('openbadgecredential', '{"old":5}')],
  ] as const;

  it.each(old)('has a %s replaced by the new one', async (_name, existing) => {
    // Before the pixels, and (another copy) after them.
    const withOld = insertChunks(
      insertChunks(base, 0, existing),
      readRawChunks(base).length - 1,
      existing,
    );
    expect(bakedChunks(withOld)).toHaveLength(2);
    const baked = bake(withOld, badgeJson.credential);
    expect(bakedChunks(baked).map((t) => [t.type, t.keyword, t.text])).toEqual([
      ['iTXt', 'openbadgecredential', bakedText(badgeJson)],
    ]);
    expect(decode(baked).data.equals(decode(base).data)).toBe(true);
    expect(Buffer.concat(otherChunks(baked)).equals(Buffer.concat(otherChunks(base)))).toBe(true);
  });

  it('has all of them replaced at once', () => {
    const withAll = insertChunks(base, 0, ...old.map(([, c]) => c));
    const baked = bake(withAll, badgeJwt.credential);
    expect(bakedChunks(baked).map((t) => [t.type, t.keyword, t.text])).toEqual([
      ['iTXt', 'openbadgecredential', badgeJwt.credential],
    ]);
  });
});
