// Table-driven: every fixture in fixtures/validate gets exactly the errors it records (check, code,
// path); valid fixtures get none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

interface Fixture {
  title: string;
  source: string;
  input: unknown;
  expected: {
    valid: boolean;
    errors?: { check: string; code: string; path: string }[];
    folded?: { check: string; code: string; path: string }[];
    notes?: { check: string; code: string; path: string; severity: string }[];
  };
}

const load = (dir: string) =>
  readdirSync(join(REPO_ROOT, 'fixtures', 'validate', dir))
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) =>
        [
          f,
          JSON.parse(
            readFileSync(join(REPO_ROOT, 'fixtures', 'validate', dir, f), 'utf8'),
          ) as Fixture,
        ] as const,
    );

describe('fixtures/validate/valid', () => {
  it.each(load('valid'))('%s is valid', async (_file, fixture) => {
    const report = await validate(fixture.input as object);
    expect(report.findings.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
    const notes = report.findings.map(({ check, code, path, severity }) => ({
      check,
      code,
      path,
      severity,
    }));
    expect(notes).toEqual(expect.arrayContaining(fixture.expected.notes ?? []));
  });
});

describe('fixtures/validate/invalid', () => {
  it.each(load('invalid'))('%s gets exactly its expected errors', async (_file, fixture) => {
    const report = await validate(fixture.input as object);
    const errors = report.findings
      .filter((i) => i.severity === 'error')
      .map(({ check, code, path }) => ({ check, code, path }));
    expect(report.valid).toBe(false);
    expect(errors).toEqual(expect.arrayContaining(fixture.expected.errors ?? []));
    expect(errors).toHaveLength(fixture.expected.errors?.length ?? 0);
    // What follows from a root cause is folded under it, not lost.
    const folded = report.findings
      .flatMap((f) => f.related ?? [])
      .filter((i) => i.severity === 'error')
      .map(({ check, code, path }) => ({ check, code, path }));
    expect(folded).toEqual(expect.arrayContaining(fixture.expected.folded ?? []));
  });

  it('covers every check id with at least one invalid fixture', () => {
    const checks = new Set(
      load('invalid').flatMap(([, f]) => (f.expected.errors ?? []).map((e) => e.check)),
    );
    expect([...checks].sort()).toEqual(
      [
        'context',
        'credential-schema',
        'dates',
        'jsonld',
        'parse',
        'rules',
        'schema',
        'subject',
        'type',
      ].sort(),
    );
  });
});
