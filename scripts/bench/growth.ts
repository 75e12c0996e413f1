// How a cost grows with input size: the log-log slope between sizes, and the comparison with
// n log n that the summarizer budget is about.

export interface SizedTiming {
  /** Input size (words). */
  n: number;
  /** Time for that size (ms). */
  ms: number;
}

/** The exponent k in ms ∝ n^k between two measurements (1 = linear, 2 = quadratic). */
export function growthExponent(a: SizedTiming, b: SizedTiming): number {
  if (a.n <= 0 || b.n <= 0 || a.n === b.n) throw new RangeError('growth needs two distinct positive sizes');
  if (a.ms <= 0 || b.ms <= 0) throw new RangeError('growth needs positive timings');
  return Math.log(b.ms / a.ms) / Math.log(b.n / a.n);
}

/** How much n log n grows from size a to size b (natural log; the base cancels out). */
export function nLogNRatio(a: number, b: number): number {
  if (a <= 1 || b <= 1) throw new RangeError('n log n needs sizes above 1');
  return (b * Math.log(b)) / (a * Math.log(a));
}

export interface GrowthVerdict {
  from: SizedTiming;
  to: SizedTiming;
  /** Measured time ratio to / from. */
  ratio: number;
  /** The ratio n log n would give over the same sizes. */
  nLogN: number;
  exponent: number;
  /** ratio ≤ nLogN × tolerance. */
  withinNLogN: boolean;
}

/**
 * Whether the cost from `from` to `to` grows no faster than n log n. The tolerance absorbs timing
 * noise: a quadratic cost over a 20× span is 20× over n log n, far beyond any tolerance here.
 */
export function compareWithNLogN(from: SizedTiming, to: SizedTiming, tolerance: number): GrowthVerdict {
  const ratio = to.ms / from.ms;
  const nLogN = nLogNRatio(from.n, to.n);
  return { from, to, ratio, nLogN, exponent: growthExponent(from, to), withinNLogN: ratio <= nLogN * tolerance };
}
