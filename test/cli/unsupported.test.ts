// `lerkit verify` and `lerkit inspect` on credentials in formats lerkit does not read
// (fixtures/unsupported): exit code 1 and a message naming the format; no crash.
import { describe, expect, it } from 'vitest';
import { lerkit } from './run-cli.js';

const NOW = ['--now', '2025-06-01T00:00:00Z'];
const dir = 'fixtures/unsupported';

describe.concurrent('lerkit verify on unsupported formats', () => {
  it.each([
    ['sd-jwt-vc.txt', 'an SD-JWT VC'],
    ['sd-jwt-vc-key-binding.txt', 'an SD-JWT VC'],
    ['mdoc-mdl.cbor', 'ISO/IEC 18013-5 mdoc (CBOR bytes'],
    ['mdoc-device-response.b64u.txt', 'ISO/IEC 18013-5 mdoc (base64url-encoded CBOR'],
  ])('%s: exit 1, PARSE_FORMAT_UNSUPPORTED naming it', async (name, what) => {
    const { code, stdout, stderr } = await lerkit('verify', `${dir}/${name}`, ...NOW);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain(`✗ ${dir}/${name}`);
    expect(stdout).toContain('parse: error PARSE_FORMAT_UNSUPPORTED');
    expect(stdout).toContain(what);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 passed, 1 failed/);
  });

  it('--format json carries the code at pointer ""', async () => {
    const { code, stdout } = await lerkit(
      'verify',
      `${dir}/mdoc-mdl.cbor`,
      '--format',
      'json',
      ...NOW,
    );
    expect(code).toBe(1);
    expect(stdout).toContain('"code": "PARSE_FORMAT_UNSUPPORTED"');
    expect(stdout).toContain('"path": ""');
  });

  it('an OB 1.x assertion keeps TYPE_OB1_UNSUPPORTED', async () => {
    const { code, stdout } = await lerkit('verify', `${dir}/ob1-assertion.json`, ...NOW);
    expect(code).toBe(1);
    expect(stdout).toContain('TYPE_OB1_UNSUPPORTED');
  });
});

describe.concurrent('lerkit inspect on unsupported formats', () => {
  it.each([
    ['sd-jwt-vc.txt', 'SD-JWT VC'],
    ['mdoc-mdl.cbor', 'ISO/IEC 18013-5 mdoc'],
    ['mdoc-device-response.b64u.txt', 'ISO/IEC 18013-5 mdoc'],
  ])('%s: exit 1 with one stderr line naming the format', async (name, what) => {
    const { code, stdout, stderr } = await lerkit('inspect', `${dir}/${name}`);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^lerkit: [^\n]+\n$/);
    expect(stderr).toContain(`${dir}/${name}: PARSE_FORMAT_UNSUPPORTED: `);
    expect(stderr).toContain(what);
  });
});
