import { describe, expect, it } from 'vitest';
import { bootstrapMean, seededRandom } from '../../../src/eval/bootstrap.ts';

const values = Array.from({ length: 60 }, (_, i) => ((i * 37) % 23) + (i % 5) * 0.5);

describe('bootstrapMean', () => {
  it('is deterministic for a seed', () => {
    expect(bootstrapMean(values, { seed: 7 })).toEqual(bootstrapMean(values, { seed: 7 }));
  });
  it('moves with the seed but keeps the plain mean', () => {
    const a = bootstrapMean(values, { seed: 1 });
    const b = bootstrapMean(values, { seed: 2 });
    expect([a.low, a.high]).not.toEqual([b.low, b.high]);
    expect(a.mean).toBe(b.mean);
    expect(a.mean).toBeCloseTo(values.reduce((x, y) => x + y, 0) / values.length, 12);
  });
  it('brackets the mean, and narrows as the sample grows', () => {
    const small = bootstrapMean(values.slice(0, 15), { seed: 3 });
    const large = bootstrapMean([...values, ...values, ...values, ...values], { seed: 3 });
    expect(small.low).toBeLessThan(small.mean);
    expect(small.high).toBeGreaterThan(small.mean);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
  it('has zero width on constant data and handles no data', () => {
    expect(bootstrapMean([4, 4, 4], { seed: 1 })).toEqual({ mean: 4, low: 4, high: 4 });
    expect(bootstrapMean([], { seed: 1 })).toEqual({ mean: 0, low: 0, high: 0 });
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBe(1000);
  });
});
