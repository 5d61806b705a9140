// Hostile and broken images: each fails fast with a typed error (InvalidImageError with its
// `problem`, or NoBakedCredentialError), in bounded memory, and nothing is ever fetched. Truncated
// files (every prefix), bad CRCs, enormous declared chunk lengths, too many chunks, compression
// bombs, malformed text chunks; SVGs with a DOCTYPE or entities (billion laughs, external entities),
// links to URLs, unterminated CDATA, unknown entities; bytes that are no image at all.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bake, extract } from '../../src/bake/index.js';
import { type ImageProblem, isLerkitError } from '../../src/errors/index.js';
import { verify } from '../../src/verify/index.js';
import { readFixture } from '../helpers/spec.js';
import { type Payload, payloads } from './payloads.js';
import {
  assemble,
  chunk,
  deflatedZeros,
  ihdrData,
  itxt,
  pngjsImage,
  pngOf,
  randomBytes,
  readRawChunks,
  SIGNATURE,
  ztxt,
} from './png-tools.js';
import { BADGE_SVG } from './svg-tools.js';

const BUDGET_MS = 1000;
const MB = 1024 * 1024;

let badgeJwt: Payload;
beforeAll(async () => {
  badgeJwt = (await payloads()).find((p) => p.name === 'OB 3.0 VC-JWT')!;
});

const fetchCalls: unknown[] = [];
beforeAll(() => {
  vi.stubGlobal('fetch', (...args: unknown[]) => {
    fetchCalls.push(args);
    throw new Error('network access while reading an image');
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  expect(fetchCalls).toEqual([]);
});

/** What extract throws (it must throw), and how long it took. */
async function failure(image: Uint8Array | string) {
  const start = performance.now();
  let error: unknown;
  try {
    await extract(image);
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - start;
  expect(error, 'extract should have thrown').toBeDefined();
  expect(isLerkitError(error), `not a LerkitError: ${String(error)}`).toBe(true);
  expect(ms).toBeLessThan(BUDGET_MS);
  return error as { code: string; problem?: ImageProblem; message: string };
}

async function expectProblem(image: Uint8Array | string, problem: ImageProblem) {
  const error = await failure(image);
  expect({ code: error.code, problem: error.problem }).toEqual({
    code: 'ERR_LERKIT_INVALID_IMAGE',
    problem,
  });
  return error;
}

const tinyPng = () => pngjsImage({ width: 4, height: 4, seed: 30 });
const MINI = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['OpenBadgeCredential'],
};

/** Byte offsets of each chunk of a PNG (its length field). */
function chunkOffsets(png: Uint8Array): { type: string; offset: number; length: number }[] {
  let offset = 8;
  return readRawChunks(png).map((raw) => {
    const at = { type: raw.type, offset, length: raw.data.length };
    offset += 12 + raw.data.length;
    return at;
  });
}

describe('truncated and corrupted PNGs', () => {
  it('every prefix of a baked PNG is refused: not-an-image below 8 bytes, then truncated', async () => {
    const baked = bake(tinyPng(), badgeJwt.credential);
    expect(baked.length).toBeGreaterThan(500);
    const start = performance.now();
    for (let length = 0; length < baked.length; length++) {
      const error = await failure(baked.subarray(0, length));
      expect(error.problem, `prefix of ${length} bytes`).toBe(
        length < 8 ? 'not-an-image' : 'truncated',
      );
    }
    expect(performance.now() - start).toBeLessThan(5000);
    expect((await extract(baked)).credential).toBe(badgeJwt.credential);
  });

  it('a wrong CRC, or a changed byte under a right one, in any chunk', async () => {
    const baked = bake(tinyPng(), MINI);
    for (const { type, offset, length } of chunkOffsets(baked)) {
      const badCrc = baked.slice();
      badCrc[offset + 8 + length + 3]! ^= 0x01;
      const error = await expectProblem(badCrc, 'bad-crc');
      expect(error.message).toContain(type);
      if (length > 0) {
        const badData = baked.slice();
        badData[offset + 8 + Math.floor(length / 2)]! ^= 0x80;
        await expectProblem(badData, 'bad-crc');
      }
      const badType = baked.slice();
      badType[offset + 4]! ^= 0x20; // flips the case of the first letter: a different chunk type
      await expectProblem(badType, 'bad-crc');
    }
  });

  it('an enormous declared chunk length: refused at once, before reading the data', async () => {
    const baked = bake(tinyPng(), MINI);
    for (const { type, offset } of chunkOffsets(baked)) {
      for (const length of [0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff]) {
        const image = baked.slice();
        new DataView(image.buffer).setUint32(offset, length);
        const error = await failure(image);
        expect(error.code, `${type} declaring ${length}`).toBe('ERR_LERKIT_INVALID_IMAGE');
        // The PNG specification limits lengths to 2^31 - 1; that much is merely truncated here.
        expect(error.problem).toBe(length > 0x7fffffff ? 'chunk-too-large' : 'truncated');
      }
    }
  });

  it('chunk structure errors', async () => {
    const ihdr = chunk('IHDR', ihdrData(1, 1, 8, 0));
    const idat = chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1]));
    const iend = chunk('IEND');
    await expectProblem(pngOf(idat, ihdr, iend), 'bad-chunk'); // IHDR must come first
    await expectProblem(pngOf(ihdr, idat), 'truncated'); // no IEND
    await expectProblem(new Uint8Array(SIGNATURE), 'truncated');
    const badType = Buffer.from(chunk('ab1d', Buffer.from('x')));
    await expectProblem(pngOf(ihdr, badType, idat, iend), 'bad-chunk');
    const itxtData = (bytes: number[]) =>
      Buffer.concat([Buffer.from('openbadgecredential', 'latin1'), Buffer.from(bytes)]);
    for (const [name, data] of [
      ['compression flag 2', itxtData([0, 2, 0, 0, 0, 0x7b, 0x7d])],
      ['compression method 1', itxtData([0, 0, 1, 0, 0, 0x7b, 0x7d])],
      ['no language separators', itxtData([0, 0, 0])],
      ['nothing after the keyword', itxtData([0])],
      ['no keyword separator', itxtData([])],
      ['empty keyword', Buffer.from([0, 0, 0, 0, 0])],
      [
        'keyword of 80 bytes',
        Buffer.concat([Buffer.alloc(80, 0x61), Buffer.from([0, 0, 0, 0, 0])]),
      ],
    ] as const) {
      const error = await failure(pngOf(ihdr, chunk('iTXt', data), idat, iend));
      expect(error.problem, name).toBe('bad-chunk');
    }
  });

  it('more chunks than any image has', async () => {
    const filler = chunk('prVt');
    const parts = [chunk('IHDR', ihdrData(1, 1, 8, 0))];
    for (let i = 0; i < 10_001; i++) parts.push(filler);
    parts.push(chunk('IEND'));
    await expectProblem(pngOf(...parts), 'too-many-chunks');
  });

  it('baked text that is not UTF-8, or not a credential', async () => {
    const png = (text: Buffer) =>
      pngOf(
        chunk('IHDR', ihdrData(1, 1, 8, 0)),
        itxt('openbadgecredential', '', { raw: text }),
        chunk('IEND'),
      );
    await expectProblem(png(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 'bad-text');
    await expectProblem(png(Buffer.from([0x7b, 0xed, 0xa0, 0x80, 0x7d])), 'bad-text'); // surrogate
    for (const text of ['hello', '[1,2]', '{"a":', 'a.b.c', '', '   ', 'ftp://example.org/x']) {
      await expectProblem(png(Buffer.from(text)), 'bad-text');
    }
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    await expectProblem(png(Buffer.from(`{"a":${deep}}`)), 'bad-text');
  });

  it('an uncompressed baked text over the 8 MiB limit', async () => {
    const text = Buffer.alloc(8 * MB + 1, 0x20);
    await expectProblem(
      pngOf(
        chunk('IHDR', ihdrData(1, 1, 8, 0)),
        itxt('openbadgecredential', '', { raw: text }),
        chunk('IEND'),
      ),
      'too-large',
    );
  });

  it('a valid PNG without a credential', async () => {
    const withText = assemble([
      ...readRawChunks(tinyPng()).slice(0, 1),
      { type: 'tEXt', data: Buffer.from('Comment\0openbadges') },
      { type: 'iTXt', data: Buffer.from('openbadge\0\0\0\0\0{}') },
      ...readRawChunks(tinyPng()).slice(1),
    ]);
    for (const png of [tinyPng(), withText]) {
      const error = await failure(png);
      expect(error.code).toBe('ERR_LERKIT_NO_BAKED_CREDENTIAL');
    }
  });
});

describe('compressed baked text', () => {
  const pngWith = (...extra: Uint8Array[]) =>
    pngOf(chunk('IHDR', ihdrData(1, 1, 8, 0)), ...extra, chunk('IEND'));
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await deflatedZeros(100 * MB); // about 100 KB
    expect(bomb.length).toBeLessThan(200_000);
  });

  it('a compression bomb (100 MB of zeros) fails fast without inflating it', async () => {
    for (const image of [
      pngWith(itxt('openbadgecredential', '', { compressed: true, raw: bomb })),
      pngWith(ztxt('openbadges', '', bomb)),
    ]) {
      const rss = process.memoryUsage().rss;
      const start = performance.now();
      const error = await expectProblem(image, 'compression-bomb');
      expect(error.message).toContain('8388608');
      expect(performance.now() - start).toBeLessThan(BUDGET_MS);
      expect(process.memoryUsage().rss - rss).toBeLessThan(64 * MB);
    }
  });

  it('just over the limit is a bomb; just under is read', async () => {
    const over = await deflatedZeros(9 * MB);
    await expectProblem(
      pngWith(itxt('openbadgecredential', '', { compressed: true, raw: over })),
      'compression-bomb',
    );
    const padded = `${' '.repeat(7 * MB)}${JSON.stringify(MINI)}`;
    const found = await extract(pngWith(itxt('openbadgecredential', padded, { compressed: true })));
    expect(found.credential).toEqual(MINI);
  });

  it('data that is not zlib: bad-compression', async () => {
    const good = itxt('openbadgecredential', JSON.stringify(MINI), { compressed: true });
    const zlibStart = 12 + 'openbadgecredential'.length + 8;
    for (const raw of [
      Buffer.from('not zlib at all'),
      Buffer.alloc(0),
      Buffer.from(good.subarray(zlibStart, good.length - 4 - 5)), // cut short
      Buffer.concat([Buffer.from([0x78, 0x9c]), randomBytes(200, 31)]),
    ]) {
      await expectProblem(
        pngWith(itxt('openbadgecredential', '', { compressed: true, raw })),
        'bad-compression',
      );
    }
  });
});

describe('hostile SVGs', () => {
  const LOLS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
  <openbadges:credential>&lol9;</openbadges:credential>
</svg>`;

  it('a DOCTYPE or ENTITY declaration: billion laughs, external entities, external DTDs', async () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "https://evil.example/x"> ]>
<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential>&xxe;&remote;</openbadges:credential></svg>`;
    const subsetAfterId = `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd" [ <!ATTLIST svg x CDATA "y"> ]>
<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>`;
    const unclosed = '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" <svg/';
    const entityOnly = `<svg xmlns="http://www.w3.org/2000/svg"><!ENTITY x "y"><rect/></svg>`;
    for (const svg of [LOLS, xxe, subsetAfterId, unclosed, entityOnly]) {
      await expectProblem(svg, 'doctype');
      await expectProblem(new TextEncoder().encode(svg), 'doctype');
      expect(() => bake(svg, MINI)).toThrow(expect.objectContaining({ problem: 'doctype' }));
    }
  });

  it('a plain DOCTYPE with no internal subset (as drawing tools write) is skipped', async () => {
    // Issue 18 item 13: it declares nothing; only internal subsets and entities are refused.
    const illustrator = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: A drawing tool -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg version="1.1" xmlns="http://www.w3.org/2000/svg"><rect/></svg>`;
    const lowercase = '<!doctype svg><svg xmlns="http://www.w3.org/2000/svg"/>';
    const bracketInId =
      '<!DOCTYPE svg SYSTEM "odd[name].dtd"><svg xmlns="http://www.w3.org/2000/svg"/>';
    for (const svg of [illustrator, lowercase, bracketInId]) {
      const baked = bake(svg, MINI);
      expect((await extract(baked)).credential).toEqual(MINI);
    }
  });

  it('links to URLs are never followed, by extract or by verify', async () => {
    const fixture = readFixture<{ input: object; options: { now: string } }>(
      'verify',
      'valid-eddsa-rdfc-2022.json',
    );
    const linking = `<?xml version="1.0"?>
<?xml-stylesheet href="https://evil.example/style.css" type="text/css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
  <style>@import url(https://evil.example/import.css);</style>
  <image xlink:href="https://evil.example/track.png" width="10" height="10"/>
  <use href="https://evil.example/sprite.svg#badge"/>
  <script xlink:href="https://evil.example/x.js"/>
</svg>`;
    const baked = bake(linking, fixture.input);
    expect((await extract(baked)).credential).toEqual(fixture.input);
    const report = await verify(baked, { now: new Date(fixture.options.now) });
    expect(report.verified).toBe(true);
    const element = `<openbadges:credential verify="https://evil.example/credential.jwt"/>`;
    const hosted = linking.replace('<style>', `${element}<style>`);
    // A hosted credential's URL is returned as it is, and verify() does not fetch it.
    expect(await extract(hosted)).toMatchObject({
      kind: 'unknown',
      credential: 'https://evil.example/credential.jwt',
    });
    const hostedReport = await verify(hosted, { now: new Date(fixture.options.now) });
    expect(hostedReport.findings[0]).toMatchObject({ code: 'PARSE_HOSTED_ASSERTION' });
    expect(fetchCalls).toEqual([]);
  });

  it('entities and character references other than the predefined ones', async () => {
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential>${text}</openbadges:credential></svg>`;
    for (const text of [
      '{&nbsp;}',
      '&xxe;',
      '{"a":"&#0;"}',
      '&#xD800;',
      '&#x110000;',
      '&#99999999;',
    ]) {
      await expectProblem(svg(text), 'bad-text');
    }
    const attr = `<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential verify="a&foo;b"/></svg>`;
    await expectProblem(attr, 'bad-text');
  });

  it('malformed markup', async () => {
    const json = JSON.stringify(MINI);
    for (const [name, svg] of [
      [
        'unterminated CDATA',
        `<svg><openbadges:credential><![CDATA[${json}</openbadges:credential></svg>`,
      ],
      [
        'unterminated comment',
        `<svg><openbadges:credential><!-- ${json}</openbadges:credential></svg>`,
      ],
      ['no end tag', `<svg><openbadges:credential><![CDATA[${json}]]></svg>`],
      ['unclosed element start tag', `<svg><openbadges:credential verify="x.y.z`],
      ['unclosed <svg> start tag', `<svg xmlns="http://www.w3.org/2000/svg" width="1`],
      ['markup inside', `<svg><openbadges:credential><b>${json}</b></openbadges:credential></svg>`],
    ] as const) {
      const error = await failure(svg);
      expect(error.problem, name).toBe('malformed-svg');
    }
  });

  it('an SVG without a credential, or with an empty one', async () => {
    for (const svg of [
      BADGE_SVG,
      '<svg/>',
      '<svg><openbadges:credential/></svg>',
      '<svg><openbadges:credential>  <!-- nothing --> </openbadges:credential></svg>',
      '<svg><openbadges:assertion verify=""></openbadges:assertion></svg>',
    ]) {
      expect((await failure(svg)).code).toBe('ERR_LERKIT_NO_BAKED_CREDENTIAL');
    }
  });

  it('SVG bytes that are not UTF-8', async () => {
    const head = new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg"><!-- `);
    const bytes = new Uint8Array([...head, ...new Uint8Array(5000).fill(0x20), 0xff, 0xfe]);
    await expectProblem(
      new Uint8Array([...bytes, ...new TextEncoder().encode('--></svg>')]),
      'bad-text',
    );
  });

  it('an SVG over 32 Mi characters', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(32 * MB)}</svg>`;
    await expectProblem(svg, 'too-large');
  });

  it('quadratic-looking inputs stay linear: many quotes, comments, CDATA sections', async () => {
    const json = JSON.stringify({ ...MINI, name: ']]>'.repeat(20_000) });
    const split = json.replace(/]]>/g, ']]]]><![CDATA[>');
    const svgs = [
      `<svg a="${"'".repeat(500_000)}"><openbadges:credential><![CDATA[${split}]]></openbadges:credential></svg>`,
      `<svg><openbadges:credential>${'<!---->'.repeat(200_000)}<![CDATA[${json.replace(/]]>/g, '')}]]></openbadges:credential></svg>`,
      `<svg><openbadges:credential verify="${'&amp;'.repeat(200_000)}"/></svg>`,
    ];
    for (const svg of svgs) {
      const start = performance.now();
      await extract(svg).catch((error: unknown) => expect(isLerkitError(error)).toBe(true));
      expect(performance.now() - start).toBeLessThan(BUDGET_MS);
    }
    expect((await extract(svgs[0]!)).credential).toEqual(JSON.parse(json));
  });
});

describe('not images at all', () => {
  it('random bytes, JSON, JPEG, GIF, PDF, HTML, nothing: not-an-image', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const images: (Uint8Array | string)[] = [
      new Uint8Array(),
      '',
      '   ',
      JSON.stringify(MINI),
      encode(JSON.stringify(MINI)),
      badgeJwt.credential as string,
      encode('<html><body><p>A badge</p></body></html>'),
      '<?xml version="1.0"?><root><svgs/></root>',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
      encode('GIF89a\x01\x00\x01\x00'),
      encode('%PDF-1.7\n%âãÏÓ\n'),
      new Uint8Array(SIGNATURE.subarray(0, 7)),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b, 0, 0, 0, 0]),
      // Not UTF-8 in the first bytes:
      new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0x20, 0xff, 0x3e]),
      // UTF-16 SVG:
      new Uint8Array(Buffer.from('\uFEFF<svg xmlns="http://www.w3.org/2000/svg"/>', 'utf16le')),
    ];
    for (let seed = 0; seed < 50; seed++) images.push(randomBytes(seed * 97, seed));
    for (const image of images) {
      await expectProblem(image, 'not-an-image');
      expect(() => bake(image, MINI)).toThrow(expect.objectContaining({ problem: 'not-an-image' }));
    }
  });

  it('verify() reports images it cannot read as parse failures', async () => {
    const now = new Date('2025-06-01T00:00:00Z');
    const truncated = bake(tinyPng(), MINI).subarray(0, 60);
    const invalid = await verify(truncated, { now });
    expect(invalid.verified).toBe(false);
    expect(invalid.findings[0]).toMatchObject({ check: 'parse', code: 'PARSE_IMAGE_INVALID' });
    const doctype = await verify(`<!DOCTYPE x [<!ENTITY a "b">]><svg/>`, { now });
    expect(doctype.findings[0]).toMatchObject({ check: 'parse', code: 'PARSE_IMAGE_INVALID' });
  });
});

describe('bake on hostile images', () => {
  it('refuses broken PNGs with the same typed errors', () => {
    const baked = bake(tinyPng(), MINI);
    expect(() => bake(baked.subarray(0, 40), MINI)).toThrow(
      expect.objectContaining({ problem: 'truncated' }),
    );
    const badCrc = baked.slice();
    badCrc[30]! ^= 1;
    expect(() => bake(badCrc, MINI)).toThrow(expect.objectContaining({ problem: 'bad-crc' }));
  });

  // Regression (a bug this test found, now fixed): bake() decodes SVG bytes with a fatal UTF-8 decoder but does not catch its error
  // (src/bake/bake.ts, `fromUtf8(toBytes(image))` in bake; extract wraps the same case in
  // decodeSvg as 'bad-text'). SVG bytes whose first 4096 bytes are UTF-8 (so they are detected as
  // an SVG) but which have an invalid byte later make bake throw a plain TypeError
  // (ERR_ENCODING_INVALID_ENCODED_DATA) instead of InvalidImageError 'bad-text'.
  it('refuses SVG bytes that are not UTF-8 with a typed error', () => {
    const head = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><!-- ');
    const bytes = new Uint8Array([
      ...head,
      ...new Uint8Array(5000).fill(0x20),
      0xff,
      ...new TextEncoder().encode('--></svg>'),
    ]);
    let error: unknown;
    try {
      bake(bytes, MINI);
    } catch (caught) {
      error = caught;
    }
    expect(isLerkitError(error, 'ERR_LERKIT_INVALID_IMAGE')).toBe(true);
  });

  // Regression (a bug this test found, now fixed): writeSvg (src/bake/svg.ts) removes existing baked elements one at a time, each time
  // rebuilding the whole remaining document and searching it again from the start: quadratic in
  // the number of elements. An SVG of ~330 KB with 1,500 `<openbadges:credential/>` elements
  // between other elements takes seconds to bake (3,000 in 3 MB: ~30 s), so anything that bakes
  // uploaded images can be stalled. Expected: linear time, well under a second.
  it('bakes an SVG with many baked elements in linear time', () => {
    const filler = `<g>${'x'.repeat(200)}</g><openbadges:credential/>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${filler.repeat(1500)}</svg>`;
    const start = performance.now();
    const baked = bake(svg, MINI);
    expect(baked.match(/<openbadges:credential/g)).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(250);
  });
});
