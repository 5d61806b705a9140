// Images baked by other tools are read: PNGs and SVGs made here by hand, byte by byte, as the
// OB 2.0 Baking Specification (fixtures/spec/text/ob_v2p0/ob_v2p0-baking.md) and OB 3.0
// §Baked Badge describe them — iTXt `openbadges` with a signed assertion (JWS) or assertion JSON,
// the legacy tEXt `openbadges` with a hosted-assertion URL, `<openbadges:assertion verify="…">`,
// the spec's own SVG examples — and what other tools write although the spec says not to:
// compressed iTXt (flag 1, zlib), zTXt, a language tag and translated keyword.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/bake/index.js';
import { signJwt } from '../../src/proof/index.js';
import { testKey, unsignedBadge } from '../helpers/credentials.js';
import { readSpecText } from '../helpers/spec.js';
import { OB2_ASSERTION, ob2SignedAssertion } from './payloads.js';
import { chunk, ihdrData, itxt, pngOf, textChunk, ztxt } from './png-tools.js';
import { unescapeXml } from './svg-tools.js';

/** A 2×2 grayscale PNG with the given chunks between IHDR and IDAT, written without lerkit. */
function handMadePng(...extra: Uint8Array[]): Uint8Array {
  return pngOf(
    chunk('IHDR', ihdrData(2, 2, 8, 0)),
    ...extra,
    chunk('IDAT', deflateSync(Buffer.from([0, 10, 20, 0, 30, 40]))),
    chunk('IEND'),
  );
}

const OB3_CREDENTIAL = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'http://example.edu/credentials/3732',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'https://example.edu/issuers/565049', type: 'Profile', name: 'Example University' },
  validFrom: '2010-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21', name: 'Zoë «Ω» 🎓' },
};

describe('OB 2.0 baked PNGs (OB 2.0 Baking §PNGs)', () => {
  it('an iTXt openbadges chunk with a signed assertion (JWS)', async () => {
    const jws = await ob2SignedAssertion();
    const png = handMadePng(itxt('openbadges', jws));
    expect(await extract(png)).toEqual({
      format: 'png',
      kind: 'OB2Assertion',
      credential: jws,
      source: 'iTXt openbadges',
    });
  });

  it('an iTXt openbadges chunk with the assertion JSON', async () => {
    const png = handMadePng(itxt('openbadges', JSON.stringify(OB2_ASSERTION, null, 2)));
    expect(await extract(png)).toEqual({
      format: 'png',
      kind: 'OB2Assertion',
      credential: OB2_ASSERTION,
      source: 'iTXt openbadges',
    });
  });

  it('a legacy tEXt openbadges chunk with a hosted-assertion URL', async () => {
    const url = 'https://example.org/assertions/123';
    const png = handMadePng(textChunk('openbadges', url));
    expect(await extract(png)).toEqual({
      format: 'png',
      kind: 'unknown',
      credential: url,
      source: 'tEXt openbadges',
    });
  });

  // The spec's reader stops at the first chunk, but also says a second MUST NOT exist (OB 2.0
  // Baking; OB 3.0 §Baking): lerkit refuses such an image, so no two readers can disagree on it.
  it('refuses several baked chunks instead of picking the first', async () => {
    const png = pngOf(
      chunk('IHDR', ihdrData(1, 1, 8, 0)),
      textChunk('Software', 'x'),
      itxt('openbadges', 'https://example.org/assertions/first'),
      chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
      itxt('openbadges', 'https://example.org/assertions/second'),
      chunk('IEND'),
    );
    await expect(extract(png)).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_IMAGE',
      problem: 'multiple-credentials',
    });
  });
});

describe('OB 2.0 baked SVGs (OB 2.0 Baking §SVGs)', () => {
  const svg = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" viewBox="0 0 512 512">
  ${inner}
  <circle cx="256" cy="256" r="200"/>
</svg>`;

  it.each([
    ['self-closing', '<openbadges:assertion verify="https://example.org/assertion/1"/>'],
    [
      'empty',
      '<openbadges:assertion verify="https://example.org/assertion/1"></openbadges:assertion>',
    ],
    ['single quotes', "<openbadges:assertion verify='https://example.org/assertion/1' />"],
  ])('a hosted-assertion URL in verify (%s)', async (_name, element) => {
    expect(await extract(svg(element))).toEqual({
      format: 'svg',
      kind: 'unknown',
      credential: 'https://example.org/assertion/1',
      source: 'openbadges:assertion',
    });
  });

  it('an escaped URL in verify', async () => {
    const element = '<openbadges:assertion verify="https://example.org/a?x=1&amp;y=&#x32;"/>';
    expect((await extract(svg(element))).credential).toBe('https://example.org/a?x=1&y=2');
  });

  it('a signed assertion in verify, self-closing', async () => {
    const jws = await ob2SignedAssertion();
    expect(await extract(svg(`<openbadges:assertion verify="${jws}"/>`))).toEqual({
      format: 'svg',
      kind: 'OB2Assertion',
      credential: jws,
      source: 'openbadges:assertion',
    });
  });

  it('the assertion JSON in CDATA', async () => {
    const element = `<openbadges:assertion>
    <![CDATA[
      ${JSON.stringify(OB2_ASSERTION, null, 2)}
    ]]>
  </openbadges:assertion>`;
    expect(await extract(svg(element))).toEqual({
      format: 'svg',
      kind: 'OB2Assertion',
      credential: OB2_ASSERTION,
      source: 'openbadges:assertion',
    });
  });

  it('the assertion JSON as escaped text, no CDATA', async () => {
    const element = `<openbadges:assertion>${JSON.stringify(OB2_ASSERTION)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/"/g, '&quot;')}</openbadges:assertion>`;
    expect((await extract(svg(element))).credential).toEqual(OB2_ASSERTION);
  });

  // Regression (a bug this test found, now fixed): the OB 2.0 Baking spec's own example SVG has `verify="<assertion URL>"` and the assertion
  // JSON in the body; its §Extracting says "If there is a body, it will be the JSON representation
  // of a badge assertion". extract() (src/bake/bake.ts: `payload.verify ?? payload.text`) returns
  // the URL (kind 'unknown') instead, so verify() reports PARSE_HOSTED_ASSERTION although the whole
  // assertion is in the image. Expected: the JSON body (kind OB2Assertion).
  it('the spec example: hosted URL in verify and the assertion JSON in the body', async () => {
    const text = readSpecText('text', 'ob_v2p0', 'ob_v2p0-baking.md');
    const example = /``` xml\n([\s\S]*?)```/.exec(text)?.[1];
    expect(example).toContain('<openbadges:assertion verify="https://example.org/assertions/123">');
    const found = await extract(example!);
    expect(found.kind).toBe('OB2Assertion');
    expect(found.credential).toMatchObject({
      id: 'https://example.org/assertions/123',
      type: 'Assertion',
    });
  });
});

describe('OB 3.0 spec examples (§Baked Badge)', () => {
  const specExample = (title: string) => {
    const text = readSpecText('text', 'ob_v3p0', 'ob_v3p0-spec.md');
    const at = text.indexOf(`<pre class="xml example" title="${title}">`);
    expect(at).toBeGreaterThan(0);
    const body = text.slice(text.indexOf('>', at) + 1, text.indexOf('</pre>', at));
    return unescapeXml(body).trim();
  };

  it('the SVG with embedded proof: JSON in CDATA, indented', async () => {
    const found = await extract(specExample('An example of a well baked SVG with embedded proof'));
    expect(found.format).toBe('svg');
    expect(found.kind).toBe('AchievementCredential');
    expect(found.source).toBe('openbadges:credential');
    expect(found.credential).toMatchObject({
      id: 'http://example.edu/credentials/3732',
      credentialSubject: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21' },
    });
  });

  it('the SVG with VC-JWT proof, the placeholder replaced by a real VC-JWT', async () => {
    const key = await testKey(3);
    const jwt = await signJwt(unsignedBadge(key.controller), { key });
    const svg = specExample('An example of a well baked SVG with VC-JWT proof').replace(
      'header.payload.signature',
      jwt,
    );
    expect(await extract(svg)).toEqual({
      format: 'svg',
      kind: 'AchievementCredential',
      credential: jwt,
      source: 'openbadges:credential',
    });
  });

  it('the placeholder JWT itself is not a credential: a typed error', async () => {
    const svg = specExample('An example of a well baked SVG with VC-JWT proof');
    await expect(extract(svg)).rejects.toMatchObject({
      code: 'ERR_LERKIT_INVALID_IMAGE',
      problem: 'bad-text',
    });
  });
});

describe('what other tools write', () => {
  const json = JSON.stringify(OB3_CREDENTIAL);

  it('a compressed iTXt (flag 1, zlib)', async () => {
    const png = handMadePng(
      chunk(
        'iTXt',
        Buffer.concat([
          Buffer.from('openbadgecredential\0\x01\x00\0\0', 'latin1'),
          deflateSync(Buffer.from(json, 'utf8')),
        ]),
      ),
    );
    expect(await extract(png)).toEqual({
      format: 'png',
      kind: 'AchievementCredential',
      credential: OB3_CREDENTIAL,
      source: 'iTXt openbadgecredential',
    });
  });

  it('a compressed iTXt holding a VC-JWT, with a language tag and translated keyword', async () => {
    const key = await testKey(4);
    const jwt = await signJwt(unsignedBadge(key.controller), { key });
    const png = handMadePng(
      itxt('openbadgecredential', jwt, {
        compressed: true,
        language: 'de-DE',
        translated: 'Offenes Abzeichen – Berechtigungsnachweis',
      }),
    );
    expect((await extract(png)).credential).toBe(jwt);
  });

  it('a zTXt openbadges chunk with a hosted-assertion URL', async () => {
    const png = handMadePng(ztxt('openbadges', 'https://example.org/assertions/9'));
    expect(await extract(png)).toMatchObject({
      kind: 'unknown',
      credential: 'https://example.org/assertions/9',
      source: 'zTXt openbadges',
    });
  });

  it('an iTXt clrcredential with surrounding whitespace in the text', async () => {
    const clr = { ...OB3_CREDENTIAL, type: ['VerifiableCredential', 'ClrCredential'] };
    const png = handMadePng(itxt('clrcredential', `\n\t${JSON.stringify(clr, null, 4)}\r\n`));
    expect(await extract(png)).toMatchObject({
      kind: 'ClrCredential',
      credential: clr,
      source: 'iTXt clrcredential',
    });
  });

  it('a baked chunk after the image data, and other text chunks before it', async () => {
    const png = pngOf(
      chunk('IHDR', ihdrData(1, 1, 8, 0)),
      textChunk('Title', 'Teamwork'),
      itxt('Description', 'Ein Abzeichen', { language: 'de', translated: 'Beschreibung' }),
      chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
      itxt('openbadgecredential', json),
      chunk('IEND'),
    );
    expect((await extract(png)).credential).toEqual(OB3_CREDENTIAL);
  });

  it('an SVG whose openbadges prefix is bound with single quotes, pretty-printed', async () => {
    const svg = `<svg
    xmlns='http://www.w3.org/2000/svg'
    xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'>
  <!-- baked by another tool -->
  <openbadges:credential>
    <!-- the credential -->
    <![CDATA[${json.slice(0, 40)}]]><![CDATA[${json.slice(40)}]]>
  </openbadges:credential>
</svg>`;
    expect((await extract(svg)).credential).toEqual(OB3_CREDENTIAL);
  });

  it('an SVG with a byte order mark, as bytes and as text', async () => {
    const svg = `\uFEFF<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential><![CDATA[${json}]]></openbadges:credential></svg>`;
    expect((await extract(svg)).credential).toEqual(OB3_CREDENTIAL);
    expect((await extract(new TextEncoder().encode(svg))).credential).toEqual(OB3_CREDENTIAL);
  });
});
