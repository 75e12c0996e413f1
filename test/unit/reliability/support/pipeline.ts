// One input through the content script's code path (linkedom Document -> extractArticle) and on
// into the summarizer and the renderings, checking every step's contract on the way.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../../src/content/extract.ts';
import { summarizeArticle } from '../../../../src/core/index.ts';
import type { Brief } from '../../../../src/core/types.ts';
import type { ExtractMode, ExtractResult } from '../../../../src/shared/messages.ts';
import type { FuzzTally } from './budget.ts';
import { briefProblems, extractResultProblems, messageProblems, typed } from './wellformed.ts';

export const PAGES_DIR = join(import.meta.dirname, '../../../../../shared/data/readability-pages');
export const URL_UNDER_TEST = 'https://example.org/news/story?id=1#top';

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Sources of the shared Readability test pages up to `maxBytes`, smallest first (keeps fuzzing fast). */
export function smallPageSources(maxBytes: number, limit: number): string[] {
  return readdirSync(PAGES_DIR)
    .map((name) => join(PAGES_DIR, name, 'source.html'))
    .filter((path) => existsSync(path) && statSync(path).size <= maxBytes)
    .sort((a, b) => statSync(a).size - statSync(b).size || a.localeCompare(b))
    .slice(0, limit)
    .map((path) => readFileSync(path, 'utf8'));
}

/**
 * The page as markup. linkedom creates a missing <head>/<body> on first access (a browser's
 * document always has them), so both are touched before serialising.
 */
function snapshot(doc: Document): string {
  void doc.head;
  void doc.body;
  return doc.documentElement.outerHTML;
}

export interface PageOutcome {
  result: ExtractResult;
  brief?: Brief;
}

/**
 * Extract and brief one page, asserting: nothing throws except BriefError, every result is
 * well-formed, the page's DOM is left unchanged (the content script runs on the live page).
 */
export function checkPage(html: string, mode: ExtractMode, tally: FuzzTally, options: { checkUnchanged?: boolean } = {}): PageOutcome {
  tally.count();
  const doc = tally.time('linkedom parse', () => parse(html));
  const before = options.checkUnchanged && doc.documentElement ? snapshot(doc) : undefined;
  const result = tally.time(`extractArticle(${mode})`, () => extractArticle(doc, { url: URL_UNDER_TEST, mode }));
  expect(extractResultProblems(result, URL_UNDER_TEST)).toEqual([]);
  if (before !== undefined) expect(snapshot(doc)).toBe(before);
  if (!result.ok) return { result };
  const out = tally.time('summarizeArticle', () => typed(() => summarizeArticle(result.article)));
  if (!out.ok) {
    expect(messageProblems(out.error.message)).toEqual([]);
    return { result };
  }
  expect(briefProblems(out.value, result.article)).toEqual([]);
  return { result, brief: out.value };
}
