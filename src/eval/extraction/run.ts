// Runs extraction on WCXB pages and scores it: Brief through the content script's own code path
// (extractArticle on a linkedom Document, with the page's URL), and bare Readability 0.6.0 on the
// same HTML as the baseline, in the same run.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../content/extract.ts';
import { parseHtmlDocument } from '../../cli/parse-html.ts';
import type { WcxbPage } from './dataset.ts';
import { authorMatches, bodyF1, containsSnippet, dateMatches, headlineMatches } from './metrics.ts';

/** What one extractor made of one page. */
export interface Extracted {
  refused: boolean;
  title?: string;
  author?: string;
  date?: string;
  site?: string;
  text: string;
  ms: number;
}

/** One page's scores (for --out and the table). */
export interface PageScore {
  id: string;
  type: string;
  extractor: 'brief' | 'readability';
  refused: boolean;
  bodyF1: number;
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
  headline: boolean;
  /** Undefined where the page names no author (then `authorNone` says whether none was shown). */
  author?: boolean;
  authorNone?: boolean;
  date?: boolean;
  dateNone?: boolean;
  ms: number;
  predicted: { title?: string; author?: string; date?: string; site?: string };
}

const documentOf = parseHtmlDocument;

export function extractWithBrief(page: WcxbPage, html: string): Extracted {
  const doc = documentOf(html);
  const started = performance.now();
  const result = extractArticle(doc, { url: page.url, mode: 'article' });
  const ms = performance.now() - started;
  if (!result.ok) return { refused: true, text: '', ms };
  const a = result.article;
  return { refused: false, title: a.title, author: a.author, date: a.publishedTime, site: a.siteName, text: a.blocks.map((b) => b.text).join('\n\n'), ms };
}

export function extractWithReadability(page: WcxbPage, html: string): Extracted {
  const doc = documentOf(html);
  const started = performance.now();
  try {
    const parsed = new Readability(doc).parse();
    const ms = performance.now() - started;
    if (!parsed) return { refused: true, text: '', ms };
    return {
      refused: false,
      title: parsed.title ?? undefined,
      author: parsed.byline ?? undefined,
      date: parsed.publishedTime ?? undefined,
      site: parsed.siteName ?? undefined,
      text: parsed.textContent ?? '',
      ms,
    };
  } catch {
    return { refused: true, text: '', ms: performance.now() - started };
  }
}

export function scorePage(page: WcxbPage, extractor: PageScore['extractor'], x: Extracted): PageScore {
  const { truth } = page;
  const named = truth.author.trim() !== '';
  const dated = truth.publishDate.trim() !== '';
  return {
    id: page.id,
    type: page.type,
    extractor,
    refused: x.refused,
    bodyF1: bodyF1(x.text, truth.mainContent),
    withFound: truth.with.filter((s) => containsSnippet(x.text, s)).length,
    withTotal: truth.with.length,
    withoutFound: truth.without.filter((s) => containsSnippet(x.text, s)).length,
    withoutTotal: truth.without.length,
    headline: headlineMatches(x.title, truth.title),
    ...(named ? { author: authorMatches(x.author, truth.author) } : { authorNone: !x.author?.trim() }),
    ...(dated ? { date: dateMatches(x.date, truth.publishDate) } : { dateNone: !x.date?.trim() }),
    ms: x.ms,
    predicted: { title: x.title, author: x.author, date: x.date, site: x.site },
  };
}

export function evaluatePages(pages: readonly WcxbPage[], onProgress?: (done: number) => void): PageScore[] {
  const scores: PageScore[] = [];
  pages.forEach((page, i) => {
    const html = page.html();
    scores.push(scorePage(page, 'brief', extractWithBrief(page, html)));
    scores.push(scorePage(page, 'readability', extractWithReadability(page, html)));
    if ((i + 1) % 100 === 0) onProgress?.(i + 1);
  });
  return scores;
}
