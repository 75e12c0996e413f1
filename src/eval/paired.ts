// Brief against a baseline on the same articles. The table's intervals are per engine; two
// engines' intervals overlap far more than their difference varies, because most of the spread
// comes from the articles (an easy article is easy for both). The paired difference, resampled
// over articles, says whether a gap between two rows is larger than chance.
import { bootstrapMean, type Estimate } from './bootstrap.ts';
import type { EngineRun } from './harness.ts';

const METRICS = [['rouge1', 'R-1'], ['rouge2', 'R-2'], ['rougeLsum', 'R-Lsum']] as const;

export interface PairedComparison {
  engine: string;
  baseline: string;
  /** engine − baseline, F1 x 100, mean with a 95% bootstrap interval over articles. */
  differences: Record<(typeof METRICS)[number][0], Estimate>;
  /** Articles where both gave exactly the same points. */
  samePoints: number;
  articles: number;
}

export function comparePaired(engine: EngineRun, baseline: EngineRun, seed: number): PairedComparison | undefined {
  const n = engine.outcomes.length;
  if (n === 0 || n !== baseline.outcomes.length) return undefined;
  const pairs = engine.outcomes.map((o, i) => [o, baseline.outcomes[i]!] as const);
  const differences = Object.fromEntries(
    METRICS.map(([key]) => [key, bootstrapMean(pairs.map(([a, b]) => (a.scores[key] - b.scores[key]) * 100), { seed })]),
  ) as PairedComparison['differences'];
  const samePoints = pairs.filter(([a, b]) => a.points.length === b.points.length && a.points.every((p, i) => p === b.points[i])).length;
  return { engine: engine.id, baseline: baseline.id, differences, samePoints, articles: n };
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

export function formatPaired(c: PairedComparison): string {
  const figures = METRICS.map(([key, name]) => {
    const d = c.differences[key];
    return `${name} ${signed(d.mean)} (${signed(d.low)} to ${signed(d.high)})`;
  });
  return `${c.engine} − ${c.baseline}, paired over the same articles (95% bootstrap interval): ${figures.join(', ')}; the same points on ${c.samePoints} of ${c.articles} articles.`;
}
