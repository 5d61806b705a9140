// The CLI with Open Badges 2.0: `verify` takes hosted assertions (JSON or URL), signed ones (JWS)
// and baked images, with the same output and exit codes as OB 3.0; `convert` re-issues a 2.0 badge
// as an unsigned OB 3.0 credential.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/index.js';
import { generateKeyPair, sign } from '../../src/proof/index.js';
import { validate } from '../../src/validate/index.js';
import { verify } from '../../src/verify/index.js';
import { BADGE_SVG } from '../bake/svg-tools.js';
import { HOSTED_ID, ISSUER_ID, world } from '../ob2/world.js';
import { lerkit } from './run-cli.js';

let dir: string;
let w: Awaited<ReturnType<typeof world>>;
const file = (name: string) => join(dir, name);
const NOW = ['--now', '2024-06-01T00:00:00Z'];
const SIGNED_AT = new Date(Date.parse(NOW[1] as string) - 86_400_000);

beforeAll(async () => {
  w = await world();
  dir = mkdtempSync(join(tmpdir(), 'lerkit-ob2-'));
  const map: Record<string, string> = {};
  for (const [i, [url, document]] of Object.entries(w.resources).entries()) {
    writeFileSync(file(`doc-${i}.json`), JSON.stringify(document));
    map[url] = `doc-${i}.json`;
  }
  writeFileSync(file('map.json'), JSON.stringify(map));
  writeFileSync(file('hosted.json'), JSON.stringify(w.hosted));
  writeFileSync(file('signed.jwt'), w.signed);
  const [h, p, s] = w.signed.split('.') as [string, string, string];
  const payload = Buffer.from(p, 'base64url');
  payload[payload.indexOf('2016-12-31') + 9] = '0'.charCodeAt(0);
  writeFileSync(file('tampered.jwt'), `${h}.${payload.toString('base64url')}.${s}`);
  writeFileSync(file('signed.svg'), bake(BADGE_SVG, w.signed));
  writeFileSync(file('hosted.svg'), bake(BADGE_SVG, HOSTED_ID));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('lerkit verify with OB 2.0 badges', () => {
  it('hosted JSON, signed JWS, baked SVGs and a hosted URL all verify (exit 0)', async () => {
    const result = await lerkit(
      'verify',
      file('hosted.json'),
      file('signed.jwt'),
      file('signed.svg'),
      file('hosted.svg'),
      HOSTED_ID,
      '--resources',
      file('map.json'),
      '--format',
      'json',
      ...NOW,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.summary).toMatchObject({ files: 5, passed: 5, failed: 0, exitCode: 0 });
    expect(output.results.map((r: { file: string }) => r.file)).toContain(HOSTED_ID);
    for (const { report } of output.results) expect(report.kind).toBe('OB2Assertion');
  });

  it('a tampered JWS fails (exit 1) with its code; a URL nothing supplies fails to load', async () => {
    const result = await lerkit(
      'verify',
      file('tampered.jwt'),
      HOSTED_ID,
      '--format',
      'json',
      ...NOW,
    );
    expect(result.code).toBe(1);
    const codes = JSON.parse(result.stdout).results.map(
      (r: { report: { findings: { code: string; severity: string }[] } }) =>
        r.report.findings.filter((f) => f.severity === 'error').map((f) => f.code),
    );
    expect(codes).toEqual([['PARSE_HOSTED_ASSERTION'], ['OB2_DOCUMENT_UNAVAILABLE']]);
  });

  it('validate reads files, not URLs (exit 2)', async () => {
    const result = await lerkit('validate', HOSTED_ID);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lerkit: validate reads files/);
  });
});

describe('lerkit convert', () => {
  it('prints the OB 3.0 credential, lists what is lost on stderr; it validates and verifies once signed', async () => {
    const key = await generateKeyPair({ seed: new Uint8Array(32).fill(23) });
    const result = await lerkit(
      'convert',
      file('hosted.json'),
      '--resources',
      file('map.json'),
      '--issuer',
      key.controller,
    );
    expect(result.code).toBe(0);
    const credential = JSON.parse(result.stdout);
    expect(credential).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'] });
    expect(credential.issuer).toMatchObject({ id: key.controller });
    expect(result.stderr).toContain('lost /verification: ');
    expect(result.stderr).toContain('changed /badge/issuer/id: ');
    expect((await validate(credential)).valid).toBe(true);
    const signed = await sign(credential, { created: SIGNED_AT, key });
    expect((await verify(signed, { now: new Date('2024-06-01T00:00:00Z') })).verified).toBe(true);
  });

  it('reads a signed JWS, a baked image, a hosted URL; --format json gives { credential, lost, changed }', async () => {
    for (const input of [file('signed.jwt'), file('hosted.svg'), HOSTED_ID]) {
      const result = await lerkit(
        'convert',
        input,
        '--resources',
        file('map.json'),
        '--format',
        'json',
      );
      expect(result.code, input).toBe(0);
      const output = JSON.parse(result.stdout);
      expect(Object.keys(output)).toEqual(['credential', 'lost', 'changed']);
      expect(output.credential.issuer.id).toBe(ISSUER_ID);
    }
  });

  it('exit 1 when the badge cannot be converted (its BadgeClass is missing); 2 for misuse', async () => {
    const missing = await lerkit('convert', file('hosted.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^lerkit: cannot convert .*BadgeClass/);
    expect((await lerkit('convert')).code).toBe(2);
    expect((await lerkit('convert', file('hosted.json'), '--format', 'sarif')).code).toBe(2);
    const misplaced = await lerkit('verify', file('hosted.json'), '--issuer', 'did:example:1');
    expect(misplaced).toMatchObject({
      code: 2,
      stderr: 'lerkit: --issuer applies to convert and status create\n',
    });
  });

  it('is in --help', async () => {
    const { stdout } = await lerkit('--help');
    expect(stdout).toContain('convert <input>');
    expect(stdout).toContain('--issuer <id>');
  });
});
