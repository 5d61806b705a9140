// The `lerkit` command, run as a user runs it: a subprocess on the fixtures in fixtures/cli/
// (regenerate them with `npm run fixtures:cli`). The source runs through tsx, which
// maps the CLI's `lerkit` import to src/ (tsconfig paths), so no build is needed.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKnownIdentifier } from '../../src/cli/args.js';
import { globToRegExp, splitGlob } from '../../src/cli/glob.js';
import { formatJunit } from '../../src/cli/output/junit.js';
import type { Run } from '../../src/cli/output/model.js';
import { REPO_ROOT } from '../helpers/spec.js';
import { type CliResult, lerkit } from './run-cli.js';
import { findAll, parseXml } from './xml.js';

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');
const NOW = ['--now', '2025-06-01T00:00:00Z'];
const MAP = 'fixtures/cli/documents/map.json';

// A real subprocess, as users run it.
function lerkitProcess(...args: string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd: REPO_ROOT, encoding: 'utf8', env },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface JsonOutput {
  version: number;
  results: {
    file: string;
    report: {
      verified?: boolean;
      valid?: boolean;
      status?: string;
      kind: string;
      checks?: { check: string; outcome: string }[];
      findings?: { check: string; code: string; severity: string; path: string }[];
      nested?: unknown[];
    };
  }[];
  summary: { files: number; passed: number; failed: number; warnings: number; exitCode: number };
}

const json = async (pending: CliResult | Promise<CliResult>) =>
  JSON.parse((await pending).stdout) as JsonOutput;
const statusOf = (output: JsonOutput) =>
  Object.fromEntries(output.results.map((r) => [r.file, r.report.status]));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lerkit-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.concurrent('lerkit usage', () => {
  it('--help documents the commands, the JSON output and the exit codes', async () => {
    const { code, stdout } = await lerkit('--help');
    expect(code).toBe(0);
    for (const command of ['validate', 'verify', 'sign', 'bake', 'extract', 'keygen', 'inspect']) {
      expect(stdout).toContain(`  ${command} `);
    }
    expect(stdout).toContain('"version": 1');
    expect(stdout).toMatch(/Exit codes:\n {2}0 {2}.*\n {2}1 {2}.*\n {2}2 {2}usage or I\/O error/);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(await lerkit('--version')).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  const empty = () => {
    const dir = join(tmp, 'empty');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'notes.txt'), 'not a credential');
    return dir;
  };
  it.each<[string, () => string[], RegExp]>([
    ['no command', () => [], /no command/],
    ['an unknown command', () => ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown option', () => ['verify', '--frob', 'x.json'], /unknown option --frob/],
    ['a missing file', () => ['verify', 'fixtures/cli/nope.json'], /no such file.*nope\.json/],
    ['no inputs', () => ['validate'], /usage: lerkit validate/],
    ['a directory without credentials', () => ['verify', empty()], /no credentials .* in /],
    [
      'a glob matching nothing',
      () => ['verify', 'fixtures/cli/**/*.nope.json'],
      /no credentials match/,
    ],
    ['an unknown format', () => ['verify', '--format', 'xml', 'fixtures/cli/valid'], /--format/],
    ['a bad --now', () => ['verify', '--now', 'soon', 'fixtures/cli/valid'], /--now is not a date/],
    [
      'an unknown limit',
      () => ['verify', '--limit', 'proofz=2', 'x.json'],
      /Unknown limit "proofz"/,
    ],
    [
      'a limit that is not n',
      () => ['verify', '--limit', 'proofs=-1', 'x.json'],
      /<name>=<positive/,
    ],
    ['a limit elsewhere', () => ['sign', 'x.json', '--key', 'k', '--limit', 'proofs=1'], /--limit/],
    [
      'a bad --concurrency',
      () => ['verify', '--concurrency', '0', 'fixtures/cli/valid'],
      /--concurrency/,
    ],
    [
      'a bad --known-identifier',
      () => ['verify', '--known-identifier', 'nobody', 'fixtures/cli/valid'],
      /--known-identifier/,
    ],
    [
      'a missing key file',
      () => ['sign', 'fixtures/cli/valid/valid-eddsa-rdfc-2022.json', '--key', 'nope.json'],
      /cannot read nope\.json/,
    ],
    [
      'an unusable key',
      () => ['sign', 'fixtures/cli/valid/valid-eddsa-rdfc-2022.json', '--key', MAP],
      /cannot use key/,
    ],
    [
      'sign without --key',
      () => ['sign', 'fixtures/cli/valid/valid-eddsa-rdfc-2022.json'],
      /sign needs --key/,
    ],
    [
      'bake without --output',
      () => ['bake', 'fixtures/cli/images/badge.png', 'x.json'],
      /bake needs --output/,
    ],
    [
      'extract from a plain image',
      () => ['extract', 'fixtures/cli/images/badge.svg'],
      /badge\.svg: /,
    ],
    [
      'keygen --did web: without a domain',
      () => ['keygen', '--did', 'web:', '-o', 'k.json'],
      /--did web:<domain>/,
    ],
    [
      'a resources map naming a missing file',
      () => ['verify', '--resources', join(tmp, 'bad-map.json'), 'fixtures/cli/valid'],
      /cannot read .*missing\.json/,
    ],
  ])('exits 2 with one stderr line for %s', async (_name, args, message) => {
    writeFileSync(
      join(tmp, 'bad-map.json'),
      JSON.stringify({ 'https://x.example/': 'missing.json' }),
    );
    const { code, stdout, stderr } = await lerkit(...args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^lerkit: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  });
});

describe.concurrent('lerkit verify', () => {
  it('exits 0 when everything verifies: JSON, VC-JWT, baked PNG and SVG, CLR', async () => {
    const { code, stdout } = await lerkit('verify', 'fixtures/cli/valid', ...NOW);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    for (const ext of ['.png', '.svg', '.jwt', 'clr-valid.json']) {
      expect(lines.some((l) => l.startsWith('✓ ') && l.includes(ext) && l.endsWith('valid'))).toBe(
        true,
      );
    }
    expect(lines.at(-1)).toBe('9 passed, 0 failed, 0 warnings');
    expect(stdout).not.toContain('\x1b['); // not a TTY: no colours
  });

  it('exits 1 for a mix, listing each failing check under its file', async () => {
    const { code, stdout } = await lerkit(
      'verify',
      'fixtures/cli/valid/valid-eddsa-rdfc-2022.json',
      'fixtures/cli/invalid',
      ...NOW,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      '✗ fixtures/cli/invalid/tampered.json  AchievementCredential  invalid\n    proof: error PROOF_SIGNATURE_INVALID at /proof — ',
    );
    expect(stdout).toContain('    dates: error DATES_EXPIRED at /validUntil');
    expect(stdout).toContain('      → Ask the issuer for a current credential.');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 4 failed, 0 warnings');
  });

  it('allows warnings, unless --strict', async () => {
    const warning = 'fixtures/cli/warning';
    const lenient = await lerkit('verify', warning, ...NOW);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain(
      '! fixtures/cli/warning/vc-1.1-legacy.json  AchievementCredential  warning',
    );
    expect(lenient.stdout).toContain('0 passed, 0 failed, 2 warnings');
    expect((await lerkit('verify', warning, '--strict', ...NOW)).code).toBe(1);
  });

  it('--format json: version 1, one result per file with the library report unchanged', async () => {
    const result = await lerkit('verify', 'fixtures/cli', '--concurrency', '3', ...NOW);
    const output = await json(
      lerkit('verify', 'fixtures/cli', '--format', 'json', '--concurrency', '3', ...NOW),
    );
    expect(result.code).toBe(1);
    expect(output.version).toBe(1);
    const files = output.results.map((r) => r.file);
    expect(files).toContain('fixtures/cli/images/badge.png'); // a plain image: invalid
    expect(files.filter((f) => f.startsWith('fixtures/cli/documents/'))).toHaveLength(4);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toEqual([...files].sort()); // directory order, whatever the concurrency
    for (const { report } of output.results) {
      expect(report).toEqual(
        expect.objectContaining({ verified: expect.any(Boolean), checks: expect.any(Array) }),
      );
    }
    const statuses = statusOf(output);
    expect(statuses['fixtures/cli/valid/baked-eddsa-rdfc-2022.png']).toBe('valid');
    expect(statuses['fixtures/cli/invalid/expired.json']).toBe('invalid');
    expect(statuses['fixtures/cli/warning/status-list-unreachable.json']).toBe('warning');
    const count = (s: string) => output.results.filter((r) => r.report.status === s).length;
    expect(output.summary).toEqual({
      files: files.length,
      passed: count('valid'),
      failed: count('invalid'),
      warnings: count('warning'),
      exitCode: 1,
    });
  });

  it('--format junit: well-formed XML, a testcase per file and check, failures for failed checks', async () => {
    const args = [
      'fixtures/cli/valid/clr-valid.json',
      'fixtures/cli/invalid',
      'fixtures/cli/warning',
      ...NOW,
    ];
    const { code, stdout } = await lerkit('verify', '--format', 'junit', ...args);
    expect(code).toBe(1);
    const output = await json(lerkit('verify', '--format', 'json', ...args));
    type Report = { checks: { outcome: string }[]; nested?: Report[] };
    const checks = (r: Report): { outcome: string }[] => [
      ...r.checks,
      ...(r.nested ?? []).flatMap(checks),
    ];
    const all = output.results.flatMap((r) => checks(r.report as Report));
    const topFailures = output.results
      .flatMap((r) => (r.report as Report).checks)
      .filter((c) => c.outcome === 'error');

    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(stdout);
    expect(root.name).toBe('testsuites');
    // One <testsuite> per file, written as the file finishes, with that file's counts.
    const suites = findAll(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(output.results.map((r) => r.file));
    const cases = findAll(root, 'testcase');
    expect(cases).toHaveLength(all.length);
    expect(findAll(root, 'failure')).toHaveLength(topFailures.length);
    const total = (name: string) => suites.reduce((n, s) => n + Number(s.attributes[name]), 0);
    expect(total('tests')).toBe(all.length);
    expect(total('failures')).toBe(topFailures.length);
    for (const suite of suites) {
      expect(findAll(suite, 'testcase').length).toBe(Number(suite.attributes.tests));
    }
    const tampered = cases.filter(
      (c) => c.attributes.classname === 'fixtures/cli/invalid/tampered.json',
    );
    expect(tampered.map((c) => c.attributes.name)).toContain('proof');
    const proof = tampered.find((c) => c.attributes.name === 'proof');
    expect(proof?.children[0]).toMatchObject({ name: 'failure', attributes: { type: 'error' } });
    expect(JSON.stringify(proof?.children[0])).toContain('PROOF_SIGNATURE_INVALID');

    // --strict turns warnings into failures.
    const strict = parseXml(
      (await lerkit('verify', '--format', 'junit', '--strict', ...args)).stdout,
    );
    expect(findAll(strict, 'failure').length).toBeGreaterThan(topFailures.length);
  });

  it('--format sarif: one result per failing or warning check, ruleId = code', async () => {
    const { code, stdout } = await lerkit(
      'verify',
      '--format',
      'sarif',
      'fixtures/cli/invalid/tampered.json',
      'fixtures/cli/warning/vc-1.1-legacy.json',
      ...NOW,
    );
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`)).toEqual(
      ['PROOF_SIGNATURE_INVALID:error', 'CONTEXT_VC_V1:warning', 'SCHEMA_VC_V1:warning'],
    );
    expect(results[0].locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'fixtures/cli/invalid/tampered.json' } },
      logicalLocations: [{ fullyQualifiedName: '/proof', kind: 'object' }],
    });
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(['CONTEXT_VC_V1', 'PROOF_SIGNATURE_INVALID', 'SCHEMA_VC_V1']);
    // Valid against the official SARIF 2.1.0 JSON Schema (draft-04; the copy in
    // @microsoft/jest-sarif, a dev dependency for this file only).
    const module = (await import('ajv-draft-04')) as unknown as {
      default: { default?: unknown } & (new (options: object) => unknown);
    };
    const AjvDraft04 = (module.default.default ?? module.default) as new (
      options: object,
    ) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    const schema = JSON.parse(
      readFileSync(
        join(
          REPO_ROOT,
          'node_modules',
          '@microsoft',
          'jest-sarif',
          'lib',
          'schemas',
          'sarif-2.1.0-rtm.5.json',
        ),
        'utf8',
      ),
    );
    // The schema's language-tag pattern is not valid with the `u` flag.
    const validateSarif = new AjvDraft04({
      allErrors: true,
      strict: false,
      unicodeRegExp: false,
    }).compile(schema);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
  });

  it('expands globs: ** across directories, * within a name', async () => {
    const output = await json(
      lerkit(
        'verify',
        'fixtures/cli/**/*.jwt',
        'fixtures/cli/valid/valid-ecdsa-*.json',
        '--format',
        'json',
        ...NOW,
      ),
    );
    expect(output.results.map((r) => r.file)).toEqual([
      'fixtures/cli/valid/valid-vc-jwt-ES256.jwt',
      'fixtures/cli/valid/valid-vc-jwt-EdDSA.jwt',
      'fixtures/cli/valid/valid-ecdsa-rdfc-2019.json',
    ]);
  });

  it('uses documents from a --resources map (did:web, status lists)', async () => {
    const without = await json(
      lerkit('verify', 'fixtures/cli/resources', '--format', 'json', ...NOW),
    );
    expect(statusOf(without)).toEqual({
      'fixtures/cli/resources/revoked-status-list-2021.json': 'warning',
      'fixtures/cli/resources/status-bitstring-valid.json': 'warning',
      'fixtures/cli/resources/valid-did-web.json': 'invalid',
    });
    const result = await lerkit(
      'verify',
      'fixtures/cli/resources',
      '--resources',
      MAP,
      '--format',
      'json',
      ...NOW,
    );
    expect(result.code).toBe(1);
    const output = await json(result);
    expect(statusOf(output)).toEqual({
      'fixtures/cli/resources/revoked-status-list-2021.json': 'invalid',
      'fixtures/cli/resources/status-bitstring-valid.json': 'valid',
      'fixtures/cli/resources/valid-did-web.json': 'valid',
    });
    const report = output.results[0]?.report;
    expect(report?.checks?.find((c) => c.check === 'status')).toMatchObject({ outcome: 'error' });
    expect(report?.findings?.find((f) => f.check === 'status')).toMatchObject({
      code: 'STATUS_REVOKED',
    });
  });

  it('--known-identifier: a subject id, or <identityType>:<value>', async () => {
    const file = 'fixtures/cli/recipient/recipient-matches.json';
    expect(
      (await lerkit('verify', file, '--known-identifier', 'did:example:student-42', ...NOW)).code,
    ).toBe(0);
    const other = await lerkit(
      'verify',
      file,
      '--known-identifier',
      'emailAddress:a@example.com',
      ...NOW,
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('recipient: error RECIPIENT_MISMATCH');
    expect(parseKnownIdentifier('emailAddress:a@example.com')).toEqual({
      identityType: 'emailAddress',
      value: 'a@example.com',
    });
    expect(parseKnownIdentifier('https://example.edu/students/1')).toBe(
      'https://example.edu/students/1',
    );
    expect(parseKnownIdentifier('urn:uuid:1')).toBe('urn:uuid:1');
  });

  it('--output writes the report to a file', async () => {
    const out = join(tmp, 'report.json');
    const { code, stdout } = await lerkit(
      'verify',
      'fixtures/cli/valid',
      '--format',
      'json',
      '--output',
      out,
      ...NOW,
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary).toMatchObject({ files: 9, passed: 9 });
  });
});

describe.concurrent('lerkit validate', () => {
  it('validates JSON, VC-JWT and baked images; the report is the library ValidationReport', async () => {
    const result = await lerkit(
      'validate',
      'fixtures/cli/valid',
      'fixtures/cli/warning',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    const output = await json(result);
    expect(output.results).toHaveLength(11);
    for (const { report } of output.results)
      expect(report).toMatchObject({
        valid: true,
        checks: expect.any(Array),
        findings: expect.any(Array),
      });
    expect(output.summary).toMatchObject({ files: 11, warnings: 1, failed: 0 });
    expect((await lerkit('validate', 'fixtures/cli/warning', '--strict')).code).toBe(1);
  });

  it('exits 1 for a document that is not a credential', async () => {
    const { code, stdout } = await lerkit(
      'validate',
      'fixtures/cli/documents/well-known-did-json.json',
    );
    expect(code).toBe(1);
    expect(stdout).toContain('✗ fixtures/cli/documents/well-known-did-json.json');
  });
});

describe.concurrent('round trips through the CLI', () => {
  const unsigned = (controller: string) => {
    const credential = JSON.parse(
      readFileSync(join(REPO_ROOT, 'fixtures/cli/valid/valid-eddsa-rdfc-2022.json'), 'utf8'),
    );
    delete credential.proof;
    credential.issuer.id = controller;
    const file = join(tmp, `unsigned-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(credential));
    return file;
  };

  it.each([
    ['Ed25519', 'eddsa-rdfc-2022', 'DataIntegrityProof (eddsa-rdfc-2022)'],
    ['Ed25519', 'vc-jwt', 'VC-JWT (EdDSA)'],
    ['P-256', 'ecdsa-rdfc-2019', 'DataIntegrityProof (ecdsa-rdfc-2019)'],
    ['RSA', 'vc-jwt', 'VC-JWT (RS256)'],
  ])('keygen --type %s → sign --suite %s → verify', async (type, suite, proof) => {
    const key = join(tmp, `${type}-${suite}.key.json`);
    expect(await lerkit('keygen', '--type', type, '--output', key)).toMatchObject({
      code: 0,
      stdout: '',
    });
    expect(statSync(key).mode & 0o077).toBe(0);
    const { controller } = JSON.parse(readFileSync(key, 'utf8'));
    const signed = await lerkit('sign', unsigned(controller), '--key', key, '--suite', suite);
    expect(signed.code).toBe(0);
    const out = join(tmp, `${type}-${suite}.signed${suite === 'vc-jwt' ? '.jwt' : '.json'}`);
    writeFileSync(out, signed.stdout);
    expect((await lerkit('verify', out)).code).toBe(0);
    expect((await lerkit('inspect', out)).stdout).toContain(`Proof:       ${proof}`);
  });

  it('keygen --did web:<domain> writes did.json, which verification uses from a map', async () => {
    const dir = join(tmp, 'web');
    mkdirSync(dir);
    const key = join(dir, 'issuer.json');
    const { code, stdout } = await lerkit('keygen', '--did', 'web:issuer.example', '--output', key);
    expect(code).toBe(0);
    expect(stdout).toContain('https://issuer.example/.well-known/did.json');
    const didJson = JSON.parse(readFileSync(join(dir, 'did.json'), 'utf8'));
    expect(didJson.id).toBe('did:web:issuer.example');
    expect(JSON.stringify(didJson)).not.toMatch(/secretKey|"d"/);
    const signed = join(dir, 'signed.json');
    expect(
      (await lerkit('sign', unsigned('did:web:issuer.example'), '--key', key, '-o', signed)).code,
    ).toBe(0);
    expect((await lerkit('verify', signed)).code).toBe(1); // the DID document cannot be had offline
    writeFileSync(
      join(dir, 'map.json'),
      JSON.stringify({ 'https://issuer.example/.well-known/did.json': 'did.json' }),
    );
    expect((await lerkit('verify', signed, '--resources', join(dir, 'map.json'))).code).toBe(0);
  });

  it.each([
    ['badge.png', 'valid-eddsa-rdfc-2022.json'],
    ['badge.svg', 'valid-vc-jwt-EdDSA.jwt'],
  ])('bake %s with %s → extract → verify', async (image, credential) => {
    const baked = join(tmp, `baked-${image}`);
    const bake = await lerkit(
      'bake',
      `fixtures/cli/images/${image}`,
      `fixtures/cli/valid/${credential}`,
      '-o',
      baked,
    );
    expect(bake).toMatchObject({ code: 0, stdout: '' });
    const extracted = await lerkit('extract', baked);
    expect(extracted.code).toBe(0);
    const original = readFileSync(join(REPO_ROOT, 'fixtures/cli/valid', credential), 'utf8');
    if (credential.endsWith('.jwt')) expect(extracted.stdout).toBe(original);
    else expect(JSON.parse(extracted.stdout)).toEqual(JSON.parse(original));
    expect((await lerkit('verify', baked, ...NOW)).code).toBe(0);
  });
});

describe.concurrent('lerkit inspect', () => {
  it('summarises a credential in text or JSON', async () => {
    const text = await lerkit('inspect', 'fixtures/cli/resources/status-bitstring-valid.json');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Kind:        AchievementCredential\n');
    expect(text.stdout).toContain('Issuer:      Example University (did:key:');
    expect(text.stdout).toContain('Achievement: Teamwork\n');
    expect(text.stdout).toContain('Status:      BitstringStatusListEntry\n');
    const summary = JSON.parse(
      (await lerkit('inspect', 'fixtures/cli/valid/clr-valid.json', '--format', 'json')).stdout,
    );
    expect(summary).toMatchObject({
      kind: 'ClrCredential',
      credentials: 2,
      proofs: ['DataIntegrityProof (eddsa-rdfc-2022)'],
      status: [],
    });
  });
});

describe('CLI internals', () => {
  it('globs: the base directory and the pattern below it', async () => {
    expect(splitGlob('a/b/**/*.json')).toEqual({ base: 'a/b', rest: '**/*.json' });
    expect(splitGlob('*.jwt')).toEqual({ base: '.', rest: '*.jwt' });
    const regex = globToRegExp('**/c?-*.json');
    expect(['c1-x.json', 'a/b/c2-.json'].every((p) => regex.test(p))).toBe(true);
    expect(['c12-x.json', 'a/c1-x.jsonx', 'c1-x/y.json'].some((p) => regex.test(p))).toBe(false);
    expect(globToRegExp('a.b/*').test('axb/c')).toBe(false);
  });

  it('JUnit output escapes hostile text', async () => {
    const hostile = `<&>"' \u0001 ]]> </testcase>`;
    const run: Run = {
      command: 'verify',
      strict: false,
      results: [
        {
          file: `x"&<.json`,
          kind: 'AchievementCredential',
          status: 'invalid',
          report: {
            verified: false,
            status: 'invalid',
            kind: 'AchievementCredential',
            checks: [],
            findings: [],
          },
          checks: [{ name: 'proof', check: 'proof', outcome: 'error', message: hostile }],
          findings: [
            {
              name: 'proof',
              check: 'proof',
              code: 'PROOF_SIGNATURE_INVALID',
              severity: 'error',
              message: hostile,
              hint: hostile,
              path: '/a~1b',
            },
          ],
        },
      ],
    };
    const root = parseXml(formatJunit(run));
    const [testcase] = findAll(root, 'testcase');
    expect(testcase?.attributes.classname).toBe('x"&<.json');
    const failure = testcase?.children[0];
    expect(failure?.attributes.message).toBe(`<&>"'  ]]> </testcase>`);
    expect(failure?.text).toContain('at /a~1b');
  });
});

describe('docs/ci-pipeline.md', () => {
  it('the recipe command verifies the example fixtures offline and writes JUnit', async () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'ci-pipeline.md'), 'utf8');
    expect(doc).toContain('npx lerkit verify credentials/badges');
    expect(doc).toContain('--format junit --output lerkit-junit.xml');
    const dir = mkdtempSync(join(tmpdir(), 'lerkit-ci-'));
    try {
      const out = join(dir, 'lerkit-junit.xml');
      // The recipe's command, on lerkit's own example layout (fixtures/cli).
      const result = await lerkit(
        'verify',
        'fixtures/cli/valid',
        'fixtures/cli/resources/valid-did-web.json',
        'fixtures/cli/resources/status-bitstring-valid.json',
        '--resources',
        MAP,
        ...NOW,
        '--format',
        'junit',
        '--output',
        out,
      );
      expect(result.code).toBe(0);
      const xml = parseXml(readFileSync(out, 'utf8'));
      expect(findAll(xml, 'testcase').length).toBeGreaterThan(10);
      expect(findAll(xml, 'failure')).toHaveLength(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('on a terminal', () => {
  // util-linux `script` runs the CLI with a pseudo-terminal as stdout and stderr.
  const hasScript = (() => {
    try {
      return statSync('/usr/bin/script').isFile();
    } catch {
      return false;
    }
  })();
  const onTty = (env: NodeJS.ProcessEnv) =>
    new Promise<string>((resolve, reject) => {
      const command = `node --import tsx ${MAIN} verify fixtures/cli/valid fixtures/cli/invalid ${NOW.join(' ')}`;
      execFile(
        '/usr/bin/script',
        ['-qec', command, '/dev/null'],
        { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' },
        (error, stdout) => (error && error.code !== 1 ? reject(error) : resolve(stdout)),
      );
    });

  it.skipIf(!hasScript)('colours the output and shows progress, unless NO_COLOR', async () => {
    const { NO_COLOR: _unset, ...env } = process.env;
    const coloured = await onTty({ ...env, NO_COLOR: undefined } as NodeJS.ProcessEnv);
    expect(coloured).toContain('\u001b[32m');
    expect(coloured).toMatch(/lerkit verify \d+\/13/);
    const plain = await onTty({ NO_COLOR: '1' });
    // No colour (SGR) codes; the progress line may still erase itself (ESC [K).
    expect(plain).not.toMatch(new RegExp(`${String.fromCharCode(27)}\\[\\d+m`));
    expect(plain).toContain('passed');
  });
});

// --allow-network (the safe fetcher, refusals and a real fetch) is tested in network.test.ts.

describe.concurrent('the lerkit command (subprocess smoke tests)', () => {
  it('prints help and exits 0', async () => {
    const { code, stdout } = await lerkitProcess('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Exit codes:');
  });

  it('verifies files and exits 1 when one fails, with the same text as in-process', async () => {
    const args = ['verify', 'fixtures/cli/invalid/tampered.json', 'fixtures/cli/valid', ...NOW];
    const [subprocess, inProcess] = await Promise.all([lerkitProcess(...args), lerkit(...args)]);
    expect(subprocess.code).toBe(1);
    expect(subprocess.stdout).toBe(inProcess.stdout);
  });

  it('ends a usage error with one stderr line and exit code 2', async () => {
    const { code, stdout, stderr } = await lerkitProcess('verify', '--format', 'yaml', 'x.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('--kind vc', () => {
  it('checks a plain VC by the VC rules; without it the VC is not a badge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lerkit-kind-'));
    const file = join(dir, 'membership.json');
    writeFileSync(
      file,
      JSON.stringify({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential'],
        issuer: 'did:example:club',
        credentialSubject: { id: 'did:example:member-7' },
      }),
    );
    const strict = await lerkit('validate', file, '--format', 'json');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('TYPE_UNKNOWN_KIND');
    expect((await lerkit('validate', file, '--kind', 'vc')).code).toBe(0);
    expect((await lerkit('validate', file, '--kind', 'badge')).stderr).toContain(
      '--kind must be vc',
    );
  });
});

describe('--limit', () => {
  it('changes a limit for verify and validate: over it, the finding names it; raised, it passes', async () => {
    const clr = 'fixtures/cli/valid/clr-valid.json';
    const low = await lerkit('verify', clr, ...NOW, '--limit', 'credentials=1', '--format', 'json');
    expect(low.code).toBe(1);
    const report = JSON.parse(low.stdout).results[0].report;
    expect(report.findings.map((f: { code: string }) => f.code)).toContain(
      'LIMITS_CREDENTIAL_COUNT',
    );
    expect(JSON.stringify(report)).toContain('limits.credentials (1)');
    expect((await lerkit('verify', clr, ...NOW, '--limit', 'credentials=2000')).code).toBe(0);
    const depth = await lerkit('validate', clr, '--limit', 'jsonDepth=3', '--format', 'json');
    expect(JSON.parse(depth.stdout).results[0].report.findings[0].code).toBe('LIMITS_JSON_DEPTH');
  });
});
