import { describe, expect, it } from 'vitest';
import type { ArticleOutcome, EngineRun } from '../../../src/eval/harness.ts';
import { comparePaired, formatPaired } from '../../../src/eval/paired.ts';

const outcome = (points: string[], r1: number, r2: number, rl: number): ArticleOutcome => ({
  points, ms: 1, words: 10, dangling: [], repeated: false, checks: points.map(() => ({ found: true, missing: [] })),
  scores: { rouge1: r1, rouge2: r2, rougeL: rl, rougeLsum: rl },
});
const run = (id: string, outcomes: ArticleOutcome[]): EngineRun => ({ id, label: id, outcomes });

describe('paired comparison', () => {
  it('averages per-article differences and counts articles with the same points', () => {
    const a = run('brief', [outcome(['x'], 0.5, 0.3, 0.4), outcome(['y'], 0.6, 0.4, 0.5), outcome(['z'], 0.2, 0.1, 0.2)]);
    const b = run('lead3', [outcome(['x'], 0.5, 0.3, 0.4), outcome(['w'], 0.3, 0.1, 0.2), outcome(['v'], 0.5, 0.4, 0.5)]);
    const c = comparePaired(a, b, 1)!;
    expect(c.differences.rouge1.mean).toBeCloseTo(0, 9); // (0 + 30 − 30) / 3
    expect(c.differences.rouge2.mean).toBeCloseTo(0, 9);
    expect(c.differences.rouge1.low).toBeLessThan(0);
    expect(c.differences.rouge1.high).toBeGreaterThan(0);
    expect(c.samePoints).toBe(1);
    expect(formatPaired(c)).toMatch(/^brief − lead3, .*R-1 [+−]0\.00 \(−[\d.]+ to \+[\d.]+\).*the same points on 1 of 3 articles\.$/);
  });

  it('gives an interval that excludes zero when one engine is better on every article', () => {
    const a = run('brief', Array.from({ length: 30 }, (_, i) => outcome([`a${i}`], 0.5 + i / 100, 0.3, 0.4)));
    const b = run('lead3', Array.from({ length: 30 }, (_, i) => outcome([`b${i}`], 0.4 + i / 100, 0.3, 0.4)));
    const c = comparePaired(a, b, 1)!;
    expect(c.differences.rouge1.mean).toBeCloseTo(10, 6);
    expect(c.differences.rouge1.low).toBeGreaterThan(9.99);
    expect(c.samePoints).toBe(0);
  });

  it('declines runs over different article sets', () => {
    expect(comparePaired(run('brief', [outcome(['x'], 1, 1, 1)]), run('lead3', []), 1)).toBeUndefined();
  });
});
