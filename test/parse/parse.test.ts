import { describe, expect, it } from 'vitest';
import { detectKind, detectVcVersion, parseInput } from '../../src/parse/index.js';

describe('detectKind', () => {
  it.each([
    [{ type: ['VerifiableCredential', 'OpenBadgeCredential'] }, 'AchievementCredential'],
    [{ type: ['VerifiableCredential', 'AchievementCredential'] }, 'AchievementCredential'],
    [{ type: ['VerifiableCredential', 'EndorsementCredential'] }, 'EndorsementCredential'],
    [{ type: ['VerifiableCredential', 'ClrCredential'] }, 'ClrCredential'],
    [{ type: 'Profile' }, 'Profile'],
    [{ type: ['Achievement'] }, 'Achievement'],
    [{ type: ['VerifiableCredential'] }, 'VerifiableCredential'],
    [{ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion' }, 'OB2Assertion'],
    [{ '@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass' }, 'OB2BadgeClass'],
    [{ '@context': 'https://w3id.org/openbadges/v2', type: 'Issuer' }, 'OB2Profile'],
    [{ type: 5 }, 'unknown'],
    [{}, 'unknown'],
  ])('%j → %s', (doc, kind) => expect(detectKind(doc)).toBe(kind));
});

describe('detectVcVersion', () => {
  it.each([
    [{ '@context': ['https://www.w3.org/ns/credentials/v2'] }, '2.0'],
    [{ '@context': ['https://www.w3.org/2018/credentials/v1'] }, '1.1'],
    [{ validFrom: 'x' }, '2.0'],
    [{ issuanceDate: 'x' }, '1.1'],
    [{}, undefined],
  ])('%j → %s', (doc, version) => expect(detectVcVersion(doc)).toBe(version));
});

describe('parseInput', () => {
  it('reads objects, JSON text (with a BOM), and compact VC-JWTs', () => {
    expect(parseInput({ a: 1 })).toEqual({ ok: true, format: 'json', document: { a: 1 } });
    expect(parseInput(new TextEncoder().encode('\uFEFF {"a":1} '))).toMatchObject({
      ok: true,
      document: { a: 1 },
    });
    const payload = Buffer.from(JSON.stringify({ vc: { id: 'urn:x' }, iss: 'x' })).toString(
      'base64url',
    );
    expect(parseInput(`eyJhbGciOiJFZERTQSJ9.${payload}.c2ln`)).toMatchObject({
      ok: true,
      format: 'vc-jwt',
      document: { id: 'urn:x' },
    });
  });

  it('returns problems instead of throwing', () => {
    expect(parseInput('{')).toMatchObject({ ok: false, code: 'PARSE_INVALID_JSON' });
    expect(parseInput('"just a string"')).toMatchObject({ ok: false, code: 'PARSE_UNRECOGNIZED' });
    expect(parseInput('eyJ.bm90IGpzb24.x')).toMatchObject({ ok: false, code: 'PARSE_INVALID_JWT' });
    expect(parseInput([] as never)).toMatchObject({ ok: false, code: 'PARSE_NOT_AN_OBJECT' });
  });

  it('throws only for input of no acceptable type', () => {
    expect(() => parseInput(7 as never)).toThrow(
      expect.objectContaining({ code: 'ERR_LERKIT_INVALID_ARGUMENT' }),
    );
  });
});

describe('parse errors do not quote the input', () => {
  it('PARSE_INVALID_JSON gives line and column instead of the text', () => {
    const parsed = parseInput('{\n  "name": "x",\n  SECRET\n}');
    expect(parsed).toEqual({
      ok: false,
      code: 'PARSE_INVALID_JSON',
      message: 'The input is not valid JSON at line 3 column 3 (unexpected character)',
    });
  });
});
