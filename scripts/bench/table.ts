// The one benchmark table: rows of section / measure / value, with the budget and its verdict
// next to the figure it checks. Printed as a Markdown table so it can go straight into the README.

export interface Row {
  section: string;
  measure: string;
  value: string;
  /** The budget this row checks, e.g. "≤ 5 ms". */
  budget?: string;
  pass?: boolean;
}

const HEADER = ['Section', 'Measure', 'Value', 'Budget', 'Result'] as const;

function cells(row: Row): string[] {
  const result = row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL';
  return [row.section, row.measure, row.value, row.budget ?? '', result].map(escapeCell);
}

// A pipe inside a cell would end it early in Markdown.
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Markdown table with columns padded to equal width (readable as plain text too). */
export function markdownTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((r) => [...r[i]!].length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(HEADER), rule, ...body.map(line)].join('\n');
}
