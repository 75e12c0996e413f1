// Short pages the news-trained selection does not see: every sentence leaning on the one before,
// or pairs of sentences using up a page of three. Found by fuzzing; each case failed before the fix.
import { describe, expect, it } from 'vitest';
import { opensWithReference, splitSentences, summarizeArticle } from '../../../src/core/index.ts';
import type { Article } from '../../../src/core/types.ts';

const article = (text: string, lang?: string): Article => ({
  title: 'Weekend',
  url: 'https://example.org/',
  readerable: true,
  lang,
  blocks: [{ kind: 'paragraph', text }],
});

describe('a page whose every sentence opens with a pronoun or connective', () => {
  const text = 'It was a cold day in the city. It rained for hours without a break. They stayed home all weekend long. But on Monday it was sunny.';
  const sentences = splitSentences(text, 'en');

  it('still gets three points: the run from the first sentence, which has no antecedent to lose', () => {
    expect(sentences.every((s) => opensWithReference(s, 'en'))).toBe(true);
    const { points } = summarizeArticle(article(text));
    expect(points).toEqual(sentences.slice(0, 3));
  });
});

describe('short pages get three points when they have three sentences', () => {
  // Every choice of three to five sentences, some standing alone and some leaning on the one
  // before: pairs chosen by the scorer must not leave such a page with fewer than three points.
  const pool = [
    'The mayor opened a new bridge over the river.',
    'But nobody came to see the ceremony.',
    'Prices rose by ten percent in March.',
    'Short.',
    'This changed everything for the town council.',
    '"We will win," she said.',
  ];
  const texts: string[] = [];
  for (let n = 3; n <= 5; n++) {
    for (let start = 0; start < pool.length; start++) {
      texts.push(Array.from({ length: n }, (_, k) => pool[(start + k) % pool.length]).join(' '));
    }
  }

  it.each(texts)('%s', (text) => {
    const sentences = splitSentences(text, 'en');
    const { points } = summarizeArticle(article(text));
    expect(points).toHaveLength(3);
    // Still whole sentences of the page, in page order.
    const at = points.map((p) => sentences.indexOf(splitSentences(p, 'en')[0]!));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
