// Property tests (fast-check). Random credentials — random JSON with a fixed @context and type so
// they are read as OB 3.0, Endorsement or CLR credentials, with strings full of `]]>`, `<`, `&`,
// quotes, emoji, control characters, lone surrogates — as objects, JSON text or VC-JWT, baked into
// random PNGs (random size, colour type and pixels, written by pngjs, sometimes with other text
// chunks, split IDATs or a credential already baked) and random SVGs (random attributes on <svg>,
// a prolog, comments, CDATA elsewhere, sometimes a baked element already): extract gives back
// exactly the credential, the picture and the rest of the document are untouched. And random byte
// edits of baked images (flip, set, insert, delete, duplicate, truncate; for PNGs sometimes with
// the CRCs fixed so the edit reaches the chunk contents) never crash or hang extract or bake: they
// return, or throw a LerkitError, within a time budget.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bake, extract } from '../../src/bake/index.js';
import { isLerkitError } from '../../src/errors/index.js';
import { CLR_NS, type Json, OB2_NS, OB3_NS, type Payload, payloads } from './payloads.js';
import {
  assemble,
  bakedChunks,
  decode,
  insertChunks,
  itxt,
  otherChunks,
  pngjsImage,
  readRawChunks,
  splitIdat,
  textChunk,
  ztxt,
} from './png-tools.js';
import {
  BADGE_SVG,
  bakedElementCount,
  elementAfterStartTag,
  escapeXml,
  NOT_XML_CHAR,
  namespaceBindings,
  outsideCdata,
  svgStartTag,
} from './svg-tools.js';

const BUDGET_MS = 1000;
const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

// ---------------------------------------------------------------------------------------------
// Credentials.

/**
 * Pieces of strings that are special somewhere: in CDATA, in attributes, in JSON, in UTF-8.
 * Not here: the baked element's own end tags (`</openbadges:credential>`,
 * `</openbadges:assertion>`), which break the round trip — see the regression tests below.
 */
const FRAGMENTS = [
  ']]>',
  ']]',
  ']',
  '"}]]>',
  '<![CDATA[',
  '<',
  '>',
  '&',
  '&amp;',
  '&#x26;',
  '&lt;',
  '"',
  "'",
  '\\',
  '/',
  '😀',
  '🏳️‍🌈',
  'é',
  'Ω',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uFFFD',
  '\uFFFF',
  '\ud800',
  '\udfff',
  '\n',
  '\r\n',
  '\t',
  '<!--',
  '-->',
  '<svg>',
  '</svg>',
  '<openbadges:assertion>',
  '<openbadges:credential/>',
  ' verify="x.y.z"',
  'https://example.org/',
  'eyJhbGciOiJFZERTQSJ9.e30.AAAA',
];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    text,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const KINDS = {
  ob3: {
    kind: 'AchievementCredential',
    type: 'OpenBadgeCredential',
    context: [VC2, OB3_CONTEXT],
    keyword: 'openbadgecredential',
    namespace: OB3_NS,
  },
  endorsement: {
    kind: 'EndorsementCredential',
    type: 'EndorsementCredential',
    context: [VC2, OB3_CONTEXT],
    keyword: 'openbadgecredential',
    namespace: OB3_NS,
  },
  clr: {
    kind: 'ClrCredential',
    type: 'ClrCredential',
    context: [VC2, CLR_CONTEXT, OB3_CONTEXT],
    keyword: 'clrcredential',
    namespace: CLR_NS,
  },
} as const;

/** A credential to bake: the input, what extract must return, and where it must go. */
interface Generated {
  input: object | string;
  expected: { [key: string]: Json } | string;
  /** The text the image must carry. */
  baked: string;
  kind: string;
  keyword: string;
  namespace: string;
}

const credential: fc.Arbitrary<Generated> = fc
  .record({
    which: fc.constantFrom('ob3', 'ob3', 'endorsement', 'clr'),
    extra: fc.dictionary(text, json, { maxKeys: 6 }),
    name: text,
    form: fc.constantFrom('object', 'object', 'text', 'pretty', 'jwt'),
    signature: fc.uint8Array({ minLength: 0, maxLength: 64 }),
  })
  .map(({ which, extra, name, form, signature }) => {
    const k = KINDS[which as keyof typeof KINDS];
    const document: { [key: string]: Json } = {
      ...extra,
      '@context': [...k.context],
      type: ['VerifiableCredential', k.type],
      name,
    };
    const where = { kind: k.kind, keyword: k.keyword, namespace: k.namespace };
    if (form === 'jwt') {
      const jwt = [
        b64url(JSON.stringify({ alg: 'EdDSA', typ: 'JWT' })),
        b64url(JSON.stringify(document)),
        Buffer.from(signature).toString('base64url'),
      ].join('.');
      return { input: jwt, expected: jwt, baked: jwt, ...where };
    }
    if (form === 'object') {
      return { input: document, expected: document, baked: JSON.stringify(document), ...where };
    }
    const textForm =
      form === 'text' ? JSON.stringify(document) : JSON.stringify(document, null, '\t');
    return { input: ` \n${textForm}\r\n`, expected: document, baked: textForm, ...where };
  });

// ---------------------------------------------------------------------------------------------
// PNGs.

const EXTRA_CHUNKS = {
  software: textChunk('Software', 'pngjs'),
  comment: textChunk('Comment', 'openbadges ]]> <svg>'),
  description: itxt('Description', 'Médaille 🏅', { language: 'fr', translated: 'Description' }),
  copyright: ztxt('Copyright', '(c) Example'),
} as const;
const PREBAKED = [
  itxt('openbadgecredential', '{"old":true}'),
  itxt('clrcredential', '{"old":true}', { compressed: true }),
  textChunk('openbadges', 'https://example.org/assertions/old'),
  ztxt('openbadges', 'https://example.org/assertions/old'),
];

const png = fc
  .record({
    width: fc.integer({ min: 1, max: 64 }),
    height: fc.integer({ min: 1, max: 64 }),
    colorType: fc.constantFrom(0, 2, 4, 6),
    seed: fc.integer(),
    extras: fc.subarray(Object.keys(EXTRA_CHUNKS) as (keyof typeof EXTRA_CHUNKS)[]),
    prebaked: fc.option(fc.subarray(PREBAKED, { minLength: 1 }), { nil: undefined }),
    split: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  })
  .map(({ width, height, colorType, seed, extras, prebaked, split }) => {
    let image = pngjsImage({ width, height, seed, colorType: colorType as 0 | 2 | 4 | 6 });
    if (split) image = splitIdat(image, split);
    if (extras.length > 0) image = insertChunks(image, 0, ...extras.map((e) => EXTRA_CHUNKS[e]));
    if (prebaked) {
      const last = readRawChunks(image).length - 2; // the last IDAT
      image = insertChunks(image, last, ...prebaked);
    }
    return image;
  });

describe('round trip, random credentials × random PNGs', () => {
  it('extract gives back exactly the credential; the picture and other chunks are kept', async () => {
    await fc.assert(
      fc.asyncProperty(credential, png, async (c, image) => {
        const baked = bake(image, c.input);
        expect(await extract(baked)).toEqual({
          format: 'png',
          kind: c.kind,
          credential: c.expected,
          source: `iTXt ${c.keyword}`,
        });
        const raw = readRawChunks(baked);
        expect(raw.every((chunk) => chunk.crcValid)).toBe(true);
        expect(bakedChunks(baked).map((t) => [t.index, t.type, t.keyword, t.text])).toEqual([
          [1, 'iTXt', c.keyword, c.baked],
        ]);
        expect(Buffer.concat(otherChunks(baked)).equals(Buffer.concat(otherChunks(image)))).toBe(
          true,
        );
        const before = decode(image);
        const after = decode(baked);
        expect([after.width, after.height]).toEqual([before.width, before.height]);
        expect(after.data.equals(before.data)).toBe(true);
      }),
      { numRuns: 120, seed: 20260301 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// SVGs.

const attrText = fc
  .array(
    fc.constantFrom('a', 'Z', '0', ' ', '>', '/>', '/', '"', "'", '&', '<', '=', 'é', '😀', '#'),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

const attribute = fc
  .record({
    name: fc.constantFrom(
      'width',
      'height',
      'viewBox',
      'id',
      'class',
      'data-note',
      'aria-label',
      'version',
      'fill',
      'style',
      'xml:space',
      'xmlns:xlink',
      'preserveAspectRatio',
    ),
    value: attrText,
    quote: fc.constantFrom('"', "'"),
    space: fc.constantFrom(' ', '\n  ', '\t', '  '),
  })
  .map(({ name, value, quote, space }) => {
    const escaped = value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&apos;');
    return { name, text: `${space}${name}=${quote}${escaped}${quote}` };
  });

/** Comment text: no `--`, nothing that looks like the baked element (see the regression tests). */
const commentText = fc
  .array(fc.constantFrom('a', ' ', '<rect/>', '&', ']]>', '<![CDATA[', '>', 'é', '😀', '<svg>'), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

/** An element that is already baked, as this or another tool would have written it. */
const oldBaked = fc.oneof(
  credential.map((c) =>
    typeof c.expected === 'string'
      ? `<openbadges:credential verify="${c.expected}"></openbadges:credential>`
      : `<openbadges:credential>\n<![CDATA[${c.baked.replace(/]]>/g, ']]]]><![CDATA[>')}]]>\n</openbadges:credential>`,
  ),
  fc.constant('<openbadges:assertion verify="https://example.org/assertions/old"/>'),
  credential.map(
    (c) =>
      `<openbadges:assertion>${escapeXml(typeof c.expected === 'string' ? c.expected : c.baked)}</openbadges:assertion>`,
  ),
);

const child = fc.oneof(
  fc.constant('<rect x="1" y="2" width="3" height="4"/>'),
  fc.integer({ min: 1, max: 99 }).map((r) => `<circle r="${r}" fill="#c33"/>`),
  commentText.map((t) => `<!--${t}-->`),
  fc
    .array(fc.constantFrom('rect { fill: red }', ' > ', '<', '&', ']]', ']', '<rect/>'), {
      maxLength: 4,
    })
    .map((parts) => `<style><![CDATA[${parts.join('')}]]></style>`),
  text.map((t) => `<text x="0" y="10">${escapeXml(xmlText(t))}</text>`),
  fc.constant('<desc>&lt;openbadges:credential&gt; goes here</desc>'),
  fc.constant('<image xlink:href="https://example.org/x.png" width="1" height="1"/>'),
  fc.constantFrom('\n', '\n  ', ' '),
);

/** Text an SVG can carry: lone surrogates and characters XML does not allow removed. */
function xmlText(value: string): string {
  return value.replace(new RegExp(NOT_XML_CHAR.source, 'gu'), '');
}

interface SvgCase {
  svg: string;
  prolog: string;
  attributes: { name: string; text: string }[];
  /** The children that are not baked elements, in order. */
  kept: string[];
}

const svg: fc.Arbitrary<SvgCase> = fc
  .record({
    prolog: fc.subarray([
      '<?xml version="1.0" encoding="UTF-8"?>\n',
      '<!-- Created with a drawing tool -->\n',
      '<?xml-stylesheet href="style.css" type="text/css"?>\n',
    ]),
    attributes: fc.uniqueArray(attribute, { selector: (a) => a.name, maxLength: 6 }),
    binding: fc.option(
      fc.record({
        namespace: fc.constantFrom(OB3_NS, OB2_NS, CLR_NS, 'urn:example:other'),
        at: fc.nat(),
        quote: fc.constantFrom('"', "'"),
      }),
      { nil: undefined },
    ),
    children: fc.array(child, { maxLength: 6 }),
    baked: fc.array(fc.record({ element: oldBaked, at: fc.nat() }), { maxLength: 2 }),
    selfClosing: fc.boolean(),
  })
  .map(({ prolog, attributes, binding, children, baked, selfClosing }) => {
    const attrs = attributes.map((a) => a.text);
    if (binding) {
      attrs.splice(
        binding.at % (attrs.length + 1),
        0,
        ` xmlns:openbadges=${binding.quote}${binding.namespace}${binding.quote}`,
      );
    }
    const all = [...children];
    for (const { element, at } of baked) all.splice(at % (all.length + 1), 0, element);
    const head = `${prolog.join('')}<svg xmlns="http://www.w3.org/2000/svg"${attrs.join('')}`;
    const document =
      all.length === 0 && selfClosing ? `${head}/>\n` : `${head}>${all.join('')}</svg>\n`;
    // Whitespace right before an old baked element goes with it.
    const kept = children.filter((c) => c.trim() !== '');
    return { svg: document, prolog: prolog.join(''), attributes, kept };
  });

function expectInOrder(haystack: string, needles: string[]) {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    expect(found, `${JSON.stringify(needle)} kept, in order`).toBeGreaterThanOrEqual(0);
    at = found + needle.length;
  }
}

describe('round trip, random credentials × random SVGs', () => {
  it('extract gives back exactly the credential; the rest of the document is kept', async () => {
    await fc.assert(
      fc.asyncProperty(credential, svg, fc.boolean(), async (c, s, asBytes) => {
        const bakedOut = asBytes
          ? new TextDecoder().decode(bake(new TextEncoder().encode(s.svg), c.input))
          : bake(s.svg, c.input);
        expect(await extract(asBytes ? new TextEncoder().encode(bakedOut) : bakedOut)).toEqual({
          format: 'svg',
          kind: c.kind,
          credential: c.expected,
          source: 'openbadges:credential',
        });
        // One baked element, right after the start tag, bound to the right namespace.
        expect(bakedElementCount(bakedOut)).toBe(1);
        expect(namespaceBindings(bakedOut)).toEqual([c.namespace]);
        const element = elementAfterStartTag(bakedOut);
        expect(element?.element).toBe('credential');
        if (typeof c.expected === 'string') expect(element?.verify).toBe(c.expected);
        // The JSON as given, with U+FFFE/U+FFFF (which XML forbids) written as JSON escapes.
        else
          expect(element?.cdata).toBe(
            c.baked.replace(/\uFFFE/g, '\\ufffe').replace(/\uFFFF/g, '\\uffff'),
          );
        // The rest is kept: prolog, attributes, and every other child, in order.
        expect(bakedOut.startsWith(s.prolog)).toBe(true);
        const { tag } = svgStartTag(bakedOut);
        for (const a of s.attributes) expect(tag).toContain(a.text);
        expectInOrder(outsideCdata(bakedOut.slice(svgStartTag(bakedOut).end)), [
          ...s.kept.map((c) => outsideCdata(c)),
          '</svg>',
        ]);
        // Baking the same credential again changes nothing.
        expect(bake(bakedOut, c.input)).toBe(bakedOut);
      }),
      { numRuns: 200, seed: 20260302 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Random edits of baked images.

type Mutation =
  | { op: 'flip'; at: number; bits: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.nat(),
    bits: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    op: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 0xff, 0x3c, 0x3e, 0x5d, 0x26, 0x22, 0x7b),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    switch (m.op) {
      case 'flip':
        if (out.length > 0) out[at] = out[at]! ^ m.bits;
        break;
      case 'set':
        if (out.length > 0) out[at] = m.value;
        break;
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), Buffer.from(m.bytes), out.subarray(at)]);
        break;
      case 'delete':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.count)]);
        break;
      case 'duplicate':
        out = Buffer.concat([out.subarray(0, at + m.count), out.subarray(at)]);
        break;
      case 'truncate':
        out = out.subarray(0, at);
        break;
    }
  }
  return new Uint8Array(out);
}

/** The PNG with every CRC made right again, if its chunk structure can still be read. */
function fixCrcs(bytes: Uint8Array): Uint8Array {
  try {
    return assemble(readRawChunks(bytes));
  } catch {
    return bytes;
  }
}

const MINI = { '@context': [VC2], type: ['VerifiableCredential', 'OpenBadgeCredential'] };

/** Runs extract and bake on an image: they return or throw a LerkitError, within the budget. */
async function survives(image: Uint8Array | string) {
  const start = performance.now();
  try {
    const found = await extract(image);
    expect(['png', 'svg']).toContain(found.format);
    expect(typeof found.credential === 'string' || typeof found.credential === 'object').toBe(true);
  } catch (error) {
    expect(isLerkitError(error), `extract threw ${String(error)}`).toBe(true);
  }
  try {
    bake(image, MINI);
  } catch (error) {
    expect(isLerkitError(error), `bake threw ${String(error)}`).toBe(true);
  }
  expect(performance.now() - start).toBeLessThan(BUDGET_MS);
}

describe('random edits of baked images never crash or hang', () => {
  let pngs: Uint8Array[] = [];
  let svgs: string[] = [];
  beforeAll(async () => {
    const all = await payloads();
    const get = (name: string) => all.find((p) => p.name === name) as Payload;
    const base = pngjsImage({ width: 6, height: 5, seed: 40 });
    const jwt = get('OB 3.0 VC-JWT').credential as string;
    pngs = [
      bake(base, get('OB 3.0 JSON, embedded proof').credential),
      insertChunks(base, 0, itxt('openbadgecredential', jwt, { compressed: true })),
      insertChunks(base, 0, ztxt('openbadges', 'https://example.org/assertions/1')),
      bake(base, get('OB 2.0 signed assertion').credential),
    ];
    svgs = [
      bake(BADGE_SVG, get('OB 3.0 JSON, embedded proof').credential),
      bake(BADGE_SVG, jwt),
      bake(BADGE_SVG, { ...MINI, name: ']]>'.repeat(5) }),
    ];
    // Under 4096 bytes, so that bytes that are not UTF-8 are never detected as an SVG (bake does
    // not catch the decoding error of longer ones: see the regression test in hostile.test.ts).
    for (const s of svgs) expect(new TextEncoder().encode(s).length).toBeLessThan(3500);
  });

  it('PNG bytes, with the CRCs left as they are or fixed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (which, mutations, fix) => {
          const mutated = mutate(pngs[which % pngs.length]!, mutations);
          await survives(fix ? fixCrcs(mutated) : mutated);
        },
      ),
      { numRuns: 600, seed: 20260303 },
    );
  });

  it('SVG bytes and text', async () => {
    const markup = fc.constantFrom(
      '<',
      '>',
      '&',
      ';',
      '"',
      "'",
      ']]>',
      '<![CDATA[',
      '<!--',
      '-->',
      '/',
      '/>',
      '=',
      '<openbadges:credential>',
      '</openbadges:credential>',
      '<openbadges:assertion verify="',
      '<!DOCTYPE x>',
      '&#x0;',
      '&#xFFFFFF;',
      '&lt;',
      '&bogus;',
      '\uFFFF',
      '\ud800',
      '<svg ',
    );
    const textEdit = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: markup }),
      fc.record({
        op: fc.constant('delete' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 40 }),
      }),
      fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.array(textEdit, { minLength: 1, maxLength: 4 }),
        async (which, mutations, edits) => {
          const original = svgs[which % svgs.length]!;
          await survives(mutate(new TextEncoder().encode(original), mutations));
          let edited = original;
          for (const e of edits) {
            const at = e.at % (edited.length + 1);
            edited =
              e.op === 'insert'
                ? edited.slice(0, at) + e.text + edited.slice(at)
                : e.op === 'delete'
                  ? edited.slice(0, at) + edited.slice(at + e.count)
                  : edited.slice(0, at);
          }
          await survives(edited);
        },
      ),
      { numRuns: 600, seed: 20260304 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// What the properties above leave out, because it fails.

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';

describe('SVG baking: text that looks like markup', () => {
  // Regression (a bug this test found, now fixed): src/bake/svg.ts readSvg looks for the element's end tag with a plain
  // `indexOf('</openbadges:credential>')`, which also matches inside the CDATA section. So a
  // credential whose JSON contains the text `</openbadges:credential>` (any string property, e.g.
  // a description quoting the baking spec) is baked into an SVG that extract() refuses:
  // InvalidImageError 'malformed-svg' ("An unterminated CDATA section"). Expected: the end tag is
  // looked for after the CDATA sections, and the credential round-trips.
  it('a credential containing the end tag round-trips', async () => {
    const credential = {
      ...MINI,
      description: 'Bakes as <openbadges:credential>…</openbadges:credential>',
    };
    const baked = bake(SVG, credential);
    expect((await extract(baked)).credential).toEqual(credential);
  });

  // Regression (a bug this test found, now fixed): the same in writeSvg: re-baking that SVG cuts the old element at the end tag inside its
  // CDATA and leaves the rest of the old JSON and a stray `]]></openbadges:credential>` in the
  // document (not well-formed any more). Expected: the same document as baking the original.
  it('re-baking an SVG whose credential contains the end tag replaces it cleanly', () => {
    const old = { ...MINI, description: 'x </openbadges:credential> y' };
    const rebaked = bake(bake(SVG, old), MINI);
    expect(rebaked).toBe(bake(SVG, MINI));
  });

  // Regression (a bug this test found, now fixed): bake() (writeSvg's loop removing old baked elements) and extract() (readSvg) search the
  // whole document for `<openbadges:credential`, comments and CDATA sections included. A valid
  // SVG whose comment or <style> CDATA mentions the element cannot be baked: InvalidImageError
  // 'malformed-svg' ("A baked element has no end tag"). Expected: comments and CDATA are skipped.
  it('bakes an SVG whose comment mentions <openbadges:credential>', async () => {
    const svg = SVG.replace('<rect', '<!-- TODO: bake an <openbadges:credential> here --><rect');
    const baked = bake(svg, MINI);
    expect((await extract(baked)).credential).toEqual(MINI);
  });

  // Regression (a bug this test found, now fixed): same cause, on the reading side: a third-party SVG with a comment mentioning the element
  // before the real one is refused ('malformed-svg', "Markup inside the baked element").
  it('extracts from an SVG with a comment mentioning the element before it', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OB3_NS}">
  <!-- the <openbadges:credential> element follows -->
  <openbadges:credential><![CDATA[${JSON.stringify(MINI)}]]></openbadges:credential>
</svg>`;
    expect((await extract(svg)).credential).toEqual(MINI);
  });

  // Regression (a bug this test found, now fixed): the JSON goes into CDATA as JSON.stringify writes it, and JSON.stringify leaves U+FFFE and
  // U+FFFF unescaped, but XML 1.0 (§2.2 Char) does not allow them anywhere: a credential with such
  // a character gives an SVG that is not well-formed, which XML parsers (and browsers showing the
  // badge) reject. lerkit's own reader does not notice. Expected: those characters written as
  // \uFFFE / \uFFFF escapes in the JSON (it means the same), so the SVG is well-formed.
  it('a baked SVG has only characters XML allows', () => {
    const baked = bake(SVG, { ...MINI, name: 'tab\u0009 ok, \uFFFF not' });
    expect(NOT_XML_CHAR.test(baked)).toBe(false);
  });
});
