// Baked OB 2.0 badges (OB 2.0 Baking Specification): hosted (the assertion JSON, or just its URL)
// and signed (the JWS), in PNG and SVG, bake → extract → verify round trips, and their negative
// twins. The URL a badge carries is loaded through the verifier's loader, never fetched unasked.
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bake, extract } from '../../src/bake/index.js';
import { verify } from '../../src/verify/index.js';
import { chunk, ihdrData, pngOf, textChunk, textChunks } from '../bake/png-tools.js';
import { BADGE_SVG } from '../bake/svg-tools.js';
import { checkOf, errorCodes } from '../helpers/report.js';
import { HOSTED_ID, NOW, world } from './world.js';

const PNG = pngOf(
  chunk('IHDR', ihdrData(2, 2, 8, 0)),
  chunk('IDAT', deflateSync(Buffer.from([0, 10, 20, 0, 30, 40]))),
  chunk('IEND'),
);

let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

const images = { png: () => PNG, svg: () => BADGE_SVG } as const;

describe.each(Object.keys(images) as (keyof typeof images)[])('a baked %s', (format) => {
  const image = () => images[format]();

  it('hosted, the assertion JSON: extracts it exactly and verifies', async () => {
    const baked = bake(image(), w.hosted);
    const extracted = await extract(baked);
    expect(extracted).toMatchObject({ format, kind: 'OB2Assertion', credential: w.hosted });
    if (format === 'svg') {
      // OB 2.0 Baking §SVGs: `verify` is the hosted assertion's URL, the JSON is the body.
      expect(baked).toContain(`<openbadges:assertion verify="${HOSTED_ID}"><![CDATA[`);
      expect(baked).toContain('xmlns:openbadges="http://openbadges.org"');
    }
    const report = await verify(baked, { resources: w.resources, now: NOW });
    expect(report).toMatchObject({ verified: true, status: 'valid', kind: 'OB2Assertion' });
    expect(checkOf(report, 'parse')?.message).toContain(`from a baked ${format.toUpperCase()}`);
  });

  it('hosted, just the URL: loads it through resources and verifies', async () => {
    const baked = bake(image(), HOSTED_ID);
    expect(await extract(baked)).toMatchObject({ format, kind: 'unknown', credential: HOSTED_ID });
    if (format === 'svg') {
      expect(baked).toContain(
        `<openbadges:assertion verify="${HOSTED_ID}"></openbadges:assertion>`,
      );
    }
    const report = await verify(baked, { resources: w.resources, now: NOW });
    expect(report).toMatchObject({ verified: true, status: 'valid', kind: 'OB2Assertion' });
  });

  it('signed, the JWS: extracts it exactly and verifies', async () => {
    const baked = bake(image(), w.signed);
    expect(await extract(baked)).toMatchObject({
      format,
      kind: 'OB2Assertion',
      credential: w.signed,
    });
    if (format === 'svg') {
      expect(baked).toContain(`<openbadges:assertion verify="${w.signed}"></openbadges:assertion>`);
    }
    const report = await verify(baked, { resources: w.resources, now: NOW });
    expect(report).toMatchObject({ verified: true, status: 'valid', format: 'jws' });
  });

  it('twins: a tampered baked JWS, a hosted URL nothing supplies (not fetched)', async () => {
    const [h, p, s] = w.signed.split('.') as [string, string, string];
    const payload = Buffer.from(p, 'base64url');
    payload[payload.indexOf('beths')] = 'c'.charCodeAt(0);
    const tampered = bake(image(), `${h}.${payload.toString('base64url')}.${s}`);
    expect(errorCodes(await verify(tampered, { resources: w.resources, now: NOW }))).toEqual([
      'PROOF_SIGNATURE_INVALID',
    ]);
    const fetch = vi.fn();
    const report = await verify(bake(image(), HOSTED_ID), { now: NOW });
    expect(report.findings[0]).toMatchObject({ check: 'parse', code: 'PARSE_HOSTED_ASSERTION' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('legacy baked PNG (OB 2.0 Baking §Legacy PNGs)', () => {
  it('a tEXt openbadges chunk with the hosted URL is loaded and verified', async () => {
    const legacy = pngOf(
      chunk('IHDR', ihdrData(2, 2, 8, 0)),
      textChunk('openbadges', HOSTED_ID),
      chunk('IDAT', deflateSync(Buffer.from([0, 10, 20, 0, 30, 40]))),
      chunk('IEND'),
    );
    expect(textChunks(legacy)[0]).toMatchObject({ type: 'tEXt', keyword: 'openbadges' });
    const report = await verify(legacy, { resources: w.resources, now: NOW });
    expect(report).toMatchObject({ verified: true, kind: 'OB2Assertion' });
    expect(checkOf(report, 'parse')?.message).toContain('tEXt openbadges');
  });

  it('a URL baked with bake() goes in an uncompressed iTXt openbadges chunk', () => {
    const chunks = textChunks(bake(PNG, HOSTED_ID));
    expect(chunks).toEqual([
      expect.objectContaining({
        type: 'iTXt',
        keyword: 'openbadges',
        text: HOSTED_ID,
        compressionFlag: 0,
      }),
    ]);
  });
});
