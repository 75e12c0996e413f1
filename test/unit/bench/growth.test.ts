import { describe, expect, it } from 'vitest';
import { compareWithNLogN, growthExponent, nLogNRatio } from '../../../scripts/bench/growth.ts';
import { BUDGETS, worstGrowthStep } from '../../../scripts/bench/report.ts';

const costs = (f: (n: number) => number, sizes = [500, 1000, 2000, 10_000, 50_000, 200_000]) => sizes.map((words) => ({ words, ms: f(words) }));

describe('growth of cost with length', () => {
  it('reads the exponent of a power law', () => {
    expect(growthExponent({ n: 1000, ms: 2 }, { n: 10_000, ms: 20 })).toBeCloseTo(1, 10);
    expect(growthExponent({ n: 1000, ms: 2 }, { n: 10_000, ms: 200 })).toBeCloseTo(2, 10);
    expect(growthExponent({ n: 1000, ms: 2 }, { n: 4000, ms: 2 })).toBeCloseTo(0, 10);
  });

  it('computes how much n log n grows between two sizes', () => {
    expect(nLogNRatio(10, 100)).toBeCloseTo(20, 10); // 100·ln100 / 10·ln10 = 10 · 2
    expect(nLogNRatio(1000, 1000)).toBe(1);
  });

  it('accepts linear and n log n growth and rejects quadratic growth', () => {
    expect(compareWithNLogN({ n: 1000, ms: 1 }, { n: 10_000, ms: 10 }, 1).withinNLogN).toBe(true);
    expect(compareWithNLogN({ n: 1000, ms: 1 }, { n: 10_000, ms: nLogNRatio(1000, 10_000) }, 1).withinNLogN).toBe(true);
    expect(compareWithNLogN({ n: 1000, ms: 1 }, { n: 10_000, ms: 100 }, BUDGETS.growthTolerance).withinNLogN).toBe(false);
  });

  it('finds the step that grows fastest relative to n log n, whatever the input order', () => {
    const sizes = costs((n) => (n <= 2000 ? n / 1000 : (n / 1000) ** 2)).reverse();
    const worst = worstGrowthStep(sizes)!;
    expect(worst.from.n).toBe(2000);
    expect(worst.to.n).toBe(10_000);
    expect(worst.withinNLogN).toBe(false);
    expect(worstGrowthStep(costs((n) => 0.004 * n * Math.log(n)))!.withinNLogN).toBe(true);
    expect(worstGrowthStep([{ words: 1000, ms: 1 }])).toBeUndefined();
  });

  it('refuses sizes or timings that give no slope', () => {
    expect(() => growthExponent({ n: 1000, ms: 1 }, { n: 1000, ms: 2 })).toThrow(RangeError);
    expect(() => growthExponent({ n: 1000, ms: 0 }, { n: 2000, ms: 2 })).toThrow(RangeError);
    expect(() => nLogNRatio(1, 10)).toThrow(RangeError);
  });
});
