// Extraction on real pages from Readability's test suite, checked against Readability's own
// expected output (expected.html / expected-metadata.json), not against our implementation.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract.ts';
import type { Article } from '../../../src/core/types.ts';
import { loadPage, parse } from './pages.ts';
import { expectedHeadline } from '../../support/headlines.ts';

const squash = (text: string) => text.replace(/\s+/g, '');

function extract(name: string): { article: Article; expected: ReturnType<typeof loadPage>['expected']; expectedDoc: Document } {
  const { doc, expected, expectedHtml } = loadPage(name);
  const result = extractArticle(doc, { url: `https://example.org/${name}/`, mode: 'article' });
  if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`);
  return { article: result.article, expected, expectedDoc: parse(`<html><body>${expectedHtml}</body></html>`) };
}

/** Share of the article's blocks whose text appears in Readability's expected article. */
function shareFoundInExpected(article: Article, expectedDoc: Document): number {
  const expectedText = squash(expectedDoc.body.textContent ?? '');
  // Table rows are joined with " | " by us; compare their cells instead.
  const pieces = article.blocks.flatMap((b) => b.text.split(' | '));
  return pieces.filter((p) => expectedText.includes(squash(p))).length / pieces.length;
}

const PAGES: { name: string; lang?: string; dir?: 'ltr' | 'rtl'; minBlocks: number; script?: RegExp }[] = [
  { name: 'yahoo-4', lang: 'ja', minBlocks: 8, script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { name: 'pixnet', lang: 'zh-TW', minBlocks: 20, script: /\p{Script=Han}/u },
  // No lang on the page: guessed from the script.
  { name: 'gmw', lang: 'zh', minBlocks: 15, script: /\p{Script=Han}/u },
  { name: 'rtl-1', dir: 'rtl', minBlocks: 3 },
  { name: 'lemonde-1', lang: 'fr', minBlocks: 5 },
  { name: 'keep-tabular-data', minBlocks: 20 },
  { name: 'wikipedia', lang: 'en', minBlocks: 40 },
  { name: 'nytimes-1', lang: 'en', minBlocks: 10 },
];

describe.each(PAGES)('readability page $name', ({ name, lang, dir, minBlocks, script }) => {
  const { article, expected, expectedDoc } = extract(name);

  it('has Readability\'s title (less the site\'s name) and the page\'s language and direction', () => {
    expect(article.title).toBe(expectedHeadline(name, expected.title));
    if (lang) expect(article.lang?.toLowerCase()).toBe(lang.toLowerCase());
    if (expected.lang) expect(article.lang?.toLowerCase()).toBe(expected.lang.toLowerCase());
    if (dir) expect(article.dir).toBe(dir);
  });

  it('returns the text of Readability\'s article as separate blocks', () => {
    expect(article.blocks.length).toBeGreaterThanOrEqual(minBlocks);
    expect(shareFoundInExpected(article, expectedDoc)).toBeGreaterThan(0.9);
    if (script) expect(article.blocks.filter((b) => script.test(b.text)).length).toBeGreaterThanOrEqual(minBlocks);
  });

  it('keeps the expected article\'s headings as heading blocks', () => {
    const headings = Array.from(expectedDoc.querySelectorAll('h2, h3, h4'))
      .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const ours = new Set(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text));
    const found = headings.filter((h) => ours.has(h)).length;
    expect(found).toBeGreaterThanOrEqual(Math.floor(headings.length * 0.9));
  });
});

describe('lists and tables on real pages', () => {
  it('keeps list items of keep-tabular-data apart from the paragraphs', () => {
    const { article, expectedDoc } = extract('keep-tabular-data');
    const items = Array.from(expectedDoc.querySelectorAll('li')).filter((li) => !li.querySelector('li, p'));
    const ours = article.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text);
    expect(ours.length).toBeGreaterThanOrEqual(items.length * 0.9);
    expect(ours).toContain('New graphics.');
  });
});

describe('image captions on real pages', () => {
  // Readability's own test suite keeps the class "caption" (its expected.html shows it); these
  // captions sit outside <figcaption>, in a paragraph or inside the article's first sentence.
  it.each([
    ['herald-sun-1', 'p.caption'],
    ['msn', 'span.caption'],
    ['wapo-2', 'span.pb-caption'],
    ['firefox-nightly-blog', 'p.wp-caption-text'],
  ])('%s: no block holds the text of its %s', (name, selector) => {
    const { article } = extract(name);
    const { doc } = loadPage(name);
    const captions = Array.from(doc.querySelectorAll(selector)).map((el) => squash(el.textContent ?? '')).filter(Boolean);
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) {
      for (const block of article.blocks) expect(squash(block.text), name).not.toContain(caption);
    }
  });

  it('yahoo-2: no heading or paragraph repeats a slideshow image\'s alt text, so the brief opens on the story', () => {
    const { article } = extract('yahoo-2');
    const alt = loadPage('yahoo-2').doc.querySelector('img.slideshow-image')!.getAttribute('alt')!.replace(/\s+/g, ' ').trim();
    expect(alt).toMatch(/^In this photo dated/);
    expect(article.blocks.map((b) => b.text)).not.toContain(alt);
    expect(article.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 80)!.text).toMatch(/^MOSCOW \(AP\)/);
  });

  it('msn: the first paragraph starts with the story, not the photo credit glued before it', () => {
    const first = extract('msn').article.blocks.find((b) => b.kind === 'paragraph')!;
    expect(first.text).toMatch(/^Nintendo and Apple shocked the world/);
  });
});
