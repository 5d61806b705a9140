// verify() on credentials in formats lerkit does not read (fixtures/unsupported/README.md): never a
// throw, never verified, one PARSE_FORMAT_UNSUPPORTED finding at '' saying what was recognised.
// OB 1.x keeps its own code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { checkOf } from '../helpers/report.js';
import { REPO_ROOT } from '../helpers/spec.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'fixtures', 'unsupported', name));

describe('verify() on unsupported formats', () => {
  it.each([
    ['sd-jwt-vc.txt', /an SD-JWT VC .*typ "dc\+sd-jwt"/],
    ['sd-jwt-vc-key-binding.txt', /an SD-JWT VC .*typ "vc\+sd-jwt".*key binding JWT/],
    [
      'mdoc-mdl.cbor',
      /ISO\/IEC 18013-5 mdoc \(CBOR bytes: an mdoc Document, docType "org\.iso\.18013\.5\.1\.mDL"/,
    ],
    ['mdoc-device-response.b64u.txt', /mdoc \(base64url-encoded CBOR: an mdoc DeviceResponse/],
  ])('%s: not verified, PARSE_FORMAT_UNSUPPORTED at ""', async (name, message) => {
    const bytes = new Uint8Array(fixture(name));
    const inputs: (string | Uint8Array)[] = name.endsWith('.cbor')
      ? [bytes]
      : [bytes, fixture(name).toString('utf8')];
    for (const input of inputs) {
      const report = await verify(input, { now: NOW });
      expect(report.verified).toBe(false);
      expect(report.status).toBe('invalid');
      expect(report.findings.map((f) => [f.code, f.path])).toEqual([
        ['PARSE_FORMAT_UNSUPPORTED', ''],
      ]);
      expect(report.findings[0]?.message).toMatch(message);
      expect(checkOf(report, 'parse')).toMatchObject({ outcome: 'error' });
    }
  });

  it('an OB 1.x assertion keeps TYPE_OB1_UNSUPPORTED (read as JSON)', async () => {
    const report = await verify(fixture('ob1-assertion.json').toString('utf8'), { now: NOW });
    expect(report.verified).toBe(false);
    expect(report.findings.map((f) => f.code)).toEqual(['TYPE_OB1_UNSUPPORTED']);
    expect(checkOf(report, 'parse')?.outcome).toBe('pass');
  });
});
