// Extraction cost per page: Brief's extractArticle against bare Readability on the same linkedom
// DOM. Bare Readability parses a clone (it rewrites the DOM it is given), which is also what
// Brief does, so the difference is exactly Brief's own work: size checks, isProbablyReaderable,
// block building, metadata. The two alternate per page (A B B A ...), so drift in machine load
// hits both alike. Each page is parsed (untimed) just before its turn and dropped after it, with
// a full GC in between: holding all 130 DOMs made single runs jump 30x from GC pauses.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/content/extract.ts';
import { collectGarbage } from './gc.ts';
import { median, spread, sum, type Spread } from './stats.ts';
import { PAGES_DIR } from './paths.ts';

export interface PageTiming {
  name: string;
  bytes: number;
  /** Fastest of the repetitions, ms: the run least disturbed by other work on the machine. */
  brief: number;
  bare: number;
}

export interface ExtractionResult {
  pages: PageTiming[];
  repetitions: number;
  brief: Spread;
  bare: Spread;
  /** Σ Brief / Σ bare over all pages: the corpus-wide cost ratio (the budgeted figure). */
  totalRatio: number;
  /** Median of the per-page ratios: the typical page, unswayed by the few big ones. */
  medianPageRatio: number;
}

export function readabilityPageNames(dir = PAGES_DIR): string[] {
  return readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))).sort();
}

export function largestPage(dir = PAGES_DIR): string {
  const sized = readabilityPageNames(dir).map((n) => ({ n, bytes: statSync(join(dir, n, 'source.html')).size }));
  return sized.reduce((a, b) => (b.bytes > a.bytes ? b : a)).n;
}

const parse = (html: string) => parseHTML(html).document as unknown as Document;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const runBrief = (doc: Document) => extractArticle(doc, { url: 'https://example.org/article', mode: 'article' });
const runBare = (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse();

function timePage(doc: Document, repetitions: number): { brief: number; bare: number } {
  const brief: number[] = [];
  const bare: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    // Alternate which one goes first so neither always runs on a warmer cache.
    if (r % 2 === 0) {
      brief.push(time(() => runBrief(doc)));
      bare.push(time(() => runBare(doc)));
    } else {
      bare.push(time(() => runBare(doc)));
      brief.push(time(() => runBrief(doc)));
    }
  }
  return { brief: Math.min(...brief), bare: Math.min(...bare) };
}

/** Pages used to warm the JIT before timing: a spread of sizes and languages. */
const WARM_UP_PAGES = 12;

function loadPage(dir: string, name: string): { bytes: number; doc: Document } {
  const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
  return { bytes: Buffer.byteLength(html), doc: parse(html) };
}

export function benchExtraction({ repetitions = 2, dir = PAGES_DIR } = {}): ExtractionResult {
  const names = readabilityPageNames(dir);
  const step = Math.max(1, Math.floor(names.length / WARM_UP_PAGES));
  for (const name of names.filter((_, i) => i % step === 0)) {
    const { doc } = loadPage(dir, name);
    runBrief(doc);
    runBare(doc);
  }
  const pages = names.map((name) => {
    const { bytes, doc } = loadPage(dir, name);
    collectGarbage();
    return { name, bytes, ...timePage(doc, repetitions) };
  });
  const brief = pages.map((p) => p.brief);
  const bare = pages.map((p) => p.bare);
  return {
    pages,
    repetitions,
    brief: spread(brief),
    bare: spread(bare),
    totalRatio: sum(brief) / sum(bare),
    medianPageRatio: median(pages.map((p) => p.brief / p.bare)),
  };
}
