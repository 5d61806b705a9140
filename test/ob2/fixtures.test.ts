// fixtures/ob2: each OB 2.0 case gets the verdict fixtures/ob2/README.md says the spec requires.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

const DIR = join(REPO_ROOT, 'fixtures', 'ob2');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

interface Fixture {
  title: string;
  source: string;
  input: object | string;
  resources: Record<string, unknown>;
  options: { now: string; knownIdentifier?: string | { identityType: string; value: string } };
  expected: {
    verified: boolean;
    status: string;
    kind: string;
    errors: string[];
    warnings: string[];
  };
}

describe('fixtures/ob2', () => {
  it('the README lists every fixture, with the verdict its file expects', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    const rows = [
      ...readme.matchAll(/^\| `([\w-]+\.json)` \| .* \| (valid|invalid|warning)\b(.*)\|$/gm),
    ];
    expect(rows.map((r) => r[1]).sort()).toEqual(FILES);
    for (const [, file, status, codes] of rows) {
      const { expected } = JSON.parse(readFileSync(join(DIR, file as string), 'utf8')) as Fixture;
      expect(expected.status, file).toBe(status);
      const listed = [...(codes ?? '').matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]);
      expect(listed, file).toEqual([...expected.errors, ...expected.warnings]);
    }
  });

  it.each(FILES)('%s', async (file) => {
    const fixture = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Fixture;
    const report = await verify(fixture.input, {
      resources: fixture.resources,
      now: new Date(fixture.options.now),
      ...(fixture.options.knownIdentifier
        ? { knownIdentifier: fixture.options.knownIdentifier }
        : {}),
    });
    const codes = (severity: string) =>
      report.findings.filter((f) => f.severity === severity).map((f) => f.code);
    expect({
      verified: report.verified,
      status: report.status,
      kind: report.kind,
      errors: codes('error'),
      warnings: codes('warning'),
    }).toEqual(fixture.expected);
  });
});
