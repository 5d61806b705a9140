// Generates fixtures/README.md: one table of every file under fixtures/ — its path, what it shows,
// and the verdict the spec requires. Run with `npm run fixtures:readme`; the output is committed
// and test/docs/fixtures-readme.test.ts fails when it is stale or a fixture is not described.
//
// The source of truth stays next to the fixtures; this script only collects it. A file is
// described by, in this order:
//   1. a row of a table in a README.md of its folder or of a folder above it (below fixtures/):
//      a table whose first header cell is File, Files, Folder, Fixture or Path, and whose first
//      cell names the file, its folder (`keys/`) or a glob (`*.json`, `**`) in backticks, relative
//      to that README. The second column says what it shows; a column whose header says
//      "Verdict" or "Decision" gives the verdict (without one, the files are data, not cases).
//      A README is read up to its second top-level title (fixtures/spec quotes another README);
//   2. the file itself, when it is a JSON case: `description` or `title`, and `expect` (the
//      fixtures/verify format), or `expected` (fixtures/ob2 and fixtures/validate).
// A new folder is picked up as soon as its files describe themselves or it has such a README.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One line of the generated table. */
export interface FixtureRow {
  /** Path from the repository root, or a glob when a README row describes several files. */
  path: string;
  /** How many files the row stands for. */
  files: number;
  shows: string;
  verdict: string;
  /** Where the description was read. */
  from: string;
}

/** What {@link buildFixturesReadme} found. */
export interface FixturesReadme {
  markdown: string;
  rows: FixtureRow[];
  /** Fixture files nothing describes. */
  undescribed: string[];
  /** README rows that name no file (a description that rotted). */
  unmatched: string[];
}

const PATH_HEADERS = /^(files?|folder|fixture|path)\b/i;
const VERDICT_HEADERS = /verdict|decision/i;

const toPosix = (p: string) => p.split(sep).join('/');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** A glob (`*` within a name, `**` across folders) or a folder (`dir/`) as a RegExp. */
function matcher(pattern: string): RegExp {
  const body = pattern.endsWith('/') ? `${pattern}**` : pattern;
  const re = body
    .split(/(\*\*\/?|\*)/)
    .map((part) => {
      if (part === '**' || part === '**/') return '(?:.*)';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${re}$`);
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

interface ReadmeRow {
  readme: string;
  dir: string;
  patterns: string[];
  shows: string;
  verdict: string;
  line: number;
}

/** The describing rows of one README: tables whose first header is a path column. */
function readmeRows(readme: string, root: string): ReadmeRow[] {
  const rows: ReadmeRow[] = [];
  const dir = toPosix(relative(root, dirname(readme)));
  const lines = readFileSync(readme, 'utf8').split('\n');
  let header: string[] | undefined;
  let titles = 0;
  for (const [i, line] of lines.entries()) {
    // A README that quotes another one (fixtures/spec) is read up to the quoted one's title.
    if (line.startsWith('# ') && ++titles > 1) break;
    if (!line.trim().startsWith('|')) {
      header = undefined;
      continue;
    }
    const row = cells(line);
    if (header === undefined) {
      header = row;
      continue;
    }
    if (row.every((c) => /^:?-+:?$/.test(c))) continue;
    if (!PATH_HEADERS.test(header[0] ?? '')) continue;
    const patterns: string[] = [];
    let last = '';
    for (const [, token] of (row[0] ?? '').matchAll(/`([^`]+)`/g)) {
      // `a/b.md`, `c.md`: a bare name after a path is a sibling of that path.
      const name =
        !token?.includes('/') && last.includes('/')
          ? posix.join(posix.dirname(last), token ?? '')
          : (token ?? '');
      patterns.push(name);
      last = name;
    }
    if (patterns.length === 0) continue;
    const verdictColumn = header.findIndex((h) => VERDICT_HEADERS.test(h));
    rows.push({
      readme: toPosix(relative(root, readme)),
      dir,
      patterns,
      shows: row[1] ?? '',
      verdict:
        verdictColumn > 0 ? (row[verdictColumn] ?? '') : 'n/a: data the tests read, not a case',
      line: i + 1,
    });
  }
  return rows;
}

// biome-ignore lint/suspicious/noExplicitAny: reading the case files' own JSON
type Json = any;

const codeList = (codes: string[]) => [...new Set(codes)].map((c) => `\`${c}\``).join(', ');

/** The verdict of a verify case (fixtures/verify: `expect` with checks). */
function verifyVerdict(expect: Json): string {
  const checks: { check: string; outcome: string; code?: string }[] = expect.checks ?? [];
  const coded = (outcome: string) =>
    checks.filter((c) => c.outcome === outcome && c.code).map((c) => c.code as string);
  const errors = coded('error');
  const undecided = coded('indeterminate');
  const warnings = coded('warning');
  if (expect.verified === true) {
    const notes = [
      ...(warnings.length ? [`warning ${codeList(warnings)}`] : []),
      ...(undecided.length ? [`indeterminate ${codeList(undecided)}`] : []),
    ];
    return notes.length ? `verified, with ${notes.join('; ')}` : 'verified';
  }
  if (errors.length) return `failed: ${codeList(errors)}`;
  if (undecided.length) return `indeterminate (not verified): ${codeList(undecided)}`;
  return 'failed';
}

/** The verdict of a case with `expected` (fixtures/ob2: verify; fixtures/validate: validate). */
function expectedVerdict(expected: Json): string {
  const codes = (list: Json[] = []) =>
    list.map((e) => (typeof e === 'string' ? e : e.code)).filter(Boolean);
  if ('verified' in expected) {
    if (expected.verified) {
      const warnings = codes(expected.warnings);
      return warnings.length ? `verified, with warning ${codeList(warnings)}` : 'verified';
    }
    return `failed: ${codeList(codes(expected.errors))}`;
  }
  if ('valid' in expected) {
    if (expected.valid) {
      const notes = codes(expected.notes);
      return notes.length
        ? `conforms (validate), with warning ${codeList(notes)}`
        : 'conforms (validate)';
    }
    return `does not conform (validate): ${codeList(codes(expected.errors))}`;
  }
  return '';
}

/** A JSON case's own description, when the file is one. */
function selfDescribed(file: string): { shows: string; verdict: string } | undefined {
  if (!file.endsWith('.json')) return undefined;
  let data: Json;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const shows = typeof data.description === 'string' ? data.description : data.title;
  if (typeof shows !== 'string' || shows === '') return undefined;
  const source = typeof data.source === 'string' ? ` (${data.source})` : '';
  let verdict = '';
  if (data.expect && typeof data.expect === 'object') verdict = verifyVerdict(data.expect);
  else if (data.expected && typeof data.expected === 'object')
    verdict = expectedVerdict(data.expected);
  if (verdict === '') return undefined;
  return { shows: `${shows}${source}`, verdict };
}

const escapeCell = (s: string) => s.replace(/\n/g, ' ').replace(/(?<!\\)\|/g, '\\|');

/** Describes every file under `<root>/fixtures`, and renders fixtures/README.md. */
export function buildFixturesReadme(root: string): FixturesReadme {
  const base = join(root, 'fixtures');
  const all = walk(base).map((f) => toPosix(relative(root, f)));
  const readmes = all.filter((f) => f.endsWith('/README.md') && f !== 'fixtures/README.md');
  const fixtures = all.filter((f) => !f.endsWith('/README.md') && f !== 'fixtures/README.md');
  const described = readmes.flatMap((r) => readmeRows(join(root, r), root));
  // The nearest README first.
  described.sort((a, b) => b.dir.length - a.dir.length);

  const rows: FixtureRow[] = [];
  const byRow = new Map<ReadmeRow, Map<string, string[]>>();
  const undescribed: string[] = [];
  for (const file of fixtures) {
    let found = false;
    for (const row of described) {
      if (!file.startsWith(`${row.dir}/`)) continue;
      const rel = file.slice(row.dir.length + 1);
      const pattern = row.patterns.find((p) => matcher(p).test(rel));
      if (pattern === undefined) continue;
      const groups = byRow.get(row) ?? new Map<string, string[]>();
      groups.set(pattern, [...(groups.get(pattern) ?? []), file]);
      byRow.set(row, groups);
      found = true;
      break;
    }
    if (found) continue;
    const own = selfDescribed(join(root, file));
    if (own) rows.push({ path: file, files: 1, ...own, from: file });
    else undescribed.push(file);
  }
  const unmatched: string[] = [];
  for (const row of described) {
    const groups = byRow.get(row);
    for (const pattern of row.patterns) {
      const files = groups?.get(pattern);
      if (!files) {
        unmatched.push(`${row.readme}:${row.line} \`${pattern}\``);
        continue;
      }
      const single = files.length === 1 && files[0] === `${row.dir}/${pattern}`;
      rows.push({
        path: single ? (files[0] as string) : `${row.dir}/${pattern}`,
        files: files.length,
        shows: row.shows,
        verdict: row.verdict,
        from: row.readme,
      });
    }
  }
  rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const table = rows.map((r) => {
    const count = r.files > 1 ? ` (${r.files} files)` : '';
    const from = r.from === r.path ? 'the file' : `\`${r.from}\``;
    return `| \`${r.path}\`${count} | ${escapeCell(r.shows)} | ${escapeCell(r.verdict)} | ${from} |`;
  });
  const markdown = `${[
    '# Fixtures',
    '',
    '<!-- Generated by scripts/make-fixtures-readme.ts (npm run fixtures:readme): do not edit. -->',
    '',
    'Every file under `fixtures/`, what it shows and the verdict the spec requires of a verifier',
    '(`verify()`, or `validate()` for the conformance cases under `validate/`). "failed" is',
    '`verified: false` with the error codes named; "indeterminate" is a check that could not decide',
    '(`verified: false`, nothing shown forged); "with warning" still verifies. Rows with a glob stand',
    'for the files it matches. The descriptions are read from where they live: a JSON case describes',
    'itself (`description`/`title` and `expect`/`expected`), other files are described by a table in',
    'the README of their folder (the last column). To add a folder, give its files either, then run',
    '`npm run fixtures:readme`; `test/docs/fixtures-readme.test.ts` fails on a stale README, on an',
    'undescribed file and on a README row that names no file.',
    '',
    `${fixtures.length} files.`,
    '',
    '| Fixture | What it shows | Verdict the spec requires | Described in |',
    '|---|---|---|---|',
    ...table,
  ].join('\n')}\n`;
  return { markdown, rows, undescribed, unmatched };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = buildFixturesReadme(ROOT);
  const problems = [
    ...result.undescribed.map((f) => `not described: ${f}`),
    ...result.unmatched.map((r) => `README row names no file: ${r}`),
  ];
  writeFileSync(join(ROOT, 'fixtures', 'README.md'), result.markdown);
  console.log(`fixtures/README.md: ${result.rows.length} rows`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}
