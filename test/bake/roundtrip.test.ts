// Bake then extract gives back exactly the credential, for every payload lerkit bakes (OB 3.0 JSON
// and VC-JWT, CLR 2.0 JSON and VC-JWT, EndorsementCredential, OB 2.0 assertion JSON and signed
// assertion) in every container (PNG as Uint8Array and ArrayBuffer, SVG as text and bytes). Each
// baked image is also read without lerkit: the PNG by an independent chunk reader (CRCs, one
// uncompressed iTXt after IHDR with the right keyword and fields), the SVG by looking at the markup
// (namespace binding, element right after the <svg> start tag, CDATA or `verify`).
import { beforeAll, describe, expect, it } from 'vitest';
import { bake, extract } from '../../src/bake/index.js';
import { bakedText, type Payload, payloads } from './payloads.js';
import {
  bakedChunks,
  decode,
  insertChunks,
  itxt,
  pngjsImage,
  readRawChunks,
  textChunk,
} from './png-tools.js';
import {
  BADGE_SVG,
  bakedElementCount,
  elementAfterStartTag,
  namespaceBindings,
  svgStartTag,
} from './svg-tools.js';

let all: Payload[] = [];
beforeAll(async () => {
  all = await payloads();
});

const PNG = pngjsImage({ width: 16, height: 12, seed: 1 });
const utf8 = (text: string) => new TextEncoder().encode(text);
const fromUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

const NAMES = [
  'OB 3.0 JSON, embedded proof',
  'OB 3.0 VC-JWT',
  'CLR 2.0 JSON',
  'CLR 2.0 VC-JWT',
  'EndorsementCredential',
  'OB 2.0 assertion JSON',
  'OB 2.0 signed assertion',
];
const payload = (name: string) => {
  const found = all.find((p) => p.name === name);
  if (!found) throw new Error(`no payload ${name}`);
  return found;
};

/** What the independent reader sees in a baked PNG; asserts the chunk layout. */
function expectBakedPng(png: Uint8Array, p: Payload, text = bakedText(p)) {
  const raw = readRawChunks(png);
  expect(raw.every((c) => c.crcValid)).toBe(true);
  expect(raw[0]?.type).toBe('IHDR');
  expect(raw.at(-1)?.type).toBe('IEND');
  const baked = bakedChunks(png);
  expect(baked).toHaveLength(1);
  expect(baked[0]).toEqual({
    type: 'iTXt',
    keyword: p.keyword,
    compressionFlag: 0,
    compressionMethod: 0,
    language: '',
    translated: '',
    text,
    index: 1, // right after IHDR
  });
}

function expectBakedSvg(svg: string, p: Payload, text = bakedText(p)) {
  expect(namespaceBindings(svg)).toEqual([p.namespace]);
  expect(bakedElementCount(svg)).toBe(1);
  const element = elementAfterStartTag(svg);
  expect(element?.element).toBe(p.element);
  if (typeof p.credential === 'string') {
    // A JWS goes in the `verify` attribute; the element has no content.
    expect(element?.verify).toBe(p.credential);
    expect(element?.body.trim()).toBe('');
  } else {
    // OB 2.0 Baking §SVGs: a hosted assertion's `verify` is its URL (its id), the JSON in the body.
    const hosted =
      p.kind === 'OB2Assertion' &&
      (p.credential.verification as { type?: string })?.type === 'hosted';
    expect(element?.verify).toBe(hosted ? p.credential.id : undefined);
    expect(element?.cdata).toBe(text);
    expect(element?.body.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').trim()).toBe('');
  }
}

async function expectExtracted(image: Uint8Array | ArrayBuffer | string, p: Payload) {
  const found = await extract(image);
  const format = typeof image === 'string' || !isPngBytes(image) ? 'svg' : 'png';
  expect(found).toEqual({
    format,
    kind: p.kind,
    credential: p.credential,
    source: format === 'png' ? `iTXt ${p.keyword}` : `openbadges:${p.element}`,
  });
}

function isPngBytes(image: Uint8Array | ArrayBuffer): boolean {
  const bytes = image instanceof ArrayBuffer ? new Uint8Array(image) : image;
  return bytes[0] === 0x89 && bytes[1] === 0x50;
}

describe.each(NAMES)('%s', (name) => {
  it('round-trips through a PNG (Uint8Array), in one uncompressed iTXt after IHDR', async () => {
    const p = payload(name);
    const baked = bake(PNG, p.credential);
    expect(baked).toBeInstanceOf(Uint8Array);
    expectBakedPng(baked, p);
    expect(decode(baked)).toEqual(decode(PNG));
    await expectExtracted(baked, p);
  });

  it('round-trips through a PNG (ArrayBuffer), returning an ArrayBuffer', async () => {
    const p = payload(name);
    const input = PNG.slice().buffer;
    const baked = bake(input, p.credential);
    expect(baked).toBeInstanceOf(ArrayBuffer);
    expectBakedPng(new Uint8Array(baked), p);
    await expectExtracted(baked, p);
  });

  it('round-trips through an SVG (text), keeping the rest of the document', async () => {
    const p = payload(name);
    const baked = bake(BADGE_SVG, p.credential);
    expect(typeof baked).toBe('string');
    expectBakedSvg(baked, p);
    // Everything before the start tag and after it is kept as it was.
    const { start, end } = svgStartTag(BADGE_SVG);
    expect(baked.startsWith(BADGE_SVG.slice(0, start))).toBe(true);
    expect(baked.endsWith(BADGE_SVG.slice(end))).toBe(true);
    const bakedTag = svgStartTag(baked).tag;
    expect(bakedTag.replace(/\s+xmlns:openbadges="[^"]*"/, '')).toBe(svgStartTag(BADGE_SVG).tag);
    await expectExtracted(baked, p);
  });

  it('round-trips through an SVG (bytes), returning UTF-8 bytes', async () => {
    const p = payload(name);
    const baked = bake(utf8(BADGE_SVG), p.credential);
    expect(baked).toBeInstanceOf(Uint8Array);
    expectBakedSvg(fromUtf8(baked), p);
    await expectExtracted(baked, p);
    const fromBuffer = bake(utf8(BADGE_SVG).buffer, p.credential);
    expect(fromBuffer).toBeInstanceOf(ArrayBuffer);
    expect(fromUtf8(new Uint8Array(fromBuffer))).toBe(fromUtf8(baked));
  });

  it('bakes JSON text as it is given (trimmed) and extracts the same object', async () => {
    const p = payload(name);
    if (typeof p.credential === 'string') {
      // A JWS given with surrounding whitespace is baked without it.
      const png = bake(PNG, `\n  ${p.credential}  \n`);
      expectBakedPng(png, p);
      await expectExtracted(png, p);
      return;
    }
    const text = JSON.stringify(p.credential, null, 2);
    const png = bake(PNG, `\n${text}\n\n`);
    expectBakedPng(png, p, text);
    await expectExtracted(png, p);
    const svg = bake(BADGE_SVG, text);
    expectBakedSvg(svg, p, text);
    await expectExtracted(svg, p);
  });
});

describe('baking again', () => {
  it('replaces the credential in a PNG: one baked chunk, whatever was there', async () => {
    let png: Uint8Array = insertChunks(
      PNG,
      0,
      textChunk('openbadges', 'https://example.org/assertions/old'),
      itxt('clrcredential', '{"old":true}', { compressed: true }),
    );
    for (const name of NAMES) {
      const p = payload(name);
      png = bake(png, p.credential);
      expectBakedPng(png, p);
      await expectExtracted(png, p);
    }
  });

  it('replaces the credential in an SVG: one element, the namespace of the new one', async () => {
    let svg = BADGE_SVG;
    for (const name of [...NAMES, ...NAMES.slice().reverse()]) {
      const p = payload(name);
      svg = bake(svg, p.credential);
      expectBakedSvg(svg, p);
      await expectExtracted(svg, p);
      const { end } = svgStartTag(BADGE_SVG);
      expect(svg.endsWith(BADGE_SVG.slice(end))).toBe(true);
    }
  });

  it('baking the same credential twice gives the same image', () => {
    for (const name of NAMES) {
      const p = payload(name);
      const png = bake(PNG, p.credential);
      expect(bake(png, p.credential)).toEqual(png);
      const svg = bake(BADGE_SVG, p.credential);
      expect(bake(svg, p.credential)).toBe(svg);
    }
  });
});

describe('what bake refuses', () => {
  it('a credential that is neither an object, JSON nor a JWS', () => {
    for (const credential of ['not a credential', '[1,2]', '{"a":', 42 as unknown as string]) {
      expect(() => bake(PNG, credential)).toThrow(
        expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT' }),
      );
    }
  });

  it('an image that is neither a PNG nor an SVG', () => {
    for (const image of [new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), '{"type":"x"}', '']) {
      expect(() => bake(image, { type: ['OpenBadgeCredential'] })).toThrow(
        expect.objectContaining({ code: 'ERR_LERKIT_INVALID_IMAGE', problem: 'not-an-image' }),
      );
    }
  });

  // A Node Buffer comes back as a plain Uint8Array, and the type says so (it once claimed a
  // Buffer, so `.toString('base64')` type-checked and gave "137,80,78,…").
  it('gives back a Uint8Array for a Buffer, typed as one', () => {
    const baked: Uint8Array = bake(Buffer.from(PNG), payload('OB 3.0 VC-JWT').credential);
    expect(Buffer.isBuffer(baked)).toBe(false);
    expect(Buffer.from(baked).subarray(0, 8)).toEqual(Buffer.from(PNG).subarray(0, 8));
  });
});
