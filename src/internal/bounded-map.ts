// A bounded, optionally ordered, concurrent map over a sync or async iterable: the engine of
// verifyMany and of the Node batch runner. Runtime-agnostic (no Node APIs).
//
// Memory stays flat over any number of inputs: the source is pulled only while fewer than
// `concurrency` items are in flight AND fewer than `concurrency + window` items are started but
// not yet yielded (in input order, one slow item holds back the results after it; the window is
// how many of them may wait).

/** Options of {@link boundedMap}. */
export interface BoundedMapOptions {
  /** Items in flight at once (≥ 1). */
  readonly concurrency: number;
  /** `'input'` (default): results in the order of the inputs; `'completion'`: as they finish. */
  readonly order?: 'input' | 'completion';
  /**
   * Finished results that may wait behind a slow one (input order) before the source is paused.
   * Default: `concurrency`.
   */
  readonly window?: number;
  /** Stops pulling inputs; the iteration rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
}

/** A sync or async iterable: what batches (`verifyMany`, `verifyFiles`) read their inputs from. */
export type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Maps `work` over `source`, at most `concurrency` at a time, yielding results in input or
 * completion order. A rejection of `work` (or of the source) ends the iteration with that error;
 * breaking out of the loop closes the source.
 */
export async function* boundedMap<T, R>(
  source: AnyIterable<T>,
  work: (item: T, index: number) => Promise<R>,
  options: BoundedMapOptions,
): AsyncGenerator<R, void, undefined> {
  const { concurrency, order = 'input', signal } = options;
  const limit = concurrency + (options.window ?? concurrency);
  const iterator = iteratorOf(source);
  const isAsync = Symbol.asyncIterator in source;
  const finished = new Map<number, R>(); // input order: by index
  const queue: R[] = []; // completion order
  // An object, not a `let`: it is set in callbacks, which TypeScript's narrowing does not see.
  const failure: { error?: unknown; failed: boolean } = { failed: false };
  let started = 0;
  let inFlight = 0;
  let nextToYield = 0;
  let exhausted = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const held = () => inFlight + finished.size + queue.length;
  const start = (item: T, index: number) => {
    inFlight++;
    work(item, index).then(
      (value) => {
        inFlight--;
        if (order === 'input') finished.set(index, value);
        else queue.push(value);
        notify();
      },
      (error: unknown) => {
        inFlight--;
        if (!failure.failed) Object.assign(failure, { error, failed: true });
        notify();
      },
    );
  };
  signal?.addEventListener('abort', notify);
  try {
    for (;;) {
      signal?.throwIfAborted();
      if (failure.failed) throw failure.error;
      while (!exhausted && inFlight < concurrency && held() < limit) {
        // A sync source is read without a needless await (a microtask per input).
        const step = isAsync ? await iterator.next() : (iterator as Iterator<T>).next();
        signal?.throwIfAborted();
        if (step.done) exhausted = true;
        else start(step.value, started++);
      }
      let yielded = false;
      if (order === 'input') {
        while (finished.has(nextToYield) && !failure.failed && !signal?.aborted) {
          const value = finished.get(nextToYield) as R;
          finished.delete(nextToYield++);
          yielded = true;
          yield value;
        }
      } else {
        while (queue.length > 0 && !failure.failed && !signal?.aborted) {
          yielded = true;
          yield queue.shift() as R;
        }
      }
      if (failure.failed) throw failure.error;
      if (exhausted && held() === 0) return;
      if (!yielded && !signal?.aborted) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal?.removeEventListener('abort', notify);
    if (!exhausted) await iterator.return?.();
  }
}

function iteratorOf<T>(source: AnyIterable<T>): AsyncIterator<T> | Iterator<T> {
  if (typeof source === 'object' && source !== null) {
    if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
    if (Symbol.iterator in source) return source[Symbol.iterator]();
  }
  throw new TypeError('inputs must be an iterable or an async iterable');
}
