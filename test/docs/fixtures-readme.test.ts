// fixtures/README.md is generated (scripts/make-fixtures-readme.ts) from the descriptions kept next
// to the fixtures: it is never stale, every fixture file is described, and no README row describes
// a file that is gone. The generator's rules are checked on a scratch fixtures/ tree.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixturesReadme } from '../../scripts/make-fixtures-readme.js';
import { REPO_ROOT } from '../helpers/spec.js';

describe('fixtures/README.md', () => {
  const result = buildFixturesReadme(REPO_ROOT);

  it('is the generator’s output (run npm run fixtures:readme after changing fixtures)', () => {
    expect(readFileSync(join(REPO_ROOT, 'fixtures', 'README.md'), 'utf8')).toBe(result.markdown);
  });

  it('describes every fixture file, with a verdict', () => {
    expect(result.undescribed).toEqual([]);
    for (const row of result.rows) {
      expect(row.shows, row.path).not.toBe('');
      expect(row.verdict, row.path).not.toBe('');
    }
  });

  it('has no README row naming a file that does not exist', () => {
    expect(result.unmatched).toEqual([]);
  });

  it('gives the verify cases the verdict their expected report says', () => {
    const verdict = (path: string) => result.rows.find((r) => r.path === path)?.verdict;
    expect(verdict('fixtures/verify/tampered.json')).toBe('failed: `PROOF_SIGNATURE_INVALID`');
    expect(verdict('fixtures/verify/valid-eddsa-rdfc-2022.json')).toBe('verified');
    expect(verdict('fixtures/verify/status-list-unreachable.json')).toBe(
      'verified, with indeterminate `STATUS_LIST_UNAVAILABLE`',
    );
  });
});

describe('the generator', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const json = (value: unknown) => JSON.stringify(value);
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function scratch() {
    root = mkdtempSync(join(tmpdir(), 'lerkit-fixtures-'));
    write(
      'fixtures/cases/revoked.json',
      json({
        description: 'Revoked',
        input: {},
        expect: {
          verified: false,
          status: 'invalid',
          checks: [{ check: 'status', outcome: 'error', code: 'STATUS_REVOKED' }],
        },
      }),
    );
    write(
      'fixtures/cases/context.json',
      json({
        description: 'Context missing',
        expect: {
          verified: false,
          status: 'invalid',
          checks: [{ check: 'proof', outcome: 'indeterminate', code: 'PROOF_CONTEXT_UNAVAILABLE' }],
        },
      }),
    );
    write(
      'fixtures/conform/bad.json',
      json({ title: 'Bad', source: '§1', expected: { valid: false, errors: [{ code: 'X_Y' }] } }),
    );
    write(
      'fixtures/data/README.md',
      [
        '# Data',
        '',
        '| File | What it shows | Verdict the spec requires |',
        '|---|---|---|',
        '| `a.json`, `b.json` | Two cases | failed: `A_B` |',
        '| `keys/` | Keys | n/a |',
        '',
        '| Short name | Repository |',
        '|---|---|',
        '| `nothing-here` | not a fixture table |',
        '',
        '# Quoted README',
        '',
        '| File | What |',
        '|---|---|',
        '| `gone.json` | read no further than the second title |',
      ].join('\n'),
    );
    write('fixtures/data/a.json', '{}');
    write('fixtures/data/b.json', '{}');
    write('fixtures/data/keys/k1.json', '{}');
    write('fixtures/data/keys/k2.json', '{}');
  }

  it('reads self-described cases and README tables, and picks up a new folder', () => {
    scratch();
    const result = buildFixturesReadme(root);
    expect(result.undescribed).toEqual([]);
    expect(result.unmatched).toEqual([]);
    const rows = Object.fromEntries(result.rows.map((r) => [r.path, [r.verdict, r.files]]));
    expect(rows).toEqual({
      'fixtures/cases/context.json': [
        'indeterminate (not verified): `PROOF_CONTEXT_UNAVAILABLE`',
        1,
      ],
      'fixtures/cases/revoked.json': ['failed: `STATUS_REVOKED`', 1],
      'fixtures/conform/bad.json': ['does not conform (validate): `X_Y`', 1],
      'fixtures/data/a.json': ['failed: `A_B`', 1],
      'fixtures/data/b.json': ['failed: `A_B`', 1],
      'fixtures/data/keys/': ['n/a', 2],
    });
    expect(result.markdown).toContain('| `fixtures/data/keys/` (2 files) | Keys | n/a |');
  });

  it('reports a file nothing describes and a README row that names no file', () => {
    scratch();
    write('fixtures/unsupported/sd-jwt.txt', 'eyJ...~');
    write('fixtures/unsupported/plain.json', json({ hello: 'world' }));
    rmSync(join(root, 'fixtures/data/b.json'));
    const result = buildFixturesReadme(root);
    expect(result.undescribed).toEqual([
      'fixtures/unsupported/plain.json',
      'fixtures/unsupported/sd-jwt.txt',
    ]);
    expect(result.unmatched).toEqual(['fixtures/data/README.md:5 `b.json`']);
  });
});
