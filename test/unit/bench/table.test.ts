import { describe, expect, it } from 'vitest';
import { atMost, budgetLine, notMeasured, tally } from '../../../scripts/bench/budgets.ts';
import { formatKB, formatMs, formatRatio } from '../../../scripts/bench/format.ts';
import { markdownTable } from '../../../scripts/bench/table.ts';

describe('budget verdicts', () => {
  it('passes at or under the limit and fails over it', () => {
    expect(atMost('x', 5, 5, formatMs)).toEqual({ name: 'x', limit: '≤ 5.00 ms', actual: '5.00 ms', pass: true });
    expect(atMost('x', 5.01, 5, formatMs).pass).toBe(false);
    expect(atMost('ratio', 1.3, 1.25, formatRatio)).toMatchObject({ actual: '1.30×', limit: '≤ 1.25×', pass: false });
  });

  it('counts a budget that was not measured as failed', () => {
    expect(atMost('x', undefined, 5, formatMs)).toMatchObject({ pass: false, actual: 'not measured' });
    expect(atMost('x', Number.NaN, 5, formatMs).pass).toBe(false);
    const results = [atMost('a', 1, 2, formatMs), atMost('b', 3, 2, formatMs), notMeasured('c', '≤ 1')];
    expect(tally(results)).toEqual({ passed: 1, failed: 2 });
    expect(budgetLine(results)).toBe('budgets: 1 passed, 2 failed');
  });
});

describe('number formats', () => {
  it('keeps three significant-ish digits of milliseconds', () => {
    expect(formatMs(0.1234)).toBe('0.123 ms');
    expect(formatMs(4.567)).toBe('4.57 ms');
    expect(formatMs(78.94)).toBe('78.9 ms');
    expect(formatMs(1234.4)).toBe('1234 ms');
  });

  it('prints kilobytes of 1,000 bytes', () => {
    expect(formatKB(30_000)).toBe('30.0 kB');
    expect(formatKB(11_250)).toBe('11.3 kB');
  });
});

describe('the Markdown table', () => {
  const rows = [
    { section: 'bundle', measure: 'popup JS', value: '11.3 kB', budget: '≤ 30.0 kB', pass: true },
    { section: 'summarizer', measure: 'a | b', value: '3 ms', budget: '≤ 5 ms', pass: false },
    { section: 'e2e', measure: 'no budget', value: '1 ms' },
  ];

  it('has a header, a rule and one line per row, every line with the same columns', () => {
    const lines = markdownTable(rows).split('\n');
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[0]).toMatch(/^\| Section +\| Measure +\| Value +\| Budget +\| Result +\|$/);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \| -+ \| -+ \|$/);
    const widths = new Set(lines.map((l) => [...l].length));
    expect(widths.size).toBe(1);
  });

  it('prints verdicts, leaves them blank without a budget, and escapes pipes in cells', () => {
    const [, , first, second, third] = markdownTable(rows).split('\n');
    expect(first).toContain('| PASS');
    expect(second).toContain('| FAIL');
    expect(second).toContain('a \\| b');
    expect(third!.trimEnd().endsWith('|')).toBe(true);
    expect(third).not.toMatch(/PASS|FAIL/);
  });
});
