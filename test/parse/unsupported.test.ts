// Formats lerkit recognises but does not read (issue 18 item 12): SD-JWT VCs and ISO mdocs are
// named in a PARSE_FORMAT_UNSUPPORTED result; everything else is read (or refused) as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectUnsupportedFormat, parseInput } from '../../src/parse/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'fixtures', 'unsupported', name));
const text = (name: string) => fixture(name).toString('utf8');
const b64u = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('detectUnsupportedFormat', () => {
  it('names an SD-JWT VC (typ dc+sd-jwt), its vct and its disclosures', () => {
    const found = detectUnsupportedFormat(text('sd-jwt-vc.txt'));
    expect(found).toMatchObject({ format: 'sd-jwt-vc', name: 'SD-JWT VC' });
    expect(found?.message).toContain('typ "dc+sd-jwt"');
    expect(found?.message).toContain('vct "https://credentials.example.edu/types/open-badge"');
    expect(found?.message).toContain('2 disclosures');
  });

  it('names an SD-JWT VC with the earlier typ vc+sd-jwt and a key binding JWT', () => {
    const found = detectUnsupportedFormat(text('sd-jwt-vc-key-binding.txt'));
    expect(found).toMatchObject({ format: 'sd-jwt-vc' });
    expect(found?.message).toMatch(/typ "vc\+sd-jwt".*2 disclosures, a key binding JWT/);
  });

  it('names an SD-JWT that is not typed as a VC as an SD-JWT', () => {
    const sdJwt = `${b64u({ alg: 'ES256' })}.${b64u({ _sd: [] })}.c2ln~${b64u(['s', 'a', 1])}~`;
    expect(detectUnsupportedFormat(sdJwt)).toMatchObject({ format: 'sd-jwt', name: 'SD-JWT' });
  });

  it('names a bare JWT typed dc+sd-jwt (disclosures dropped) as an SD-JWT VC', () => {
    const jwt = `${b64u({ alg: 'ES256', typ: 'dc+sd-jwt' })}.${b64u({ vct: 'x' })}.c2ln`;
    expect(detectUnsupportedFormat(jwt)).toMatchObject({ format: 'sd-jwt-vc' });
  });

  it('names an ISO mdoc in CBOR bytes, with its docType', () => {
    const found = detectUnsupportedFormat(new Uint8Array(fixture('mdoc-mdl.cbor')));
    expect(found).toMatchObject({ format: 'mdoc', name: 'ISO mdoc' });
    expect(found?.message).toContain('CBOR bytes: an mdoc Document');
    expect(found?.message).toContain('docType "org.iso.18013.5.1.mDL", a mobile driving licence');
  });

  it('names an mdoc DeviceResponse given as base64url text', () => {
    const found = detectUnsupportedFormat(text('mdoc-device-response.b64u.txt'));
    expect(found).toMatchObject({ format: 'mdoc' });
    expect(found?.message).toContain('base64url-encoded CBOR: an mdoc DeviceResponse');
  });

  it('names an SD-JWT in the JWS JSON serialization', () => {
    const json = {
      protected: b64u({ alg: 'ES256', typ: 'dc+sd-jwt' }),
      payload: b64u({ vct: 'x' }),
      signature: 'c2ln',
      header: { disclosures: [] },
    };
    expect(detectUnsupportedFormat(json)).toMatchObject({ format: 'sd-jwt-vc' });
  });

  it.each([
    [
      'a VC-JWT',
      `${b64u({ alg: 'EdDSA', typ: 'vc+jwt' })}.${b64u({ type: ['VerifiableCredential'] })}.c2ln`,
    ],
    ['JSON text', '{"type":["VerifiableCredential"]}'],
    ['plain words', 'hello world'],
    ['a tilde in text', 'a~b~c'],
    ['a JWT-looking first part that is not', 'abc.def.ghi~x~'],
    ['base64url that is not CBOR', Buffer.from('just some text here').toString('base64url')],
    ['broken base64url', 'A'.repeat(17)],
    ['CBOR map without mdoc keys', Buffer.from([0xa1, 0x61, 0x61, 0x01]).toString('base64url')],
  ])('recognises nothing in %s', (_what, input) => {
    expect(detectUnsupportedFormat(input)).toBeUndefined();
  });

  it.each([
    ['an empty byte array', new Uint8Array()],
    ['a CBOR map header alone', Uint8Array.of(0xa2)],
    ['the mdoc cut short', new Uint8Array(fixture('mdoc-mdl.cbor').subarray(0, 20))],
    [
      'a docType with a truncated value',
      Uint8Array.of(0xa1, 0x67, ...Buffer.from('docType'), 0x78),
    ],
    ['an ArrayBuffer', new ArrayBuffer(8)],
  ])('never throws on %s', (_what, input) => {
    expect(() => detectUnsupportedFormat(input)).not.toThrow();
  });

  it('still names an mdoc whose docType value is cut off', () => {
    const bytes = Buffer.concat([
      Uint8Array.of(0xa2, 0x6c),
      Buffer.from('issuerSigned'),
      Uint8Array.of(0xa0, 0x67),
      Buffer.from('docType'),
      Uint8Array.of(0x75),
    ]);
    const found = detectUnsupportedFormat(new Uint8Array(bytes));
    expect(found).toMatchObject({ format: 'mdoc' });
    expect(found?.message).not.toContain('docType');
  });
});

describe('parseInput', () => {
  it.each([
    ['sd-jwt-vc.txt', 'SD-JWT VC'],
    ['sd-jwt-vc-key-binding.txt', 'SD-JWT VC'],
    ['mdoc-device-response.b64u.txt', 'ISO/IEC 18013-5 mdoc'],
  ])('reports %s as PARSE_FORMAT_UNSUPPORTED, as text and as bytes', (name, what) => {
    for (const input of [text(name), new Uint8Array(fixture(name))]) {
      const parsed = parseInput(input);
      expect(parsed).toMatchObject({ ok: false, code: 'PARSE_FORMAT_UNSUPPORTED' });
      expect(!parsed.ok && parsed.message).toContain(what);
    }
  });

  it('reports mdoc CBOR bytes as PARSE_FORMAT_UNSUPPORTED, not PARSE_INVALID_UTF8', () => {
    const parsed = parseInput(new Uint8Array(fixture('mdoc-mdl.cbor')));
    expect(parsed).toMatchObject({
      ok: false,
      code: 'PARSE_FORMAT_UNSUPPORTED',
      unsupported: { format: 'mdoc' },
    });
    // Other bytes that are not UTF-8 keep their code.
    expect(parseInput(Uint8Array.of(0xff, 0xfe, 0x00))).toMatchObject({
      code: 'PARSE_INVALID_UTF8',
    });
  });

  it('reads an OB 1.x assertion as JSON (its own code comes later: TYPE_OB1_UNSUPPORTED)', () => {
    expect(parseInput(text('ob1-assertion.json'))).toMatchObject({ ok: true, format: 'json' });
  });

  it('keeps PARSE_UNRECOGNIZED for text that is no known format', () => {
    expect(parseInput('a~b~c')).toMatchObject({ ok: false, code: 'PARSE_UNRECOGNIZED' });
  });
});
