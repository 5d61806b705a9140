// verify() accepts baked images: it extracts the credential and verifies it, saying where it came
// from in the parse check. A baked PNG and SVG of the valid eddsa-rdfc-2022 fixture (and of a
// VC-JWT and a CLR) verify; the same PNG and SVG with one character of the credential changed —
// the image itself still valid, CRC fixed — fail the proof check; images without a credential,
// broken images and OB 2.0 hosted-assertion URLs fail the parse check with their own codes.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bake } from '../../src/bake/index.js';
import type { CheckId } from '../../src/report/index.js';
import { type VerificationReport, verify } from '../../src/verify/index.js';
import { checkOf } from '../helpers/report.js';
import { readFixture } from '../helpers/spec.js';
import {
  assemble,
  bakedChunks,
  decode,
  itxt,
  pngjsImage,
  readRawChunks,
  textChunk,
} from './png-tools.js';
import { BADGE_SVG } from './svg-tools.js';

interface Fixture {
  input: object | string;
  options: { now: string };
}
const fixture = (name: string) => readFixture<Fixture>('verify', `${name}.json`);
const VALID = fixture('valid-eddsa-rdfc-2022');
const JWT = fixture('valid-vc-jwt-EdDSA');
const CLR = fixture('clr-valid');
const NOW = { now: new Date(VALID.options.now) };
const PNG = pngjsImage({ width: 12, height: 12, seed: 50 });

const fetchCalls: unknown[] = [];
beforeAll(() => {
  vi.stubGlobal('fetch', (...args: unknown[]) => {
    fetchCalls.push(args);
    throw new Error('network access during verification');
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  expect(fetchCalls).toEqual([]);
});

function check(report: VerificationReport, id: CheckId) {
  const found = checkOf(report, id);
  expect(found, `check ${id} in ${JSON.stringify(report.checks)}`).toBeDefined();
  return found!;
}

function expectValid(report: VerificationReport, from: string) {
  expect({ verified: report.verified, status: report.status }).toEqual({
    verified: true,
    status: 'valid',
  });
  expect(check(report, 'parse')).toMatchObject({ outcome: 'pass' });
  expect(check(report, 'parse').message).toContain(from);
  expect(check(report, 'proof')).toMatchObject({ outcome: 'pass' });
}

/** The PNG with the baked text edited, the chunk's CRC recomputed: a valid image. */
function editBakedPng(png: Uint8Array, edit: (text: string) => string): Uint8Array {
  const chunks = readRawChunks(png).map((raw) => {
    if (raw.type !== 'iTXt') return raw;
    const keyword = raw.data.toString('latin1', 0, raw.data.indexOf(0));
    const text = raw.data.toString('utf8', keyword.length + 5);
    return { type: 'iTXt', data: itxt(keyword, edit(text)).subarray(8, -4) };
  });
  return assemble(chunks);
}

describe('verify() on baked images', () => {
  it('a baked PNG of a valid badge verifies (Uint8Array and ArrayBuffer)', async () => {
    const baked = bake(PNG, VALID.input);
    expectValid(await verify(baked, NOW), 'from a baked PNG (iTXt openbadgecredential)');
    expectValid(
      await verify(bake(PNG.slice().buffer, VALID.input), NOW),
      'from a baked PNG (iTXt openbadgecredential)',
    );
  });

  it('a baked SVG of a valid badge verifies (text and bytes)', async () => {
    const baked = bake(BADGE_SVG, VALID.input);
    expectValid(await verify(baked, NOW), 'from a baked SVG (openbadges:credential)');
    expectValid(
      await verify(new TextEncoder().encode(baked), NOW),
      'from a baked SVG (openbadges:credential)',
    );
  });

  it('a baked VC-JWT verifies, in a PNG and in an SVG', async () => {
    const now = { now: new Date(JWT.options.now) };
    const png = await verify(bake(PNG, JWT.input), now);
    expectValid(png, 'from a baked PNG (iTXt openbadgecredential)');
    expect(check(png, 'parse').message).toContain('VC-JWT');
    expectValid(await verify(bake(BADGE_SVG, JWT.input), now), 'from a baked SVG');
  });

  it('a baked CLR verifies, with its nested credentials', async () => {
    const report = await verify(bake(PNG, CLR.input), { now: new Date(CLR.options.now) });
    expectValid(report, 'from a baked PNG (iTXt clrcredential)');
    expect(report.kind).toBe('ClrCredential');
    expect(report.nested?.map((n) => n.verified)).toEqual([true, true]);
  });

  it('a baked PNG with one character of the credential changed fails the proof check', async () => {
    const baked = bake(PNG, VALID.input);
    const tampered = editBakedPng(baked, (text) => {
      const edited = text.replace('"name":"Teamwork"', '"name":"Teamwerk"');
      expect(edited).not.toBe(text);
      expect(edited).toHaveLength(text.length);
      return edited;
    });
    // Still a valid image, with the same picture, every CRC right.
    expect(readRawChunks(tampered).every((c) => c.crcValid)).toBe(true);
    expect(decode(tampered).data.equals(decode(PNG).data)).toBe(true);
    expect(bakedChunks(tampered)[0]?.text).toContain('"name":"Teamwerk"');
    const report = await verify(tampered, NOW);
    expect(report.verified).toBe(false);
    expect(report.status).toBe('invalid');
    expect(check(report, 'parse')).toMatchObject({ outcome: 'pass' });
    expect(check(report, 'proof')).toMatchObject({
      outcome: 'error',
      code: 'PROOF_SIGNATURE_INVALID',
    });
  });

  it('a baked SVG with one character of the credential changed fails the proof check', async () => {
    const baked = bake(BADGE_SVG, VALID.input);
    const tampered = baked.replace('"name":"Teamwork"', '"name":"Teamwerk"');
    expect(tampered).not.toBe(baked);
    const report = await verify(tampered, NOW);
    expect(report.verified).toBe(false);
    expect(check(report, 'proof')).toMatchObject({ outcome: 'error' });
  });

  it('a baked VC-JWT with one character changed fails the proof check', async () => {
    const jwt = JWT.input as string;
    const signatureAt = jwt.lastIndexOf('.') + 5;
    const flipped = jwt[signatureAt] === 'A' ? 'B' : 'A';
    const tamperedJwt = jwt.slice(0, signatureAt) + flipped + jwt.slice(signatureAt + 1);
    const png = editBakedPng(bake(PNG, jwt), () => tamperedJwt);
    const report = await verify(png, { now: new Date(JWT.options.now) });
    expect(report.verified).toBe(false);
    expect(check(report, 'proof')).toMatchObject({ outcome: 'error' });
  });

  it('a PNG or SVG without a credential: parse fails with PARSE_IMAGE_NO_CREDENTIAL', async () => {
    for (const image of [PNG, BADGE_SVG, new TextEncoder().encode(BADGE_SVG)]) {
      const report = await verify(image, NOW);
      expect(report.verified).toBe(false);
      expect(report.findings[0]).toMatchObject({
        check: 'parse',
        code: 'PARSE_IMAGE_NO_CREDENTIAL',
      });
    }
  });

  it('a broken image: parse fails with PARSE_IMAGE_INVALID', async () => {
    const baked = bake(PNG, VALID.input);
    const badCrc = baked.slice();
    badCrc[baked.length - 1]! ^= 1;
    for (const image of [
      badCrc,
      baked.subarray(0, baked.length - 20),
      '<!DOCTYPE svg [<!ENTITY a "b">]><svg/>',
    ]) {
      const report = await verify(image, NOW);
      expect(report.findings[0]).toMatchObject({ check: 'parse', code: 'PARSE_IMAGE_INVALID' });
    }
  });

  it('an OB 2.0 hosted-assertion URL: parse fails, and the URL is not fetched', async () => {
    const url = 'https://example.org/assertions/123';
    const png = assemble([
      ...readRawChunks(PNG).slice(0, 1),
      { type: 'tEXt', data: textChunk('openbadges', url).subarray(8, -4) },
      ...readRawChunks(PNG).slice(1),
    ]);
    const report = await verify(png, NOW);
    expect(report.findings[0]).toMatchObject({ check: 'parse', code: 'PARSE_HOSTED_ASSERTION' });
    expect(report.findings[0]?.message).toContain(url);
    expect(fetchCalls).toEqual([]);
  });
});
