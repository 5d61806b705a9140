// verifyFiles / validateFiles: many files over worker threads, each worker with its own verifier
// built from the same (serialisable) options; outcomes streamed back in input order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidArgumentError } from '../errors/index.js';
import { type AnyIterable, boundedMap } from '../internal/bounded-map.js';
import type { ValidationReport, VerificationReport } from '../report/types.js';
import type { ValidateOptions } from '../validate/types.js';
import type { BatchProgress } from '../verify/many.js';
import type { VerifyOptions } from '../verify/types.js';
import { createVerifier } from '../verify/verify.js';
import {
  type BatchJob,
  type BatchMode,
  type BatchOutcome,
  createJobRunner,
  type SerialisedBatchOptions,
  toVerifyOptions,
} from './batch-job.js';
import type { SafeFetchOptions } from './safe-fetch.js';

/** Options of the batch itself, for {@link verifyFiles} and {@link validateFiles}. */
export interface FilesOptions {
  /**
   * Worker threads. Default: one per core (`availableParallelism()`), but 1 for an array of fewer
   * than 200 paths. With 1, files are checked in this thread (no worker is started).
   */
  workers?: number;
  /** Files in flight per worker (or in-process) at once. Default 4. */
  concurrency?: number;
  /** Called after each file. */
  onProgress?: (progress: BatchProgress) => void;
  /** Stops the batch: no further path is read and the iteration rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Network access, as {@link createSafeFetch} options: each worker builds its own safe fetch from
   * them (a `fetch` function cannot be sent to a worker thread). Functions in these options
   * (`resolve`) need `workers: 1`.
   */
  safeFetch?: SafeFetchOptions;
}

/** Options of {@link verifyFiles}: verify's options plus the batch's. */
export type VerifyFilesOptions = VerifyOptions & FilesOptions;

/** Options of {@link validateFiles}: validate's options plus the batch's. */
export type ValidateFilesOptions = ValidateOptions & FilesOptions;

/** One file's outcome: its report, or why it could not be read (`error`). */
export type FileResult<R> =
  | {
      /** The path's position among the inputs (0-based). */
      readonly index: number;
      /** The path (or URL) as given. */
      readonly path: string;
      /** The file's report. */
      readonly report: R;
      /** No error: the file was checked. */
      readonly error?: undefined;
    }
  | {
      /** The path's position among the inputs (0-based). */
      readonly index: number;
      /** The path (or URL) as given. */
      readonly path: string;
      /** No report: the file could not be checked. */
      readonly report?: undefined;
      /** Why the file could not be checked: `cannot read <path>: ENOENT`, a broken baked image… */
      readonly error: string;
    };

/** Below this many paths (in an array), a batch runs in-process by default. */
export const SMALL_BATCH = 200;

const BATCH_KEYS = ['workers', 'concurrency', 'onProgress', 'signal', 'safeFetch'] as const;

/**
 * Verifies many credential files (JSON, VC-JWT, baked PNG/SVG; or OB 2.0 hosted assertion URLs),
 * spread over worker threads, each with a verifier built from `options`. Results stream back in
 * input order; memory holds only the files in flight and a small window, so a generator of
 * 100,000 paths is fine. A file that cannot be read is a result with `error`; a bad credential a
 * report like any other.
 *
 * Options must be serialisable to reach worker threads: `documentLoader`, `fetch`, a `now`
 * function or a custom `TrustRegistry` run the batch in this thread when `workers` is not given,
 * and are an error with `workers` > 1. For the network, give `safeFetch` instead of `fetch`.
 *
 * @param paths - File paths (a sync or async iterable).
 * @param options - As for `createVerifier`, plus `workers`, `concurrency`, `onProgress`,
 *   `signal`, `safeFetch`.
 * @returns An async iterable of `{ index, path, report }` or `{ index, path, error }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for bad options (when called).
 * @example
 * ```ts
 * for await (const { path, report, error } of verifyFiles(paths, { resources })) {
 *   console.log(path, error ?? report.status);
 * }
 * ```
 */
export function verifyFiles(
  paths: AnyIterable<string>,
  options: VerifyFilesOptions = {},
): AsyncIterable<FileResult<VerificationReport>> {
  return checkFiles('verify', paths, options) as AsyncIterable<FileResult<VerificationReport>>;
}

/**
 * Validates many credential files (JSON, VC-JWT, baked PNG/SVG) over worker threads, as
 * {@link verifyFiles} verifies them.
 *
 * @param paths - File paths (a sync or async iterable).
 * @param options - As for `validate`, plus `workers`, `concurrency`, `onProgress`, `signal`.
 * @returns An async iterable of `{ index, path, report }` or `{ index, path, error }`.
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for bad options (when called).
 * @example
 * ```ts
 * for await (const { path, report } of validateFiles(['a.json', 'b.json'], { workers: 2 })) {
 *   console.log(path, report?.valid);
 * }
 * ```
 */
export function validateFiles(
  paths: AnyIterable<string>,
  options: ValidateFilesOptions = {},
): AsyncIterable<FileResult<ValidationReport>> {
  return checkFiles('validate', paths, options) as AsyncIterable<FileResult<ValidationReport>>;
}

function checkFiles(
  mode: BatchMode,
  paths: AnyIterable<string>,
  options: FilesOptions,
): AsyncIterable<FileResult<VerificationReport | ValidationReport>> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  if (
    typeof paths !== 'object' ||
    paths === null ||
    !(Symbol.iterator in paths || Symbol.asyncIterator in paths)
  ) {
    throw new InvalidArgumentError('paths must be an iterable or an async iterable', 'paths');
  }
  const concurrency = positive(options.concurrency, 4, 'concurrency');
  const check: Record<string, unknown> = { ...(options as Record<string, unknown>) };
  for (const key of BATCH_KEYS) delete check[key];
  const serialised: SerialisedBatchOptions = {
    check,
    ...(options.safeFetch ? { safeFetch: options.safeFetch } : {}),
  };
  const unserialisable = functionIn(check, '') ?? functionIn(options.safeFetch, 'safeFetch');
  let workers = options.workers;
  if (workers !== undefined) positive(workers, 1, 'workers');
  else if (unserialisable !== undefined) workers = 1;
  else if (Array.isArray(paths) && paths.length < SMALL_BATCH) workers = 1;
  else workers = availableParallelism();
  if (workers > 1 && unserialisable !== undefined) {
    throw new InvalidArgumentError(
      `${unserialisable} is a function, which cannot be sent to worker threads: use workers: 1 (this thread), or safeFetch instead of fetch`,
      unserialisable,
    );
  }
  const libraryOptions = toVerifyOptions(serialised);
  // Bad library options throw here, in the caller's thread, before any worker starts.
  if (mode === 'verify') createVerifier(libraryOptions);
  const progress = progressOf(options.onProgress);
  const signal = options.signal;
  if (workers === 1) {
    const run = createJobRunner(mode, libraryOptions);
    return boundedMap(paths, (path, index) => progress(index, path, () => run(path)), {
      concurrency,
      signal,
    });
  }
  return inWorkers(mode, serialised, paths, workers, concurrency, signal, progress);
}

/** Runs one file's check, counting it for onProgress. */
type Progress = (
  index: number,
  path: string,
  outcome: () => Promise<BatchOutcome>,
) => Promise<FileResult<VerificationReport | ValidationReport>>;

function progressOf(onProgress: FilesOptions['onProgress']): Progress {
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidArgumentError('onProgress must be a function', 'onProgress');
  }
  let done = 0;
  let failed = 0;
  let inFlight = 0;
  let started = 0;
  return async (index, path, outcome) => {
    started++;
    inFlight++;
    let result: BatchOutcome;
    try {
      result = await outcome();
    } finally {
      inFlight--;
    }
    done++;
    if (result.error !== undefined || result.report.status === 'invalid') failed++;
    onProgress?.({ done, failed, inFlight, started });
    return { index, path, ...result } as FileResult<VerificationReport | ValidationReport>;
  };
}

async function* inWorkers(
  mode: BatchMode,
  options: SerialisedBatchOptions,
  paths: AnyIterable<string>,
  count: number,
  concurrency: number,
  signal: AbortSignal | undefined,
  progress: Progress,
): AsyncGenerator<FileResult<VerificationReport | ValidationReport>> {
  const pool = Array.from({ length: count }, () => startWorker(mode, options));
  try {
    yield* boundedMap(
      paths,
      (path, index) => {
        // The least busy worker takes it (the bounded map keeps the total ≤ count × concurrency).
        const worker = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
        return progress(index, path, () => worker.run({ id: index, path }));
      },
      { concurrency: count * concurrency, signal },
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.thread.terminate()));
  }
}

interface PooledWorker {
  thread: Worker;
  pending: Map<number, { resolve: (outcome: BatchOutcome) => void; reject: (e: Error) => void }>;
  run(job: BatchJob): Promise<BatchOutcome>;
}

type WorkerMessage =
  | ({ id: number; failure?: undefined } & BatchOutcome)
  | { id: number; failure: { message: string; name?: string } };

function startWorker(mode: BatchMode, options: SerialisedBatchOptions): PooledWorker {
  const thread = spawn({ mode, options });
  const pending: PooledWorker['pending'] = new Map();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  thread.on('message', (message: WorkerMessage) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.failure) {
      const error = new Error(message.failure.message);
      if (message.failure.name) error.name = message.failure.name;
      waiting.reject(error);
    } else {
      waiting.resolve(
        message.error === undefined ? { report: message.report } : { error: message.error },
      );
    }
  });
  thread.on('error', failAll);
  thread.on('exit', (code) => failAll(new Error(`a lerkit worker thread exited (code ${code})`)));
  return {
    thread,
    pending,
    run: (job) =>
      new Promise((resolve, reject) => {
        pending.set(job.id, { resolve, reject });
        thread.postMessage(job);
      }),
  };
}

// A small young generation per worker: each verification's garbage is short-lived, and the
// default (sized for one isolate per process) made 2 workers' process peak ~40 MB higher for ~3%
// less CPU (bench/batch.mjs, 1,000 files).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

// The built worker, dist/node/worker.js, next to this module (ESM); in the CJS build the shim of
// import.meta.url names a chunk in dist/, hence the second place. From the sources (tests, tsx),
// the TypeScript one through tsx.
function spawn(workerData: unknown): Worker {
  for (const place of ['./worker.js', './node/worker.js']) {
    const built = new URL(place, import.meta.url);
    if (existsSync(fileURLToPath(built))) {
      return new Worker(built, { workerData, resourceLimits: WORKER_LIMITS });
    }
  }
  const source = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

function positive(value: unknown, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new InvalidArgumentError(`${field} must be an integer ≥ 1`, field);
  }
  return value as number;
}

// The path of the first function in the options (functions cannot be structured-cloned).
function functionIn(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'function') return path;
  if (typeof value !== 'object' || value === null || depth > 8) return undefined;
  if (ArrayBuffer.isView(value) || value instanceof Date) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = functionIn(child, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
