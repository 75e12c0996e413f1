// Text with no sentence ends (a run-on paragraph, a pasted word list) must not become one huge
// point, nor make the summarizer split a megabyte into words. Found by fuzzing; failed before the fix.
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/index.ts';
import type { Article } from '../../../src/core/types.ts';

const article = (text: string, lang?: string): Article => ({
  title: 'Run-on',
  url: 'https://example.org/',
  readerable: true,
  lang,
  blocks: [{ kind: 'paragraph', text }],
});

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('text with no sentence ends', () => {
  it('gives a point of at most about sixty words, cut at a word and marked as cut', () => {
    const text = 'alpha beta gamma delta '.repeat(2000).trim();
    const { points, lede } = summarizeArticle(article(text));
    expect(points).toHaveLength(1);
    const point = points[0]!;
    expect(point.endsWith('…')).toBe(true);
    const words = point.slice(0, -1).split(/\s+/);
    expect(words.length).toBeGreaterThan(20);
    expect(words.length).toBeLessThanOrEqual(60);
    // A prefix of the page's text, cut between words.
    expect(text.startsWith(point.slice(0, -1))).toBe(true);
    expect(text[point.length - 1]).toBe(' ');
    expect(lede.length).toBeLessThan(600);
  });

  it('cuts a run-on without spaces by characters', () => {
    const text = '東京では雨が降り続いていて人々は家にいた'.repeat(200);
    const { points } = summarizeArticle(article(text, 'ja'));
    for (const point of points) {
      expect(point.length).toBeLessThanOrEqual(161);
      expect(text).toContain(point.slice(0, -1));
    }
  });

  it('never continues a cut sentence with the next one inside a point', () => {
    const text = `${'the river kept rising over the old town '.repeat(30)}He left the town at dawn. It was quiet.`;
    const { points } = summarizeArticle(article(text));
    expect(points.length).toBeGreaterThan(1);
    for (const point of points) expect(point.slice(0, -1)).not.toContain('…');
  });

  it('keeps normal long sentences whole', () => {
    const long = `The committee, ${'which met for many hours on end, '.repeat(6)}finally approved the plan.`;
    const { points } = summarizeArticle(article(long));
    expect(points).toEqual([long]);
  });

  it('summarizes a 1 MB run-on paragraph in well under a second (it took over one before the cut)', () => {
    const text = 'lorem ipsum dolor sit amet consectetur '.repeat(27_000);
    summarizeArticle(article(text.slice(0, 50_000))); // warm the segmenters
    const start = performance.now();
    const { points } = summarizeArticle(article(text));
    const ms = performance.now() - start;
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(squash(text)).toContain(squash(point.replace(/…$/u, '')));
    expect(ms).toBeLessThan(500);
  });
});
