// Budgets: a measured figure against a limit, printed as PASS/FAIL. A budget whose figure could
// not be measured (no Chromium, a crashed section) counts as failed: an unchecked budget is not met.

export interface BudgetResult {
  name: string;
  /** The limit as printed, e.g. "≤ 5 ms". */
  limit: string;
  /** The measured figure as printed, or why there is none. */
  actual: string;
  pass: boolean;
}

/** `actual` must not exceed `limit`; `format` prints both. */
export function atMost(name: string, actual: number | undefined, limit: number, format: (n: number) => string): BudgetResult {
  const limitText = `≤ ${format(limit)}`;
  if (actual === undefined || !Number.isFinite(actual)) return notMeasured(name, limitText);
  return { name, limit: limitText, actual: format(actual), pass: actual <= limit };
}

export function notMeasured(name: string, limit: string, why = 'not measured'): BudgetResult {
  return { name, limit, actual: why, pass: false };
}

export interface BudgetTally {
  passed: number;
  failed: number;
}

export function tally(results: readonly BudgetResult[]): BudgetTally {
  const passed = results.filter((r) => r.pass).length;
  return { passed, failed: results.length - passed };
}

/** The run's closing line. */
export function budgetLine(results: readonly BudgetResult[]): string {
  const { passed, failed } = tally(results);
  return `budgets: ${passed} passed, ${failed} failed`;
}
