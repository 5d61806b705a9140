// Verifier.verifyMany: real credentials through one verifier (caches shared), streamed in order,
// one report per input (a bad one included), progress, abort, and its option checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLerkitError } from '../../src/errors/index.js';
import {
  type BatchProgress,
  createVerifier,
  type VerificationReport,
} from '../../src/verify/index.js';
import { verifyManyWith } from '../../src/verify/many.js';
import { REPO_ROOT } from '../helpers/spec.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'verify', `${name}.json`), 'utf8')) as {
    input: object | string;
    options: { now: string };
  };

const VALID = fixture('valid-eddsa-rdfc-2022');
const JWT = fixture('valid-vc-jwt-EdDSA');
const EXPIRED = fixture('expired');
const NOW = new Date(VALID.options.now);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

const reportOf = (verified: boolean) => ({ verified }) as VerificationReport;

describe('verifyMany with a real verifier', () => {
  it('gives one report per input, in input order, a broken input included', async () => {
    const verifier = createVerifier({ now: NOW });
    const inputs = [VALID.input, 'not a credential {', JWT.input, EXPIRED.input, VALID.input];
    const progress: BatchProgress[] = [];
    const results = await collect(
      verifier.verifyMany(inputs, { concurrency: 3, onProgress: (p) => progress.push(p) }),
    );
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.report.verified)).toEqual([true, false, true, false, true]);
    expect(results[1]?.report.findings[0]?.code).toMatch(/^PARSE_/);
    expect(results[3]?.report.checks.find((c) => c.check === 'dates')?.outcome).toBe('error');
    expect(results[2]?.input).toBe(JWT.input);
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.at(-1)).toMatchObject({ done: 5, failed: 2, inFlight: 0, started: 5 });
  });

  it('gives the same reports as verify()', async () => {
    const verifier = createVerifier({ now: NOW });
    const [many] = await collect(verifier.verifyMany([EXPIRED.input]));
    expect(many?.report).toEqual(await verifier.verify(EXPIRED.input));
  });

  it('throws InvalidArgumentError for bad options, before reading anything', () => {
    const verifier = createVerifier({ now: NOW });
    const bad = [
      [[], { concurrency: 0 }, 'concurrency'],
      [[], { concurrency: 1.5 }, 'concurrency'],
      [[], { order: 'random' }, 'order'],
      [[], { onProgress: 'yes' }, 'onProgress'],
      [[], { signal: {} }, 'signal'],
      [42, {}, 'inputs'],
      [[], null, 'options'],
    ] as const;
    for (const [inputs, options, field] of bad) {
      try {
        verifier.verifyMany(inputs as never, options as never);
        expect.unreachable(`accepted ${field}`);
      } catch (error) {
        expect(isLerkitError(error, 'ERR_LERKIT_INVALID_ARGUMENT')).toBe(true);
        expect((error as { field?: string }).field).toBe(field);
      }
    }
  });
});

describe('verifyManyWith (instrumented)', () => {
  it('keeps at most `concurrency` verifications in flight over 5,000 inputs from a generator', async () => {
    let inFlight = 0;
    let peak = 0;
    let pulled = 0;
    let yielded = 0;
    let maxHeld = 0;
    function* inputs() {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        maxHeld = Math.max(maxHeld, pulled - yielded);
        yield `input ${i}`;
      }
    }
    const verifyOne = async (input: unknown) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return reportOf(String(input).endsWith('7'));
    };
    let last: BatchProgress | undefined;
    for await (const result of verifyManyWith(verifyOne, inputs(), {
      concurrency: 6,
      onProgress: (p) => {
        last = p;
      },
    })) {
      expect(result.input).toBe(`input ${result.index}`);
      yielded++;
    }
    expect(yielded).toBe(5000);
    expect(peak).toBe(6);
    expect(maxHeld).toBeLessThanOrEqual(12);
    expect(last).toMatchObject({ done: 5000, failed: 4500 });
  });

  it('yields in completion order when asked', async () => {
    const verifyOne = async (input: unknown) => {
      await new Promise((resolve) => setTimeout(resolve, Number(input)));
      return reportOf(true);
    };
    const results = await collect(
      verifyManyWith(verifyOne, ['40', '1', '20'], { concurrency: 3, order: 'completion' }),
    );
    expect(results.map((r) => r.index)).toEqual([1, 2, 0]);
  });

  it('stops on abort with the signal reason', async () => {
    const controller = new AbortController();
    let calls = 0;
    const verifyOne = async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return reportOf(true);
    };
    const endless = (function* () {
      for (;;) yield 'x';
    })();
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of verifyManyWith(verifyOne, endless, {
          concurrency: 2,
          signal: controller.signal,
        })) {
          seen.push(r.index);
          if (r.index === 9) controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(10);
    expect(calls).toBeLessThan(20);
  });
});
