// Bookkeeping for the fuzz suites: how many cases ran (the README quotes the total), and how long
// the slowest call took. Synchronous code cannot be interrupted, so "terminates" is checked as
// "every call returned within a generous bound": a super-linear blow-up shows up as a bound
// exceeded at the sizes generated here long before it becomes a real hang.
import fc from 'fast-check';

/**
 * Generous per-call bound: the slowest fuzz call (summarizing a 1 MB run-on paragraph) takes about
 * 5 s on a 2-core machine under a load of 8, so this never flakes; before segmentation was made
 * linear the same call took minutes.
 */
export const CALL_BOUND_MS = 30_000;

/** Scale every fuzz suite up or down without editing it (BRIEF_FUZZ_SCALE=10 for a long soak). */
export const SCALE = Math.max(0.1, Number(process.env.BRIEF_FUZZ_SCALE ?? '1') || 1);

export const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

export class FuzzTally {
  cases = 0;
  worstMs = 0;
  worstWhat = '';

  constructor(
    readonly label: string,
    readonly boundMs = CALL_BOUND_MS,
  ) {}

  /** Count one fuzz case (one input through one path). */
  count(): void {
    this.cases++;
  }

  /** Run one call and fail it if it took longer than the bound. */
  time<T>(what: string, fn: () => T): T {
    const start = performance.now();
    const value = fn();
    this.record(what, performance.now() - start);
    return value;
  }

  /** Note how long one step took (measured elsewhere), failing it beyond the bound. */
  record(what: string, ms: number): void {
    if (ms > this.worstMs) {
      this.worstMs = ms;
      this.worstWhat = what;
    }
    if (ms > this.boundMs) throw new Error(`${what} took ${Math.round(ms)} ms (bound ${this.boundMs} ms)`);
  }

  /** The line the README figures come from (scripts/reliability-figures.ts adds them up). */
  report(): void {
    console.log(`fuzz: ${this.cases} cases (${this.label}); slowest ${Math.round(this.worstMs)} ms (${this.worstWhat})`);
  }
}

/** fast-check options shared by the suites: a fixed seed from the environment when replaying. */
export function fcOptions(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.BRIEF_FUZZ_SEED;
  return { numRuns: runs(numRuns), ...(seed ? { seed: Number(seed) } : {}) };
}
