// boundedMap: order, the concurrency bound, the memory window, errors, abort, closing the source.
import { describe, expect, it } from 'vitest';
import { boundedMap } from '../../src/internal/bounded-map.js';

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

/** Work that takes `delays[i]` ms for input i and counts how many run at once. */
function instrumented(delays: (i: number) => number) {
  const state = { inFlight: 0, peak: 0 };
  const work = async (item: number) => {
    state.inFlight++;
    state.peak = Math.max(state.peak, state.inFlight);
    await tick(delays(item));
    state.inFlight--;
    return item * 10;
  };
  return { state, work };
}

describe('boundedMap', () => {
  it('keeps the input order although later inputs finish first', async () => {
    const { work } = instrumented((i) => (5 - i) * 3);
    expect(await collect(boundedMap([0, 1, 2, 3, 4], work, { concurrency: 5 }))).toEqual([
      0, 10, 20, 30, 40,
    ]);
  });

  it('yields in completion order when asked', async () => {
    const { work } = instrumented((i) => (5 - i) * 4);
    const out = await collect(
      boundedMap([0, 1, 2, 3, 4], work, { concurrency: 5, order: 'completion' }),
    );
    expect(out).toEqual([40, 30, 20, 10, 0]);
  });

  it('never runs more than `concurrency` at once and uses all of it', async () => {
    const { state, work } = instrumented((i) => i % 3);
    const out = await collect(
      boundedMap(
        Array.from({ length: 50 }, (_, i) => i),
        work,
        { concurrency: 4 },
      ),
    );
    expect(out).toHaveLength(50);
    expect(state.peak).toBe(4);
  });

  it('reads a sync generator of 5,000 inputs lazily: never more than concurrency + window held', async () => {
    let pulled = 0;
    let yielded = 0;
    let maxHeld = 0;
    function* inputs() {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        maxHeld = Math.max(maxHeld, pulled - yielded);
        yield i;
      }
    }
    // Input 0 is slow: everything after it must wait, and the source must pause meanwhile.
    const work = async (i: number) => {
      if (i === 0) await tick(30);
      else await Promise.resolve();
      return i;
    };
    let expected = 0;
    for await (const value of boundedMap(inputs(), work, { concurrency: 8, window: 8 })) {
      expect(value).toBe(expected++);
      yielded++;
    }
    expect(expected).toBe(5000);
    expect(maxHeld).toBeLessThanOrEqual(16);
    expect(maxHeld).toBeGreaterThanOrEqual(8);
  });

  it('reads async iterables', async () => {
    async function* inputs() {
      for (let i = 0; i < 10; i++) {
        await tick();
        yield i;
      }
    }
    expect(await collect(boundedMap(inputs(), async (i) => i + 1, { concurrency: 3 }))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('handles an empty source', async () => {
    expect(await collect(boundedMap([], async (i) => i, { concurrency: 3 }))).toEqual([]);
  });

  it('rejects with the error of a failed work item', async () => {
    const work = async (i: number) => {
      if (i === 3) throw new Error('boom');
      return i;
    };
    await expect(collect(boundedMap([0, 1, 2, 3, 4], work, { concurrency: 2 }))).rejects.toThrow(
      'boom',
    );
  });

  it('rejects with the error of the source and stops', async () => {
    function* inputs() {
      yield 1;
      throw new Error('source broke');
    }
    await expect(collect(boundedMap(inputs(), async (i) => i, { concurrency: 2 }))).rejects.toThrow(
      'source broke',
    );
  });

  it('stops reading and rejects when the signal aborts', async () => {
    const controller = new AbortController();
    let pulled = 0;
    function* inputs() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield i;
      }
    }
    const seen: number[] = [];
    const iteration = (async () => {
      for await (const value of boundedMap(
        inputs(),
        async (i) => {
          await tick(1);
          return i;
        },
        {
          concurrency: 2,
          signal: controller.signal,
        },
      )) {
        seen.push(value);
        if (value === 5) controller.abort(new Error('stop'));
      }
    })();
    await expect(iteration).rejects.toThrow('stop');
    expect(seen.at(-1)).toBe(5);
    expect(pulled).toBeLessThan(20);
  });

  it('yields nothing more after an abort, even results already finished', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const iteration = (async () => {
      // Every input finishes at once, so several results wait to be yielded when the abort comes.
      for await (const value of boundedMap([0, 1, 2, 3, 4, 5, 6, 7], async (i) => i, {
        concurrency: 8,
        signal: controller.signal,
      })) {
        seen.push(value);
        if (value === 2) controller.abort(new Error('stop'));
      }
    })();
    await expect(iteration).rejects.toThrow('stop');
    expect(seen).toEqual([0, 1, 2]);
  });

  it('rejects at once with a signal aborted before the start, reading nothing', async () => {
    let pulled = 0;
    function* inputs() {
      pulled++;
      yield 1;
    }
    const signal = AbortSignal.abort(new Error('already'));
    await expect(
      collect(boundedMap(inputs(), async (i) => i, { concurrency: 2, signal })),
    ).rejects.toThrow('already');
    expect(pulled).toBe(0);
  });

  it('closes the source when the consumer breaks out', async () => {
    let closed = false;
    function* inputs() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const value of boundedMap(inputs(), async (i) => i, { concurrency: 3 })) {
      if (value === 10) break;
    }
    expect(closed).toBe(true);
  });
});
