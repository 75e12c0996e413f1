import { describe, expect, it } from 'vitest';
import { median, percentile, spread, sum } from '../../../scripts/bench/stats.ts';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates percentiles between closest ranks and does not reorder its input', () => {
    const values = [10, 20, 30, 40, 50];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 95)).toBeCloseTo(48, 10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 95)).toBeCloseTo(19.05, 10);
    const unsorted = [3, 1, 2];
    percentile(unsorted, 50);
    expect(unsorted).toEqual([3, 1, 2]);
  });

  it('summarises a sample as median, p95, max and size', () => {
    expect(spread([7])).toEqual({ median: 7, p95: 7, max: 7, n: 1 });
    expect(spread([1, 100, 2, 3])).toMatchObject({ median: 2.5, max: 100, n: 4 });
    expect(sum([1, 2, 3.5])).toBe(6.5);
  });

  it('refuses empty samples, non-finite timings and impossible percentiles', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
    expect(() => percentile([1, 2], 101)).toThrow(RangeError);
    expect(() => percentile([1, 2], -1)).toThrow(RangeError);
  });
});
