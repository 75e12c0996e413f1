// Mean with a 95% percentile-bootstrap interval. The generator is seeded so that a table can be
// regenerated to the last digit, and every engine is resampled with the same article indices
// (a paired bootstrap), so their intervals are comparable.

export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

/** mulberry32: a tiny, well-distributed 32-bit PRNG; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Value at quantile q of sorted values, interpolating linearly between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface BootstrapOptions {
  seed?: number;
  resamples?: number;
}

export function bootstrapMean(values: readonly number[], opts: BootstrapOptions = {}): Estimate {
  const n = values.length;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const random = seededRandom(opts.seed ?? 20240101);
  const resamples = opts.resamples ?? 1000;
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)]!;
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  return { mean: mean(values), low: quantile(means, 0.025), high: quantile(means, 0.975) };
}
