// One vocabulary: the check and code tables (src/report), docs/codes.md and the codes the source
// can emit never drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS, CODES } from '../../src/report/index.js';
import { renderCodesReference, renderVerificationPolicy } from '../../src/report/render-codes.js';
import { REPO_ROOT } from '../helpers/spec.js';

const SRC = join(REPO_ROOT, 'src');
const TABLE = join(SRC, 'report', 'codes.ts');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const prefixOf = (check: string) => `${check.replaceAll('-', '_').toUpperCase()}_`;
const PREFIXES = CHECK_IDS.map(prefixOf).sort((a, b) => b.length - a.length);

describe('the code table', () => {
  it('names every code <CHECK>_<WHAT> after the check that files it', () => {
    for (const [code, row] of Object.entries(CODES)) {
      expect(code.startsWith(prefixOf(row.check)), `${code} (${row.check})`).toBe(true);
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
    }
  });

  it('gives every code a meaning and an action, and every check a title and what it reads', () => {
    for (const row of Object.values(CODES)) {
      expect(row.meaning.length).toBeGreaterThan(10);
      expect(row.action.length).toBeGreaterThan(5);
    }
    for (const check of CHECKS) {
      expect(check.title.length).toBeGreaterThan(10);
      expect(check.reads.length).toBeGreaterThan(3);
    }
  });

  it('lists exactly the codes the source can emit', () => {
    const emitted = new Set<string>();
    for (const file of sources(SRC)) {
      if (file === TABLE) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(
        /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g,
      )) {
        const literal = match[1] as string;
        if (PREFIXES.some((p) => literal.startsWith(p))) emitted.add(literal);
      }
    }
    const table = Object.keys(CODES).sort();
    expect(
      [...emitted].filter((c) => !table.includes(c)),
      'emitted but not in the table',
    ).toEqual([]);
    expect(
      table.filter((c) => !emitted.has(c)),
      'in the table but never emitted',
    ).toEqual([]);
  });
});

describe('docs/codes.md', () => {
  it('is the rendering of the tables (run `npm run docs:codes` after changing them)', () => {
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'codes.md'), 'utf8');
    expect(docs).toBe(renderCodesReference());
  });

  it('and docs/verification-policy.md are the renderings of the tables', () => {
    const policy = readFileSync(join(REPO_ROOT, 'docs', 'verification-policy.md'), 'utf8');
    expect(policy).toBe(renderVerificationPolicy());
    // Every check a verifier runs is in the policy, with the options that change it.
    for (const check of CHECKS.filter((c) => c.scope.includes('verify'))) {
      expect(policy).toContain(`| \`${check.id}\` (`);
    }
  });

  it('is linked from the validation and verification guides', () => {
    for (const guide of ['validation.md', 'verification.md']) {
      const text = readFileSync(join(REPO_ROOT, 'docs', guide), 'utf8');
      expect(text, relative(REPO_ROOT, guide)).toContain('(codes.md)');
    }
  });
});
