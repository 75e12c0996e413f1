// The extraction table: one row per page type and extractor, then "all". Pure.
import type { PageScore } from './run.ts';

const HEADER = ['Type', 'Extractor', 'Pages', 'Body F1', 'With', 'Without', 'Headline', 'Author', 'No author', 'Date', 'No date', 'Refused', 'ms/page'];

const mean = (values: number[]) => (values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length);
const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/** A share of pages and how many pages it is over. */
export interface Share {
  share: number;
  n: number;
}

const shareOf = (flags: boolean[]): Share => ({ share: mean(flags.map((f) => (f ? 1 : 0))), n: flags.length });
/** A share with its count, e.g. "88.2% (340)". */
const pctOf = ({ share, n }: Share) => (n === 0 ? 'n/a' : `${pct(share)} (${n})`);

export interface Summary {
  pages: number;
  bodyF1: number;
  withShare: number;
  withoutShare: number;
  headline: number;
  /** Right author, on pages that name one. */
  author: Share;
  /** No author shown, on pages that name none. */
  authorNone: Share;
  /** Right date, on pages that state one. */
  date: Share;
  /** A date shown anyway (invented), on pages that state none. */
  dateInvented: Share;
  refused: number;
  ms: number;
}

const flags = (scores: readonly PageScore[], f: (s: PageScore) => boolean | undefined): boolean[] =>
  scores.map(f).filter((v): v is boolean => v !== undefined);

export function summarize(scores: readonly PageScore[]): Summary {
  const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  return {
    pages: scores.length,
    bodyF1: mean(scores.map((s) => s.bodyF1)),
    withShare: sum((s) => s.withFound) / Math.max(1, sum((s) => s.withTotal)),
    withoutShare: sum((s) => s.withoutFound) / Math.max(1, sum((s) => s.withoutTotal)),
    headline: shareOf(scores.map((s) => s.headline)).share,
    author: shareOf(flags(scores, (s) => s.author)),
    authorNone: shareOf(flags(scores, (s) => s.authorNone)),
    date: shareOf(flags(scores, (s) => s.date)),
    dateInvented: shareOf(flags(scores, (s) => (s.dateNone === undefined ? undefined : !s.dateNone))),
    refused: shareOf(scores.map((s) => s.refused)).share,
    ms: mean(scores.map((s) => s.ms)),
  };
}

function row(type: string, extractor: string, scores: readonly PageScore[]): string[] {
  const s = summarize(scores);
  return [
    type, extractor, String(s.pages), s.bodyF1.toFixed(3), pct(s.withShare), pct(s.withoutShare), pct(s.headline),
    pctOf(s.author), pctOf(s.authorNone), pctOf(s.date), s.dateInvented.n === 0 ? 'n/a' : `${pct(s.dateInvented.share)} invented (${s.dateInvented.n})`,
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
