// Issue 4 part 1: every page of Readability's test suite through extraction and the brief, in
// Node, on the content script's code path. Each page gives a brief titled as Readability titles
// it (less the site's name), or the typed not-article result with its message; nothing throws.
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract.ts';
import { summarizeArticle } from '../../../src/core/index.ts';
import { loadPage, pageNames } from './pages.ts';
import { expectedHeadline } from '../../support/headlines.ts';

const names = pageNames();
const tally = { pages: 0, briefs: 0, notArticle: 0 };

describe('readability corpus', () => {
  it('has all 130 pages', () => {
    expect(names).toHaveLength(130);
  });

  it.each(names)('%s: a brief with the expected title, or not-article', (name) => {
    const { doc, expected } = loadPage(name);
    tally.pages++;
    const result = extractArticle(doc, { url: `http://127.0.0.1/${name}/`, mode: 'article' });
    if (!result.ok) {
      expect(result.code).toBe('not-article');
      expect(result.message).toMatch(/doesn't look like an article/);
      tally.notArticle++;
      return;
    }
    const brief = summarizeArticle(result.article);
    tally.briefs++;
    // Readability's title, less the site's name where it carries one (see test/support/headlines.ts).
    const title = expectedHeadline(name, expected.title);
    if (title) expect(brief.title).toBe(title);
    expect(brief.points.length).toBeGreaterThan(0);
    expect(brief.points.length).toBeLessThanOrEqual(3);
    expect(brief.url).toBe(`http://127.0.0.1/${name}/`);
  });

  afterAll(() => {
    console.log(`readability corpus: ${tally.pages} pages run, ${tally.briefs} briefs, ${tally.notArticle} not-article`);
  });
});
