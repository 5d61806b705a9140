// Batches in the CLI: reports streamed as each file finishes (JSON lines, JSON, JUnit, text), in
// input order, the same with worker threads as in-process; --workers checked; a progress line on
// a terminal's stderr.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { REPO_ROOT } from '../helpers/spec.js';
import { lerkit } from './run-cli.js';
import { findAll, parseXml } from './xml.js';

const NOW = ['--now', '2025-06-01T00:00:00Z'];
let dir: string;
let files: string[];

beforeAll(() => {
  // 10 files (a progress line needs more than 8): valid, invalid and warning credentials.
  dir = mkdtempSync(join(tmpdir(), 'lerkit-cli-batch-'));
  const sources = ['valid', 'invalid', 'warning'].flatMap((sub) =>
    readdirSync(join(REPO_ROOT, 'fixtures', 'cli', sub))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(REPO_ROOT, 'fixtures', 'cli', sub, f)),
  );
  files = Array.from({ length: 10 }, (_, i) => {
    const target = join(dir, `${String(i).padStart(2, '0')}.json`);
    copyFileSync(sources[i % sources.length] as string, target);
    return target;
  });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in-process, recording every write to stdout and stderr (stderr a TTY). */
async function recorded(...args: string[]) {
  const writes: string[] = [];
  const errors: string[] = [];
  const code = await run(args, {
    stdout: { write: (data) => void writes.push(String(data)), isTTY: false },
    stderr: { write: (data) => void errors.push(String(data)), isTTY: true },
    env: {},
  });
  return { code, writes, stderr: errors.join('') };
}

describe('lerkit verify over many files', () => {
  it('--format jsonl: one { file, report } per line, in input order, the reports of --format json', async () => {
    const lines = await lerkit('verify', dir, '--format', 'jsonl', ...NOW);
    const json = await lerkit('verify', dir, '--format', 'json', ...NOW);
    expect(lines.code).toBe(1);
    expect(json.code).toBe(1);
    const parsed = lines.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(parsed.map((p) => p.file)).toEqual(files);
    const document = JSON.parse(json.stdout);
    expect(parsed).toEqual(document.results);
    // The streamed JSON document is byte for byte what JSON.stringify(…, null, 2) writes.
    expect(json.stdout).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(document.summary).toMatchObject({ files: 10, exitCode: 1 });
    expect(document.summary.passed + document.summary.failed + document.summary.warnings).toBe(10);
  }, 120_000);

  it('--workers 2 writes the same output as the in-process run', async () => {
    const inProcess = await lerkit(
      'verify',
      ...files,
      '--format',
      'jsonl',
      '--workers',
      '1',
      ...NOW,
    );
    const threaded = await lerkit(
      'verify',
      ...files,
      '--format',
      'jsonl',
      '--workers',
      '2',
      ...NOW,
    );
    expect(threaded).toEqual(inProcess);
    const validated = await lerkit('validate', dir, '--format', 'jsonl', '--workers', '2');
    expect(validated.stdout.trimEnd().split('\n')).toHaveLength(10);
  }, 120_000);

  it('writes as it goes: a JUnit <testsuite> per file, a text block per file, then the summary', async () => {
    const junit = await recorded('verify', dir, '--format', 'junit', '--concurrency', '1', ...NOW);
    const suites = junit.writes.filter((w) => w.startsWith('<testsuite '));
    expect(suites).toHaveLength(10);
    const root = parseXml(junit.writes.join(''));
    expect(findAll(root, 'testsuite').map((s) => s.attributes.name)).toEqual(files);
    const text = await recorded('verify', dir, ...NOW);
    expect(text.writes).toHaveLength(11);
    expect(text.writes.at(-1)).toMatch(/^\d+ passed, \d+ failed, \d+ warnings?\n$/);
  }, 120_000);

  it('shows a progress line on a terminal stderr, and clears it', async () => {
    const { stderr } = await recorded('verify', dir, '--format', 'jsonl', ...NOW);
    expect(stderr).toContain('\rlerkit verify 10/10');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
  }, 120_000);

  it('rejects a bad --workers, or --workers elsewhere, with exit 2', async () => {
    for (const args of [
      ['verify', dir, '--workers', '0'],
      ['validate', dir, '--workers', 'two'],
      ['keygen', '--workers', '2'],
    ]) {
      const result = await lerkit(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^lerkit: .*--workers/);
    }
  });
});
