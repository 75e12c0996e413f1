import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract.ts';
import type { Article } from '../../../src/core/types.ts';
import { loadSeed } from './pages.ts';

const URL_SEEN = 'https://news.example.org/2026/11/ai-base-model-physical-robotics?ref=home';

function extractSeed(): { doc: Document; article: Article } {
  const doc = loadSeed();
  const result = extractArticle(doc, { url: URL_SEEN, mode: 'article' });
  if (!result.ok) throw new Error(`seed did not extract: ${result.message}`);
  return { doc, article: result.article };
}

describe('extractArticle on the seed article', () => {
  const { doc, article } = extractSeed();
  const seedHeadings = Array.from(doc.querySelectorAll('article h2')).map((h) => h.textContent?.trim());
  const seedItems = Array.from(doc.querySelectorAll('article li')).map((li) => li.textContent?.trim());

  it('reads the metadata from JSON-LD, OpenGraph and the markup', () => {
    expect(article.title).toBe(
      'AI Base Model Development: SoftBank, NEC, Honda, and Sony Build Trillion-Parameter AI for Physical Robotics (2026)',
    );
    expect(article.author).toBe('Aiko Tanaka');
    expect(article.siteName).toBe('Tech Brief Daily');
    expect(article.publishedTime).toBe('2026-11-20T08:30:00+09:00');
    expect(article.lang).toBe('en');
    expect(article.dir).toBe('ltr');
    expect(article.url).toBe(URL_SEEN);
    expect(article.canonicalUrl).toBe('https://news.example.org/2026/11/ai-base-model-physical-robotics');
    expect(article.description).toMatch(/^SoftBank, NEC, Honda, and Sony are reportedly forming/);
    expect(article.readerable).toBe(true);
  });

  it('keeps each of the six h2 sections as its own heading block', () => {
    expect(seedHeadings).toHaveLength(6);
    const headings = article.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.text)).toEqual(seedHeadings);
    expect(headings.every((h) => h.level === 2)).toBe(true);
    // Never glued: no paragraph contains a heading's text.
    for (const block of article.blocks.filter((b) => b.kind !== 'heading')) {
      for (const heading of seedHeadings) expect(block.text).not.toContain(heading);
    }
  });

  it('puts the paragraph under each heading right after it', () => {
    const i = article.blocks.findIndex((b) => b.text === 'Why a Trillion Parameters? The Science Behind Physical AI');
    expect(article.blocks[i + 1]).toMatchObject({ kind: 'paragraph' });
    expect(article.blocks[i + 1]?.text).toMatch(/^Traditional AI models trained on text or images/);
  });

  it('returns the four bullets as list-item blocks, text normalised', () => {
    const items = article.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual(seedItems);
    expect(items[0]?.text).toBe(
      'Autonomous Warehousing: AI-driven robots that adapt to cluttered, changing layouts without reprogramming.',
    );
  });

  it('starts with the lede paragraph: no repeated title, no byline line', () => {
    expect(article.blocks[0]?.kind).toBe('paragraph');
    expect(article.blocks[0]?.text).toMatch(/^SoftBank, NEC, Honda, and Sony are advancing/);
    expect(article.blocks.some((b) => b.text.includes('Aiko Tanaka'))).toBe(false);
    expect(article.blocks.some((b) => b.text === article.title)).toBe(false);
  });

  it('leaves out the navigation, cookie banner, related stories and footer', () => {
    const all = article.blocks.map((b) => b.text).join('\n');
    for (const clutter of ['Subscribe', 'We use cookies', 'Accept all', 'Related stories', 'Five humanoid robot startups', 'All rights reserved', 'Privacy']) {
      expect(all).not.toContain(clutter);
    }
    expect(all).toContain('And in 2026, Japan is betting big on getting it right.');
  });

  it('normalises whitespace and decodes entities', () => {
    for (const block of article.blocks) expect(block.text).toBe(block.text.replace(/\s+/g, ' ').trim());
    expect(article.blocks.some((b) => b.text.includes('no longer an R&D experiment'))).toBe(true);
  });

  it('does not change the page', () => {
    const fresh = loadSeed();
    const before = fresh.documentElement.outerHTML;
    const result = extractArticle(fresh, { url: URL_SEEN, mode: 'article' });
    expect(result.ok).toBe(true);
    expect(fresh.documentElement.outerHTML).toBe(before);
  });

  it('is plain JSON, so it survives extension messaging', () => {
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
    expect(structuredClone(article)).toStrictEqual(article);
  });
});

describe('whole-page mode on the seed ("Brief anyway")', () => {
  const doc = loadSeed();
  const before = doc.documentElement.outerHTML;
  const result = extractArticle(doc, { url: URL_SEEN, mode: 'whole-page' });

  it('returns every visible text of the page, clutter included, as blocks', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.article.blocks.map((b) => b.text);
    expect(texts).toContain('Related stories');
    expect(texts.some((t) => t.startsWith('We use cookies'))).toBe(true);
    expect(result.article.blocks.filter((b) => b.kind === 'heading' && b.level === 2)).toHaveLength(6);
    expect(result.article.title).toMatch(/^AI Base Model Development/);
    expect(result.article.author).toBe('Aiko Tanaka');
  });

  it('reads no script or JSON-LD text and leaves the page unchanged', () => {
    if (!result.ok) throw new Error(result.message);
    expect(result.article.blocks.some((b) => b.text.includes('@context'))).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
