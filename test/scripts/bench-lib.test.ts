// The statistics and formatting of the benchmark harness (bench/lib.mjs, used by bench/bench.mjs):
// medians, ratios, target verdicts and the results table.
import { describe, expect, it } from 'vitest';
import {
  median,
  num,
  quantile,
  renderSpeedTable,
  speedRatio,
  table,
  targetCell,
  times,
} from '../../bench/lib.mjs';

describe('bench statistics', () => {
  it('median of odd and even counts, unsorted input left alone', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('quantile interpolates linearly', () => {
    expect(quantile([0, 10], 0.9)).toBeCloseTo(9);
    expect(quantile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5);
  });

  it('speedRatio is lerkit ÷ peer, null when a side is missing or not positive', () => {
    expect(speedRatio(300, 100)).toBe(3);
    expect(speedRatio(50, 200)).toBe(0.25);
    expect(speedRatio(null, 100)).toBeNull();
    expect(speedRatio(100, null)).toBeNull();
    expect(speedRatio(100, 0)).toBeNull();
    expect(speedRatio(Number.NaN, 1)).toBeNull();
  });
});

describe('bench formatting', () => {
  it('num: separators, decimals only below 100, n/a for missing', () => {
    expect(num(1875.4)).toBe('1,875');
    expect(num(12.345)).toBe('12.3');
    expect(num(12.345, 2)).toBe('12.35');
    expect(num(null)).toBe('n/a');
    expect(num(Number.POSITIVE_INFINITY)).toBe('n/a');
  });

  it('times: two decimals, three below 0.1', () => {
    expect(times(1.333)).toBe('1.33×');
    expect(times(0.0412)).toBe('0.041×');
    expect(times(null)).toBe('n/a');
  });

  it('targetCell: bound, direction and verdict', () => {
    expect(targetCell(undefined, 3)).toBe('');
    expect(targetCell({ min: 20 }, 1.12)).toBe('≥ 20× (missed)');
    expect(targetCell({ min: 20 }, 21)).toBe('≥ 20× (met)');
    expect(targetCell({ max: 0.25 }, 0.4)).toBe('≤ 0.25× (missed)');
    expect(targetCell({ max: 1000 }, 12, 'ms')).toBe('≤ 1,000 ms (met)');
    expect(targetCell({ min: 1 }, null)).toBe('≥ 1×');
  });

  it('table renders Markdown', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('renderSpeedTable: values, ratio, target; n/a for a missing peer; notes only when given', () => {
    const text = renderSpeedTable([
      { label: 'rdfc verify', lerkit: 4300, peer: 215, target: { min: 20 } },
      { label: 'no peer', lerkit: 10, peer: null },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('| row | lerkit | peer | lerkit ÷ peer | target |');
    expect(lines[2]).toBe('| rdfc verify | 4,300 ops/s | 215 ops/s | 20.00× | ≥ 20× (met) |');
    expect(lines[3]).toBe('| no peer | 10.0 ops/s | n/a | n/a |  |');
    const withNote = renderSpeedTable([
      { label: 'x', lerkit: 1, peer: 2, unit: 'files/s', note: 'n' },
    ]);
    expect(withNote.split('\n')[2]).toBe('| x | 1.0 files/s | 2.0 files/s | 0.50× |  | n |');
  });
});
