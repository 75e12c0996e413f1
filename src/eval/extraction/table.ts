// The extraction table: one row per page type and extractor, then "all". Pure.
import type { PageScore } from './run.ts';

const HEADER = ['Type', 'Extractor', 'Pages', 'Body F1', 'With', 'Without', 'Headline', 'Author', 'No author', 'Date', 'No date', 'Refused', 'ms/page'];

const mean = (values: number[]) => (values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length);
const share = (flags: boolean[]) => mean(flags.map((f) => (f ? 1 : 0)));
const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);
/** A share with its count, e.g. "88.2% (n=340)". */
const pctOf = (flags: boolean[]) => (flags.length === 0 ? 'n/a' : `${pct(share(flags))} (${flags.length})`);

export interface Summary {
  pages: number;
  bodyF1: number;
  withShare: number;
  withoutShare: number;
  headline: number;
  author: number;
  authorNone: number;
  date: number;
  /** Share of undated pages given a date anyway (invented). */
  dateInvented: number;
  refused: number;
  ms: number;
}

export function summarize(scores: readonly PageScore[]): Summary {
  const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const named = scores.filter((s) => s.author !== undefined).map((s) => s.author!);
  const unnamed = scores.filter((s) => s.authorNone !== undefined).map((s) => s.authorNone!);
  const dated = scores.filter((s) => s.date !== undefined).map((s) => s.date!);
  const undated = scores.filter((s) => s.dateNone !== undefined).map((s) => s.dateNone!);
  return {
    pages: scores.length,
    bodyF1: mean(scores.map((s) => s.bodyF1)),
    withShare: sum((s) => s.withFound) / Math.max(1, sum((s) => s.withTotal)),
    withoutShare: sum((s) => s.withoutFound) / Math.max(1, sum((s) => s.withoutTotal)),
    headline: share(scores.map((s) => s.headline)),
    author: share(named),
    authorNone: share(unnamed),
    date: share(dated),
    dateInvented: undated.length === 0 ? NaN : 1 - share(undated),
    refused: share(scores.map((s) => s.refused)),
    ms: mean(scores.map((s) => s.ms)),
  };
}

function row(type: string, extractor: string, scores: readonly PageScore[]): string[] {
  const s = summarize(scores);
  const named = scores.filter((x) => x.author !== undefined).map((x) => x.author!);
  const unnamed = scores.filter((x) => x.authorNone !== undefined).map((x) => x.authorNone!);
  const dated = scores.filter((x) => x.date !== undefined).map((x) => x.date!);
  const undated = scores.filter((x) => x.dateNone !== undefined).map((x) => !x.dateNone!);
  return [
    type, extractor, String(s.pages), s.bodyF1.toFixed(3), pct(s.withShare), pct(s.withoutShare), pct(s.headline),
    pctOf(named), pctOf(unnamed), pctOf(dated), undated.length === 0 ? 'n/a' : `${pct(share(undated))} invented (${undated.length})`,
    pct(s.refused), s.ms.toFixed(1),
  ];
}

const TYPE_ORDER = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'];

export function formatExtractionTable(scores: readonly PageScore[]): string {
  const types = [...new Set(scores.map((s) => s.type))].sort((a, b) => (TYPE_ORDER.indexOf(a) + 99) % 99 - (TYPE_ORDER.indexOf(b) + 99) % 99 || a.localeCompare(b));
  const rows: string[][] = [];
  for (const type of [...types, 'all']) {
    for (const extractor of ['brief', 'readability'] as const) {
      const subset = scores.filter((s) => s.extractor === extractor && (type === 'all' || s.type === type));
      if (subset.length) rows.push(row(type === 'all' ? '**all**' : type, extractor === 'brief' ? 'Brief' : 'Readability 0.6.0', subset));
    }
  }
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map(line)].join('\n');
}
