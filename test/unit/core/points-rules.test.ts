// The point rules on 100 real news articles (../shared/data/cnndm-gpt4/val.jsonl): no dangling
// opener without its antecedent, no repeats, article order, three points.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opensWithReference, splitSentences, summarizeArticle } from '../../../src/core/index.ts';
import type { Article } from '../../../src/core/types.ts';
import { cutClutter } from '../../../src/core/text/clutter.ts';

const rows = readFileSync('../shared/data/cnndm-gpt4/val.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { article: string });

const cases = rows.map((row, i) => {
  const article: Article = {
    title: '',
    url: `https://example.org/${i}`,
    lang: 'en',
    blocks: [{ kind: 'paragraph', text: row.article }],
    readerable: true,
  };
  // A point may be a sentence less its clutter (a wire tag, a dateline: core/text/clutter.ts).
  const sentences = splitSentences(row.article, 'en').map((s) => cutClutter(s, 'en') || s);
  return { sentences, brief: summarizeArticle(article) };
});

describe('point rules on news articles', () => {
  it('gives three points made of consecutive article sentences, in article order', () => {
    for (const { sentences, brief } of cases) {
      expect(brief.points).toHaveLength(Math.min(3, sentences.length));
      let last = -1;
      for (const point of brief.points) {
        const parts = splitSentences(point, 'en');
        const first = sentences.indexOf(parts[0]!, last + 1);
        expect(first, point).toBeGreaterThan(last);
        parts.forEach((p, k) => expect(sentences[first + k], point).toBe(p));
        last = first + parts.length - 1;
      }
    }
  });

  it('opens a point with a pronoun or connective only right after the sentence it leans on', () => {
    let leaning = 0;
    for (const { sentences, brief } of cases) {
      let previousEnd = -2;
      for (const point of brief.points) {
        const parts = splitSentences(point, 'en');
        const start = sentences.indexOf(parts[0]!, Math.max(0, previousEnd + 1));
        if (opensWithReference(point, 'en')) {
          leaning += 1;
          expect(start, point).toBe(previousEnd + 1);
        }
        previousEnd = start + parts.length - 1;
      }
    }
    // The rule is exercised, not vacuous: some points do continue from the previous one.
    expect(leaning).toBeGreaterThan(0);
  });

  it('never repeats a point inside a brief', () => {
    for (const { brief } of cases) expect(new Set(brief.points).size).toBe(brief.points.length);
  });
});
