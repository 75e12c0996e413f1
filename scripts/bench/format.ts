// Number formatting for the benchmark table: few digits, fixed units, so rows compare at a glance.

/** Milliseconds with precision that suits the magnitude (0.123 ms, 4.56 ms, 78.9 ms, 1234 ms). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  const abs = Math.abs(ms);
  const digits = abs < 1 ? 3 : abs < 10 ? 2 : abs < 100 ? 1 : 0;
  return `${ms.toFixed(digits)} ms`;
}

/** Kilobytes of 1,000 bytes (as Vite reports them), one decimal. */
export function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}
