// docs/certification.md cannot rot: every requirement row has a lerkit feature and the tests that
// show it, or a stated reason (not a library concern, a gap); every test it names exists, by file
// and by name; and every section of the conformance guide (fixtures/spec/text/ob_v3p0/
// ob_v3p0-cert.md) is mapped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/spec.js';

const DOC = readFileSync(join(REPO_ROOT, 'docs', 'certification.md'), 'utf8');
const GUIDE = readFileSync(
  join(REPO_ROOT, 'fixtures', 'spec', 'text', 'ob_v3p0', 'ob_v3p0-cert.md'),
  'utf8',
);

interface Row {
  id: string;
  requirement: string;
  role: string;
  feature: string;
  shownBy: string;
}

/** The requirement rows: `| ID | Requirement | Role | lerkit feature | Shown by |`. */
function parseRows(markdown: string): Row[] {
  return markdown
    .split('\n')
    .filter((line) => /^\| [A-Z]+-\d+ \|/.test(line))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      expect(cells, line).toHaveLength(5);
      const [id, requirement, role, feature, shownBy] = cells as [
        string,
        string,
        string,
        string,
        string,
      ];
      return { id, requirement, role, feature, shownBy };
    });
}

/** The tests a cell names: `` `test/…test.ts` › "name" `` (quotes in the name escaped as \"). */
function parseTests(cell: string): { file: string; name: string }[] {
  return [...cell.matchAll(/`(test\/[^`]+\.test\.ts)` › "((?:[^"\\]|\\.)*)"/g)].map((m) => ({
    file: m[1] as string,
    name: (m[2] as string).replace(/\\(.)/g, '$1'),
  }));
}

const REASON = /^\*\*(Not a library concern|Gap)\*\*(?: as such)?: .{20,}/;
const ROWS = parseRows(DOC);

describe('docs/certification.md', () => {
  it('has requirement rows with unique ids', () => {
    expect(ROWS.length).toBeGreaterThan(20);
    const ids = ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('quotes a requirement with its guide section in every row', () => {
    for (const row of ROWS) {
      expect(row.requirement, row.id).toMatch(/".{8,}"/);
      expect(row.requirement, row.id).toMatch(/§/);
    }
  });

  it('gives every row a feature and a test, or a stated reason', () => {
    for (const row of ROWS) {
      if (REASON.test(row.feature)) {
        expect(row.role, row.id).toBe('—');
        expect(row.shownBy, row.id).toBe('—');
        continue;
      }
      expect(row.role, row.id).toMatch(/^(issuer|verifier|host)$/);
      expect(row.feature.length, row.id).toBeGreaterThan(20);
      expect(parseTests(row.shownBy), `${row.id}: ${row.shownBy}`).not.toHaveLength(0);
      // Every reference in the cell is one the parser read.
      expect(row.shownBy.split('<br>'), row.id).toHaveLength(parseTests(row.shownBy).length);
    }
  });

  it('names only tests that exist: the file, and the test name in it', () => {
    for (const row of ROWS) {
      for (const { file, name } of parseTests(row.shownBy)) {
        const path = join(REPO_ROOT, file);
        expect(existsSync(path), `${row.id}: ${file}`).toBe(true);
        const source = readFileSync(path, 'utf8');
        const quoted = [`'${name}'`, `"${name}"`, `\`${name}\``].some((q) => source.includes(q));
        expect(quoted, `${row.id}: ${file} has no test named ${name}`).toBe(true);
      }
    }
  });

  it('maps every section of the conformance guide', () => {
    const anchors = [...GUIDE.matchAll(/^#+ .*\{#([a-z-]+)\}$/gm)]
      .map((m) => m[1] as string)
      .filter((a) => a !== 'conformance');
    expect(anchors).toContain('display-tests');
    for (const anchor of anchors) expect(DOC, anchor).toContain(`§#${anchor}`);
  });

  it('lists the gaps', () => {
    const gaps = DOC.split('\n## Gaps\n')[1] ?? '';
    expect(gaps.match(/^- \*\*/gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    for (const row of ROWS.filter((r) => r.feature.startsWith('**Gap**'))) {
      expect(gaps, row.id).toContain(row.id);
    }
  });
});

describe('the map parser', () => {
  it('reads a row and its test references, and rejects what it cannot read', () => {
    const [row] = parseRows(
      '| X-1 | "a requirement" (§#x) | verifier | verify() | `test/a.test.ts` › "one \\"two\\""<br>`test/b.test.ts` › "three" |',
    );
    expect(row?.id).toBe('X-1');
    expect(parseTests(row?.shownBy ?? '')).toEqual([
      { file: 'test/a.test.ts', name: 'one "two"' },
      { file: 'test/b.test.ts', name: 'three' },
    ]);
    expect(parseTests('test/a.test.ts › "no backticks"')).toEqual([]);
    expect(REASON.test('**Not a library concern**: the REST call.')).toBe(false);
    expect(REASON.test('**Not a library concern**: the platform’s OAuth 2.0 server.')).toBe(true);
  });
});
