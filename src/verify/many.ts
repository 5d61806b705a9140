// Verifier.verifyMany: many credentials through one verifier (its caches shared), a bounded
// number at a time, results streamed in input or completion order. Runtime-agnostic.
import { InvalidArgumentError } from '../errors/index.js';
import { type AnyIterable, boundedMap } from '../internal/bounded-map.js';
import type { CredentialInput } from '../parse/parse-input.js';
import type { VerificationReport } from '../report/types.js';

/** Progress of a batch, given to {@link VerifyManyOptions.onProgress} after each input. */
export interface BatchProgress {
  /** Inputs finished so far. */
  readonly done: number;
  /** Of those, how many did not verify (`verified: false`). */
  readonly failed: number;
  /** Inputs being verified right now. */
  readonly inFlight: number;
  /** Inputs read from the iterable so far (finished, in flight, or waiting to be yielded). */
  readonly started: number;
}

/** Options of {@link Verifier.verifyMany}. */
export interface VerifyManyOptions {
  /** Credentials verified at once (default 8). Memory holds at most about twice this many. */
  concurrency?: number;
  /** `'input'` (default): results in the order of the inputs; `'completion'`: as they finish. */
  order?: 'input' | 'completion';
  /** Called after each input is verified. */
  onProgress?: (progress: BatchProgress) => void;
  /**
   * Stops the batch: no further input is read and the iteration rejects with the signal's reason
   * (verifications already started finish in the background, unreported).
   */
  signal?: AbortSignal;
}

/** One result of {@link Verifier.verifyMany}. */
export interface VerifyManyResult {
  /** The input's position in the iterable (0-based). */
  readonly index: number;
  /** The input, as given. */
  readonly input: CredentialInput;
  /** Its report: a bad input is a report like any other, never an exception. */
  readonly report: VerificationReport;
}

/** The default number of credentials verified at once. */
export const DEFAULT_CONCURRENCY = 8;

/**
 * Runs `verifyOne` over `inputs` as {@link Verifier.verifyMany} describes.
 *
 * @throws {InvalidArgumentError} `ERR_LERKIT_INVALID_ARGUMENT` for bad options or inputs that are
 *   not iterable (when called, before any input is read).
 */
export function verifyManyWith(
  verifyOne: (input: CredentialInput) => Promise<VerificationReport>,
  inputs: AnyIterable<CredentialInput>,
  options: VerifyManyOptions = {},
): AsyncIterable<VerifyManyResult> {
  const { concurrency, order, onProgress, signal } = readManyOptions(options, inputs);
  let done = 0;
  let failed = 0;
  let inFlight = 0;
  let started = 0;
  return boundedMap(
    inputs,
    async (input, index): Promise<VerifyManyResult> => {
      started++;
      inFlight++;
      let report: VerificationReport;
      try {
        report = await verifyOne(input);
      } finally {
        inFlight--;
      }
      done++;
      if (!report.verified) failed++;
      onProgress?.({ done, failed, inFlight, started });
      return { index, input, report };
    },
    { concurrency, order, signal },
  );
}

function readManyOptions(options: VerifyManyOptions, inputs: unknown) {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options must be an object', 'options');
  }
  const iterable =
    typeof inputs === 'object' &&
    inputs !== null &&
    (Symbol.iterator in inputs || Symbol.asyncIterator in inputs);
  if (!iterable) {
    throw new InvalidArgumentError('inputs must be an iterable or an async iterable', 'inputs');
  }
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InvalidArgumentError('concurrency must be an integer ≥ 1', 'concurrency');
  }
  const order = options.order ?? 'input';
  if (order !== 'input' && order !== 'completion') {
    throw new InvalidArgumentError("order must be 'input' or 'completion'", 'order');
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new InvalidArgumentError('onProgress must be a function', 'onProgress');
  }
  const { signal } = options;
  if (
    signal !== undefined &&
    !(typeof signal === 'object' && signal !== null && 'aborted' in signal)
  ) {
    throw new InvalidArgumentError('signal must be an AbortSignal', 'signal');
  }
  return { concurrency, order, onProgress: options.onProgress, signal } as const;
}
