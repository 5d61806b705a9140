// An image carrying more than one credential is refused (problem `multiple-credentials`): OB 3.0
// §Baking says an `openbadgecredential` iTXt chunk MUST NOT appear more than once (OB 2.0 says the
// same of `openbadges`), and two payloads of any kind would let a verifier and a display read
// different credentials. Every shape: two iTXt chunks of one keyword or of two, an iTXt plus a
// legacy tEXt or zTXt, a second chunk after IDAT; two SVG elements of either name, anywhere.
import { describe, expect, it } from 'vitest';
import { bake, extract } from '../../src/bake/index.js';
import { isLerkitError } from '../../src/errors/index.js';
import { verify } from '../../src/verify/index.js';
import { insertChunks, itxt, pngjsImage, readRawChunks, textChunk, ztxt } from './png-tools.js';
import { BADGE_SVG } from './svg-tools.js';

const OB3 = JSON.stringify({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'first',
});
const OTHER = OB3.replace('first', 'second');
const OB2 = JSON.stringify({
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://example.org/a/1',
});

async function problemOf(image: Uint8Array | string): Promise<unknown> {
  try {
    await extract(image);
  } catch (error) {
    expect(isLerkitError(error, 'ERR_LERKIT_INVALID_IMAGE')).toBe(true);
    return error;
  }
  throw new Error('extract accepted an image with two credentials');
}

const png = () => pngjsImage({ width: 4, height: 4, seed: 7 });

describe('PNG with more than one credential chunk', () => {
  it.each<[string, () => Uint8Array[]]>([
    [
      'two openbadgecredential iTXt',
      () => [itxt('openbadgecredential', OB3), itxt('openbadgecredential', OTHER)],
    ],
    [
      'openbadgecredential iTXt + clrcredential iTXt',
      () => [itxt('openbadgecredential', OB3), itxt('clrcredential', OTHER)],
    ],
    ['two openbadges iTXt (OB 2.0)', () => [itxt('openbadges', OB2), itxt('openbadges', OB2)]],
    [
      'openbadges iTXt + legacy openbadges tEXt',
      () => [itxt('openbadges', OB2), textChunk('openbadges', OB2)],
    ],
    [
      'openbadgecredential iTXt + openbadges tEXt',
      () => [itxt('openbadgecredential', OB3), textChunk('openbadges', OB2)],
    ],
    [
      'a compressed iTXt + an uncompressed one',
      () => [
        itxt('openbadgecredential', OB3, { compressed: true }),
        itxt('openbadgecredential', OTHER),
      ],
    ],
    ['openbadges zTXt + openbadges iTXt', () => [ztxt('openbadges', OB2), itxt('openbadges', OB2)]],
  ])('%s is refused with problem multiple-credentials', async (_name, chunks) => {
    const image = insertChunks(png(), 0, ...chunks());
    const error = await problemOf(image);
    expect(error).toMatchObject({ problem: 'multiple-credentials' });
    expect((error as Error).message).toMatch(/2 credential chunks/);
    // The message names the chunks, never their contents.
    expect((error as Error).message).not.toMatch(/first|second|example\.org/);
  });

  it('a second chunk after the image data is found too', async () => {
    const base = insertChunks(png(), 0, itxt('openbadgecredential', OB3));
    const idat = readRawChunks(base).findIndex((c) => c.type === 'IDAT');
    const image = insertChunks(base, idat, itxt('openbadgecredential', OTHER));
    expect(await problemOf(image)).toMatchObject({ problem: 'multiple-credentials' });
  });

  it('one credential chunk beside other text chunks is read', async () => {
    const image = insertChunks(
      png(),
      0,
      textChunk('Comment', 'made by hand'),
      itxt('openbadgecredential', OB3),
      itxt('Description', 'a badge'),
    );
    expect(await extract(image)).toMatchObject({ source: 'iTXt openbadgecredential' });
  });

  it('bake replaces every existing payload, so its output is never refused', async () => {
    const twice = insertChunks(png(), 0, itxt('openbadges', OB2), textChunk('openbadges', OB2));
    const baked = bake(twice, OB3);
    expect((await extract(baked)).source).toBe('iTXt openbadgecredential');
  });

  it('verify reports it as a failed parse check', async () => {
    const image = insertChunks(
      png(),
      0,
      itxt('openbadgecredential', OB3),
      itxt('openbadgecredential', OTHER),
    );
    const report = await verify(image);
    expect(report.verified).toBe(false);
    expect(report.checks[0]).toMatchObject({ check: 'parse', outcome: 'error' });
    expect(report.findings[0]).toMatchObject({ code: 'PARSE_IMAGE_MULTIPLE_CREDENTIALS' });
    expect(report.findings[0]?.message).toMatch(/exactly one/);
  });
});

describe('SVG with more than one baked element', () => {
  const element = (name: 'credential' | 'assertion', json: string) =>
    `<openbadges:${name}><![CDATA[${json}]]></openbadges:${name}>`;
  const withElements = (...elements: string[]) =>
    BADGE_SVG.replace(
      '<svg xmlns="http://www.w3.org/2000/svg"',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"',
    ).replace('<title>', `${elements.join('\n')}<title>`);

  it.each<[string, () => string]>([
    [
      'two <openbadges:credential>',
      () => withElements(element('credential', OB3), element('credential', OTHER)),
    ],
    [
      '<openbadges:credential> + <openbadges:assertion>',
      () => withElements(element('credential', OB3), element('assertion', OB2)),
    ],
    [
      'two <openbadges:assertion>',
      () => withElements(element('assertion', OB2), element('assertion', OB2)),
    ],
    [
      'a JWT element + a JSON element',
      () => withElements('<openbadges:credential verify="a.b.c"/>', element('credential', OB3)),
    ],
    [
      'a second element at the end of the image',
      () =>
        withElements(element('credential', OB3)).replace(
          '</svg>',
          `${element('credential', OTHER)}</svg>`,
        ),
    ],
  ])('%s is refused with problem multiple-credentials', async (_name, svg) => {
    const error = await problemOf(svg());
    expect(error).toMatchObject({ problem: 'multiple-credentials' });
    expect((error as Error).message).not.toMatch(/first|second/);
    // As bytes too.
    expect(await problemOf(new TextEncoder().encode(svg()))).toMatchObject({
      problem: 'multiple-credentials',
    });
  });

  it('an element inside a comment or CDATA is not a second one', async () => {
    const svg = withElements(element('credential', OB3)).replace(
      '<!-- rest-of-image -->',
      `<!-- ${element('credential', OTHER)} -->`,
    );
    expect(await extract(svg)).toMatchObject({ source: 'openbadges:credential' });
  });

  it('bake replaces every existing element', async () => {
    const svg = withElements(element('credential', OTHER), element('assertion', OB2));
    const baked = bake(svg, OB3);
    expect(((await extract(baked)).credential as { name: string }).name).toBe('first');
  });
});
