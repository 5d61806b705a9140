// One file of a batch, the same in the main thread (in-process batches) and in a worker thread:
// read it, check it with a verifier or validate() built from the batch's serialisable options.
import { readFile } from 'node:fs/promises';
import { detectImageFormat, extract } from '../bake/index.js';
import type { ValidationReport, VerificationReport } from '../report/types.js';
import type { ValidateOptions } from '../validate/types.js';
import { validate } from '../validate/validate.js';
import { createVerifier } from '../verify/verify.js';
import { createSafeFetch, type SafeFetchOptions } from './safe-fetch.js';

/** What a batch does to each file. */
export type BatchMode = 'verify' | 'validate';

/** Options a worker thread receives: structured-cloneable (no functions). */
export interface SerialisedBatchOptions {
  readonly check: Record<string, unknown>;
  /** A safe fetch, rebuilt in each worker (functions cannot be sent to a worker). */
  readonly safeFetch?: SafeFetchOptions;
}

/** One input of a batch. */
export interface BatchJob {
  readonly id: number;
  /** A file path, or (verify) the URL of an Open Badges 2.0 hosted assertion. */
  readonly path: string;
}

/** The outcome of one input: its report, or why it could not be read. */
export type BatchOutcome =
  | { readonly report: VerificationReport | ValidationReport; readonly error?: undefined }
  | { readonly report?: undefined; readonly error: string };

/** An OB 2.0 hosted assertion given by URL (verify loads it through its loader). */
export const HOSTED_URL = /^https?:\/\/\S+$/i;

/**
 * The library options of a batch, as a worker rebuilds them: the serialised check options plus a
 * safe fetch made from its options.
 */
export function toVerifyOptions(options: SerialisedBatchOptions): Record<string, unknown> {
  return options.safeFetch === undefined
    ? options.check
    : { ...options.check, fetch: createSafeFetch(options.safeFetch) };
}

/** A function checking one job, with one verifier (caches shared) for all of them. */
export function createJobRunner(
  mode: BatchMode,
  options: Record<string, unknown>,
): (path: string) => Promise<BatchOutcome> {
  if (mode === 'verify') {
    const verifier = createVerifier(options);
    return async (path) => {
      if (HOSTED_URL.test(path)) return { report: await verifier.verify(path) };
      const bytes = await read(path);
      return typeof bytes === 'string'
        ? { error: bytes }
        : { report: await verifier.verify(bytes) };
    };
  }
  const validateOptions = options as ValidateOptions;
  return async (path) => {
    const bytes = await read(path);
    if (typeof bytes === 'string') return { error: bytes };
    // validate reads JSON and VC-JWTs; a baked image is extracted first.
    let input: Uint8Array | object | string = bytes;
    if (detectImageFormat(bytes)) {
      try {
        input = (await extract(bytes)).credential;
      } catch (error) {
        return { error: `${path}: ${(error as Error)?.message ?? String(error)}` };
      }
    }
    return { report: await validate(input, validateOptions) };
  };
}

// The bytes, or the reason they cannot be read (as the CLI prints it).
async function read(path: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    return `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
}
