// Issue 4 part 3 on the Node side: a 5 MB page of 100,000 nodes gets a brief or a clear
// "too large", never a hang or a crash. Timing is measured by the benchmark, not asserted here.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract.ts';
import { MAX_ARTICLE_CHARS } from '../../../src/content/limits.ts';
import { summarizeArticle } from '../../../src/core/index.ts';
import { parse } from './pages.ts';

function hugePage(): { html: string; nodes: number } {
  const words = 'the market rallied as traders weighed new data on inflation and jobs while central banks signalled patience '.repeat(3);
  // 8 nodes a paragraph: p, text, b, text, text, a, text, text.
  const para = `<p>Paragraph about <b>markets</b> and <a href="#">trade</a> today, in full depth. ${words}</p>`;
  const count = 12_500;
  return { html: `<html><head><title>A very large page of market news</title></head><body><article>${para.repeat(count)}</article></body></html>`, nodes: count * 8 };
}

describe('a huge page', () => {
  it('yields a bounded article and a brief, or says too-large', () => {
    const { html, nodes } = hugePage();
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(nodes).toBe(100_000);
    const result = extractArticle(parse(html), { url: 'https://example.org/huge', mode: 'article' });
    if (!result.ok) {
      expect(result.code).toBe('too-large');
      return;
    }
    const chars = result.article.blocks.reduce((sum, b) => sum + b.text.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(chars).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9);
    const brief = summarizeArticle(result.article);
    expect(brief.title).toBe('A very large page of market news');
    expect(brief.points.length).toBeGreaterThan(0);
  });
});
