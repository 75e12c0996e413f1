// The one table the eval command prints, as Markdown so it can go straight into the README.
import type { Estimate } from './bootstrap.ts';
import type { EngineSummary } from './summary.ts';

const HEADER = ['Engine', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum', 'Words', 'Dangling', 'Repeated', 'ms/article'];

function withInterval(e: Estimate): string {
  return `${e.mean.toFixed(2)} (${e.low.toFixed(1)}–${e.high.toFixed(1)})`;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function row(s: EngineSummary): string[] {
  if (s.unavailable) return [s.id, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
  return [
    s.id, withInterval(s.rouge1), withInterval(s.rouge2), withInterval(s.rougeLsum),
    s.wordsPerBrief.toFixed(1), percent(s.dangling), percent(s.repeated), s.msPerArticle.toFixed(2),
  ];
}

/** One line per engine: what it is, and whether it could not run or failed on some articles. */
function notes(summaries: readonly EngineSummary[]): string[] {
  return summaries.map((s) => {
    if (s.unavailable) return `- ${s.id}: unavailable here (${s.unavailable})`;
    const failed = s.failures > 0
      ? `; failed on ${s.failures} of ${s.articles} articles (scored as empty), first: ${s.firstError}`
      : '';
    return `- ${s.id}: ${s.label}${failed}`;
  });
}

export function formatTable(summaries: readonly EngineSummary[], caption: string): string {
  const rows = [HEADER, HEADER.map(() => '---'), ...summaries.map(row)];
  const table = rows.map((cells) => `| ${cells.join(' | ')} |`);
  return [caption, '', ...table, '', ...notes(summaries)].join('\n');
}
