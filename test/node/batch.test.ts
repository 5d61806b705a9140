// verifyFiles / validateFiles (lerkit/node): the same reports in this thread and in worker
// threads, in input order, an unreadable file as an `error` result, options that cannot reach a
// worker refused, progress and abort.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLerkitError } from '../../src/errors/index.js';
import { type BatchProgress, createVerifier } from '../../src/index.js';
import { validateFiles, verifyFiles } from '../../src/node/index.js';
import { REPO_ROOT } from '../helpers/spec.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const CLI = join(REPO_ROOT, 'fixtures', 'cli');

let tmp: string;
let paths: string[];
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lerkit-batch-'));
  const sources = [
    'valid/valid-eddsa-jcs-2022.json',
    'invalid/tampered.json',
    'valid/valid-Ed25519Signature2020.json',
    'invalid/expired.json',
    'valid/baked-vc-jwt-EdDSA.svg',
  ];
  paths = sources.map((source, i) => {
    const target = join(tmp, `${i}-${source.split('/')[1]}`);
    copyFileSync(join(CLI, source), target);
    return target;
  });
  const garbage = join(tmp, 'garbage.json');
  writeFileSync(garbage, '{ not json');
  paths.splice(2, 0, garbage, join(tmp, 'missing.json'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe('verifyFiles', () => {
  it('gives the reports verify gives, in input order, in this thread and in 2 workers', async () => {
    const verifier = createVerifier({ now: NOW });
    const expected = await Promise.all(
      paths.map(async (path) =>
        path.endsWith('missing.json') ? undefined : await verifier.verify(readBytes(path)),
      ),
    );
    const progress: BatchProgress[] = [];
    const inProcess = await collect(
      verifyFiles(paths, { now: NOW, workers: 1, onProgress: (p) => progress.push(p) }),
    );
    const threaded = await collect(verifyFiles(paths, { now: NOW, workers: 2, concurrency: 2 }));
    for (const results of [inProcess, threaded]) {
      expect(results.map((r) => r.path)).toEqual(paths);
      expect(results.map((r) => r.index)).toEqual(paths.map((_, i) => i));
      expect(results.map((r) => r.report)).toEqual(expected);
      expect(results.map((r) => r.report?.verified)).toEqual([
        true,
        false,
        false,
        undefined,
        true,
        false,
        true,
      ]);
      expect(results[3]?.error).toMatch(/^cannot read .*missing\.json: ENOENT$/);
    }
    expect(progress.at(-1)).toMatchObject({ done: 7, failed: 4, inFlight: 0, started: 7 });
  }, 120_000);

  it('refuses functions in the options with workers > 1, and runs them in this thread otherwise', async () => {
    const loader = async (url: string) => {
      throw new Error(`no ${url}`);
    };
    try {
      verifyFiles(paths, { workers: 2, documentLoader: loader });
      expect.unreachable();
    } catch (error) {
      expect(isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
      expect((error as Error).message).toMatch(/documentLoader is a function/);
    }
    const [first] = await collect(verifyFiles(paths.slice(0, 1), { now: () => NOW }));
    expect(first?.report?.verified).toBe(true);
  });

  it('throws InvalidArgumentError for bad batch or library options, before reading anything', () => {
    for (const [options, field] of [
      [{ workers: 0 }, 'workers'],
      [{ concurrency: -1 }, 'concurrency'],
      [{ onProgress: 1 }, 'onProgress'],
      [{ clockSkew: -5 }, 'clockSkew'],
    ] as const) {
      try {
        verifyFiles(paths, options as never);
        expect.unreachable(field);
      } catch (error) {
        expect((error as { field?: string }).field).toBe(field);
      }
    }
    expect(() => verifyFiles(42 as never)).toThrow(/paths must be an iterable/);
  });

  it('stops reading paths when the signal aborts', async () => {
    const controller = new AbortController();
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield paths[0] as string;
      }
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const result of verifyFiles(endless(), {
          now: NOW,
          workers: 1,
          signal: controller.signal,
        })) {
          seen.push(result.index);
          if (result.index === 4) controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(pulled).toBeLessThan(20);
  });
});

describe('validateFiles', () => {
  it('validates files (a baked image extracted first) in input order, over 2 workers', async () => {
    const results = await collect(validateFiles(paths, { workers: 2 }));
    expect(results.map((r) => r.path)).toEqual(paths);
    expect(results.map((r) => r.report?.valid)).toEqual([
      true,
      true,
      false,
      undefined,
      true,
      true,
      true,
    ]);
    expect(results[2]?.report?.findings[0]?.code).toMatch(/^PARSE_/);
  }, 120_000);
});

function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
