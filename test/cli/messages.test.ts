// The CLI's text output shows one finding per root cause, with what follows from it folded under
// it ("↳ …"), and its "did you mean".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctBadge } from '../report/common-mistakes.rows.js';
import { lerkit } from './run-cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lerkit-messages-'));
  const typo = correctBadge('https://example.edu/issuers/1');
  typo.credentialSubjct = typo.credentialSubject;
  delete typo.credentialSubject;
  writeFileSync(join(dir, 'typo.json'), JSON.stringify(typo));
  writeFileSync(
    join(dir, 'good.json'),
    JSON.stringify(correctBadge('https://example.edu/issuers/1')),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lerkit validate: messages', () => {
  it('prints a misspelt property once, with "did you mean", and its consequence under it', async () => {
    const { code, stdout } = await lerkit('validate', join(dir, 'typo.json'));
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const root = lines.findIndex((l) => l.includes('JSONLD_UNDEFINED_TERM at /credentialSubjct'));
    expect(root).toBeGreaterThan(-1);
    expect(lines[root]).toContain('did you mean `credentialSubject`?');
    expect(lines[root + 1]).toBe('      → Rename "credentialSubjct" to "credentialSubject"');
    expect(lines[root + 2]).toBe(
      '      ↳ schema: SCHEMA_REQUIRED at /credentialSubject — `credentialSubject` is required',
    );
    // The consequence is not also printed as a finding of its own.
    expect(lines.filter((l) => l.includes('SCHEMA_REQUIRED'))).toHaveLength(1);
  });

  it('prints no ↳ line when nothing is folded', async () => {
    const { code, stdout } = await lerkit('validate', join(dir, 'good.json'));
    expect(code).toBe(0);
    expect(stdout).not.toContain('↳');
  });
});
