// Summary statistics for timings. Percentiles use linear interpolation between closest ranks
// (the "R-7" rule of numpy/Excel), so p50 is the usual median and small samples behave sensibly.

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('no values to summarise');
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('timings must be finite numbers');
  return [...values].sort((a, b) => a - b);
}

/** The p-th percentile (0..100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const s = sorted(values);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo]! + (s[hi]! - s[lo]!) * (rank - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export interface Spread {
  median: number;
  p95: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), p95: percentile(values, 95), max: Math.max(...sorted(values)), n: values.length };
}
