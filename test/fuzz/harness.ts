// The fuzz harness: seeded fast-check runs over a target, in batches that each stay well under the
// 30 s test timeout, checking after every input that
// - the target threw nothing but what its API documents (checked by the target's `accept`),
// - it returned within 5 s: async targets race a timer; a synchronous hang is caught by a watchdog
//   thread that kills the test process (failing the run) and names the target, batch and input,
// - no prototype gained a property (inputs carry __proto__, constructor and prototype keys),
// and after each batch that the heap has not grown without bound. `npm test` runs a small slice
// (LERKIT_FUZZ unset); `npm run test:fuzz` sets LERKIT_FUZZ=full for the 100,000-input run and
// prints per-target counts at the end (test/fuzz/global-setup.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/spec.js';

/** Whether this is the full fuzz run (`npm run test:fuzz`). */
export const FULL = process.env.LERKIT_FUZZ === 'full';
/**
 * Per-input time limit: generous, since a single JSON-LD verification can take 100s of ms.
 * LERKIT_FUZZ_INPUT_MS raises it on a machine shared with other heavy work.
 */
export const INPUT_LIMIT_MS = Number(process.env.LERKIT_FUZZ_INPUT_MS ?? 5_000);
/** Heap growth allowed over one target's batches. */
const HEAP_GROWTH_LIMIT = 384 * 1024 * 1024;
const BASE_SEED = Number(process.env.LERKIT_FUZZ_SEED ?? 0x1e7c17);

/** Where per-target counts go, for the end-of-run table. */
export const COUNTS_DIR = join(REPO_ROOT, '.tmp', 'fuzz-counts');

/** A fuzz target. */
export interface FuzzTarget<T> {
  /** Name in the counts table. */
  name: string;
  /** Inputs: structure-aware mutations of valid inputs, and random ones. */
  arbitrary: fc.Arbitrary<T>;
  /** Runs the code under test on one input. */
  run(input: T): unknown;
  /**
   * Whether something the target threw is what its API documents (e.g. a LerkitError). Default:
   * nothing may be thrown.
   */
  accept?(error: unknown): boolean;
  /** Checks the result (optional). */
  check?(result: unknown, input: T): void;
  /**
   * Runs once before the batches, untimed: the first verification in a process loads schemas and
   * contexts (seconds on a loaded 2-core machine), which is not what the 5 s limit is for.
   */
  warmUp?(): Promise<unknown>;
  /** Inputs per batch in the full run, and in the `npm test` slice. */
  batch: { full: number; slice: number };
  /** Batches in the full run (the slice runs one). */
  batches: number;
}

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];
const snapshot = () => PROTOTYPES.map(([, p]) => Reflect.ownKeys(p).length);
const baseline = snapshot();

/** Fails if any prototype gained (or lost) a property. */
export function checkPrototypes(): void {
  const now = snapshot();
  PROTOTYPES.forEach(([name, prototype], i) => {
    if (now[i] !== baseline[i]) {
      throw new Error(`${name} changed: ${Reflect.ownKeys(prototype).map(String).join(', ')}`);
    }
  });
  // The usual payload key of a pollution attempt, as inherited by a fresh object.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------
// Watchdog: a thread that kills the process when one input runs longer than the limit, even if
// it never yields (an infinite loop in synchronous code).

const shared = new SharedArrayBuffer(8 + 512);
const state = new Int32Array(shared, 0, 2); // [inputs started, running?]
const label = new Uint8Array(shared, 8, 512);
let watchdog: Worker | undefined;

function startWatchdog(): void {
  if (watchdog) return;
  watchdog = new Worker(
    `const { workerData } = require('node:worker_threads');
     const { writeSync } = require('node:fs');
     const state = new Int32Array(workerData.shared, 0, 2);
     const label = new Uint8Array(workerData.shared, 8, 512);
     let last = -1;
     let since = Date.now();
     setInterval(() => {
       const now = Date.now();
       const started = Atomics.load(state, 0);
       if (started !== last || Atomics.load(state, 1) === 0) { last = started; since = now; return; }
       if (now - since > workerData.limitMs) {
         const text = Buffer.from(label).toString('utf8').replace(/\\0+$/, '');
         writeSync(2, '\\nFUZZ WATCHDOG: ' + text + ' ran longer than ' + workerData.limitMs + ' ms; killing the run\\n');
         process.kill(process.pid, 'SIGKILL');
       }
     }, 250);`,
    { eval: true, workerData: { shared, limitMs: INPUT_LIMIT_MS + 2_000 } },
  );
  watchdog.unref();
}

function markStart(text: string): void {
  label.fill(0);
  label.set(new TextEncoder().encode(text).subarray(0, label.length));
  Atomics.add(state, 0, 1);
  Atomics.store(state, 1, 1);
}

function markEnd(): void {
  Atomics.store(state, 1, 0);
}

// ---------------------------------------------------------------------------------------------

async function withinLimit(run: () => unknown): Promise<{ result?: unknown; error?: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  let outcome: { result?: unknown; error?: unknown };
  try {
    const result = await Promise.race([
      Promise.resolve().then(run),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new HangError(`no answer within ${INPUT_LIMIT_MS} ms`)),
          INPUT_LIMIT_MS,
        );
      }),
    ]);
    outcome = { result };
  } catch (error) {
    if (error instanceof HangError) throw error;
    outcome = { error };
  } finally {
    clearTimeout(timer);
  }
  // A synchronous target cannot be raced: measure it.
  const elapsed = performance.now() - started;
  if (elapsed > INPUT_LIMIT_MS) throw new HangError(`took ${Math.round(elapsed)} ms`);
  return outcome;
}

class HangError extends Error {}

/** Describes an input briefly, for failure messages (long strings and arrays cut). */
export function brief(input: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(input, (_key, value) => {
      if (typeof value === 'string' && value.length > 200) {
        return `${value.slice(0, 200)}…(${value.length} chars)`;
      }
      if (value instanceof Uint8Array) return `Uint8Array(${value.length})`;
      return value;
    });
  } catch {
    text = `(${typeof input} too deep to print)`;
  }
  return (text ?? String(input)).slice(0, 2000);
}

/**
 * Declares the batches of a target as tests. Each batch is a seeded fc.assert run; its seed is
 * printed on failure (rerun with LERKIT_FUZZ_SEED to reproduce).
 */
export function fuzz<T>(target: FuzzTarget<T>): void {
  const perBatch = FULL ? target.batch.full : target.batch.slice;
  const batches = FULL ? target.batches : 1;
  let count = 0;
  let heapStart = 0;
  describe(`fuzz ${target.name}`, () => {
    beforeAll(async () => {
      await target.warmUp?.();
    });
    afterAll(() => {
      mkdirSync(COUNTS_DIR, { recursive: true });
      const file = join(COUNTS_DIR, `${target.name.replace(/[^\w.-]+/g, '_')}.json`);
      writeFileSync(file, JSON.stringify({ target: target.name, count }));
    });
    it.each(Array.from({ length: batches }, (_, i) => i))(
      `batch %i (${perBatch} inputs)`,
      async (batch) => {
        startWatchdog();
        if (batch === 0) heapStart = heapUsed();
        const seed = BASE_SEED + batch * 7919 + hash(target.name);
        let index = 0;
        // fc.check, not fc.assert: fast-check's own printing of a counterexample recurses, and a
        // deeply nested input would overflow the stack while reporting its failure.
        const details = await fc.check(
          fc.asyncProperty(target.arbitrary, async (input) => {
            markStart(`${target.name} batch ${batch} (seed ${seed}) input #${index++}`);
            try {
              const { result, error } = await withinLimit(() => target.run(input));
              if (error !== undefined && !(target.accept?.(error) ?? false)) {
                throw new Error(
                  `${target.name} threw what its API does not document: ${describeError(error)}`,
                );
              }
              if (error === undefined) target.check?.(result, input);
              checkPrototypes();
              count++;
            } finally {
              markEnd();
            }
          }),
          { seed, numRuns: perBatch, endOnFailure: true },
        );
        if (details.failed) {
          const saved = saveInput(target.name, seed, details.counterexample?.[0]);
          throw new Error(
            `${target.name}: input #${index - 1} of seed ${seed} failed: ${describeError(details.errorInstance)}\ninput: ${brief(details.counterexample?.[0])}${saved ? `\nfull input: ${saved}` : ''}`,
          );
        }
        const growth = heapUsed() - heapStart;
        expect(growth, `heap grew by ${Math.round(growth / 1048576)} MiB`).toBeLessThan(
          HEAP_GROWTH_LIMIT,
        );
      },
    );
  });
}

// The failing input, whole, for reproduction (.tmp/fuzz-failures/), when it can be serialized.
function saveInput(name: string, seed: number, input: unknown): string | undefined {
  try {
    const dir = join(REPO_ROOT, '.tmp', 'fuzz-failures');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}-${seed}.json`);
    const value =
      input instanceof Uint8Array ? { base64: Buffer.from(input).toString('base64') } : input;
    writeFileSync(file, JSON.stringify(value));
    return file;
  } catch {
    return undefined;
  }
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function describeError(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message.slice(0, 300)}\n${error.stack?.split('\n').slice(1, 6).join('\n')}`;
  return String(error);
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h & 0xffff;
}
