// `--profile <name|file>` on validate and verify: a built-in profile by name, an institution's
// profile from a JSON file, and a bad profile as a usage error (exit 2) before any input is read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVisualizationBadge } from '../../docs/examples/registrar-profile.js';
import { sign } from '../../src/proof/index.js';
import { testKey } from '../helpers/credentials.js';
import { lerkit } from './run-cli.js';

interface Output {
  results: {
    file: string;
    report: {
      status: string;
      checks: { check: string; outcome: string }[];
      findings: { check: string; requirement?: string; severity: string }[];
    };
  }[];
}
const profileFindings = (stdout: string) =>
  (JSON.parse(stdout) as Output).results.map((r) =>
    r.report.findings
      .filter((f) => f.check === 'profile')
      .map((f) => `${f.severity} ${f.requirement}`),
  );

const INSTITUTION = 'docs/examples/example-state.profile.json';
let dir = '';
let complete = '';
let noCode = '';
let signedFile = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lerkit-profile-'));
  const key = await testKey(9);
  const badge = dataVisualizationBadge(key.controller);
  complete = join(dir, 'complete.json');
  writeFileSync(complete, JSON.stringify(badge));
  const { humanCode: _, ...achievement } = badge.credentialSubject.achievement;
  noCode = join(dir, 'no-code.json');
  writeFileSync(
    noCode,
    JSON.stringify({ ...badge, credentialSubject: { ...badge.credentialSubject, achievement } }),
  );
  signedFile = join(dir, 'signed.json');
  writeFileSync(
    signedFile,
    JSON.stringify(await sign(badge, { created: '2025-01-02T00:00:00Z', key })),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lerkit validate/verify --profile', () => {
  it('applies a built-in profile by name', async () => {
    const result = await lerkit(
      'validate',
      complete,
      '--profile',
      'aacrao-microcredential',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    expect(profileFindings(result.stdout)).toEqual([[]]);
    const output = JSON.parse(result.stdout) as Output;
    expect(output.results[0]?.report.checks).toContainEqual(
      expect.objectContaining({ check: 'profile', outcome: 'pass' }),
    );
  });

  it('applies an institution’s profile from a JSON file, in validate and verify', async () => {
    const ok = await lerkit(
      'validate',
      complete,
      noCode,
      '--profile',
      INSTITUTION,
      '--format',
      'json',
    );
    expect(ok.code).toBe(1);
    expect(profileFindings(ok.stdout)).toEqual([[], ['error catalog-code']]);
    const text = await lerkit('validate', noCode, '--profile', INSTITUTION);
    expect(text.stdout).toContain(
      'PROFILE_REQUIREMENT_UNMET at /credentialSubject/achievement/humanCode',
    );
    expect(text.stdout).toContain('requirement catalog-code of the Example State University');
    const verified = await lerkit(
      'verify',
      signedFile,
      '--profile',
      INSTITUTION,
      '--now',
      '2025-06-01T00:00:00Z',
      '--format',
      'json',
    );
    expect(verified.code).toBe(0);
    expect(profileFindings(verified.stdout)).toEqual([[]]);
  });

  it.each([
    [
      'a profile that is not valid',
      {
        id: 'p',
        title: 'P',
        requirements: [{ id: 'r', recommendation: 'R', severity: 'fatal', condition: true }],
      },
      'The profile is not valid: /requirements/0/severity: must be equal to one of the allowed values (error, warning, info)',
    ],
    [
      'a condition that is not a usable JSON Schema',
      {
        id: 'p',
        title: 'P',
        requirements: [
          { id: 'r', recommendation: 'R', severity: 'error', condition: { requried: [] } },
        ],
      },
      'is not a usable JSON Schema',
    ],
  ])('exits 2 for %s, before reading any input', async (_what, profile, message) => {
    const file = join(dir, 'bad.profile.json');
    writeFileSync(file, JSON.stringify(profile));
    const result = await lerkit('validate', 'no-such-input.json', '--profile', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`lerkit: --profile ${file}: `);
    expect(result.stderr).toContain(message);
  });

  it('exits 2 for a profile file that is missing or not JSON, and outside validate/verify', async () => {
    const missing = await lerkit('validate', complete, '--profile', 'aacrao');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain('cannot read aacrao');
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    expect((await lerkit('validate', complete, '--profile', notJson)).stderr).toContain(
      'is not valid JSON',
    );
    const sign = await lerkit('inspect', complete, '--profile', 'aacrao-microcredential');
    expect(sign).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--profile applies to validate and verify'),
    });
  });
});
