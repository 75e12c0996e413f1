// Every page of Mozilla Readability's test suite (../shared/data/readability-pages): Readability's
// own extraction (expected.html) is turned into blocks here with linkedom, then briefed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences, summarizeArticle } from '../../../src/core/index.ts';
import type { Article } from '../../../src/core/types.ts';
import { cutClutter } from '../../../src/core/text/clutter.ts';
import { detectLang } from '../../../src/core/text/detect-lang.ts';
import { htmlBlocks } from './support/html-blocks.ts';

const ROOT = '../shared/data/readability-pages';
const pages = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function load(name: string): Article {
  const meta = JSON.parse(readFileSync(join(ROOT, name, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
  return {
    title: str(meta.title) ?? '',
    author: str(meta.byline),
    siteName: str(meta.siteName),
    publishedTime: str(meta.publishedTime),
    lang: str(meta.lang),
    dir: meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : undefined,
    description: str(meta.excerpt),
    url: `https://example.org/${name}`,
    blocks: htmlBlocks(readFileSync(join(ROOT, name, 'expected.html'), 'utf8')),
    readerable: meta.readerable !== false,
  };
}

const briefs = pages.map((name) => {
  const article = load(name);
  // A point may be a sentence less its clutter (a dateline, a photo credit: core/text/clutter.ts).
  const body = article.blocks.filter((b) => b.kind !== 'heading');
  const lang = detectLang(body.map((b) => b.text).join('\n'), article.lang);
  const bodySentences = body.flatMap((b) => splitSentences(b.text, article.lang)).map((s) => cutClutter(s, lang) || s);
  return { name, article, bodySentences, brief: summarizeArticle(article) };
});

/**
 * Where each sentence of a point sits in the page's sentence list, searching after `from`
 * (pages may repeat a sentence); -1 when absent.
 */
function locate(point: string, sentences: string[], from: number, lang?: string): number[] {
  const at: number[] = [];
  for (const s of splitSentences(point, lang)) {
    const after = (at.length > 0 ? at[at.length - 1]! : from) + 1;
    // An over-long run-on is cut at a word with "…": it is the start of a page sentence.
    const cut = s.endsWith('…') ? s.slice(0, -1) : undefined;
    let i = sentences.indexOf(s, after);
    if (i < 0 && cut) i = sentences.findIndex((t, k) => k >= after && t.startsWith(cut));
    at.push(i);
  }
  return at;
}

describe('briefs of the readability pages', () => {
  it('covers many pages, including Japanese, Chinese and right-to-left ones', () => {
    expect(briefs.length).toBeGreaterThan(100);
    const langs = new Set(briefs.map((b) => (b.brief.lang ?? '').slice(0, 2)));
    expect(langs).toContain('ja');
    expect(langs).toContain('zh');
    expect(briefs.some((b) => b.brief.dir === 'rtl')).toBe(true);
  });

  it.each(briefs.map((b) => [b.name, b] as const))('%s: up to three sentences of the page, in page order', (_name, b) => {
    const expected = Math.min(3, new Set(b.bodySentences).size);
    expect(b.brief.points.length).toBe(expected);
    let previous = -1;
    for (const point of b.brief.points) {
      const at = locate(point, b.bodySentences, previous, b.article.lang);
      expect(at.length, point).toBeGreaterThan(0);
      expect(at.every((i) => i >= 0), point).toBe(true);
      expect(at[0]!, point).toBeGreaterThan(previous);
      previous = at[at.length - 1]!;
    }
    expect(new Set(b.brief.points).size).toBe(b.brief.points.length);
  });

  it('gives a page with sections points from more than its first section', () => {
    // Pages with three or more headings and sentences after the first heading that the
    // introduction does not already contain (some test pages repeat one lorem-ipsum paragraph),
    // at least 100 words of them: three plan prices under "Monthly", "Annual" and "Corporate"
    // after an article (theverge) are a subscription box, not sections of the article.
    const sectioned = briefs.flatMap((b) => {
      const firstHeading = b.article.blocks.findIndex((x) => x.kind === 'heading');
      if (b.article.blocks.filter((x) => x.kind === 'heading').length < 3) return [];
      const sentencesOf = (blocks: typeof b.article.blocks) =>
        blocks.filter((x) => x.kind !== 'heading').flatMap((x) => splitSentences(x.text, b.article.lang));
      const intro = new Set(sentencesOf(b.article.blocks.slice(0, firstHeading)));
      const later = new Set(sentencesOf(b.article.blocks.slice(firstHeading)).filter((s) => !intro.has(s)));
      const laterWords = [...later].join(' ').split(/\s+/).length;
      return later.size >= 3 && laterWords >= 100 ? [{ ...b, intro }] : [];
    });
    expect(sectioned.length).toBeGreaterThan(5);
    for (const b of sectioned) {
      const intro = b.intro;
      const outside = b.brief.points.filter((p) => !intro.has(splitSentences(p, b.article.lang)[0]!));
      expect(outside.length, b.name).toBeGreaterThan(0);
    }
  });

  it('briefs the Japanese and Chinese pages with sentences in their own script', () => {
    for (const b of briefs.filter((x) => /^(ja|zh)/.test(x.brief.lang ?? ''))) {
      expect(b.brief.points.length, b.name).toBeGreaterThan(0);
      for (const p of b.brief.points) expect(p, b.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(b.brief.source.readingMinutes, b.name).toBeGreaterThan(0);
    }
  });

  it('gives 3-5 topics on pages long enough to have them', () => {
    const long = briefs.filter((b) => b.bodySentences.length >= 15);
    const withTopics = long.filter((b) => b.brief.topics.length >= 3 && b.brief.topics.length <= 5);
    expect(withTopics.length / long.length).toBeGreaterThan(0.9);
  });
});
