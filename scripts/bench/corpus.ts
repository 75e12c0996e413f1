// Articles of a chosen length, built by joining real CNN/DailyMail articles (one paragraph block
// each, as extraction would hand them over) and cutting the last one at a word boundary.
import type { Article, Block } from '../../src/core/types.ts';

/** Joins `texts` from position `start` (wrapping around) until exactly `words` words. */
export function articleOfLength(texts: readonly string[], words: number, start = 0): Article {
  if (texts.length === 0) throw new RangeError('no source texts');
  if (!(words > 0)) throw new RangeError('an article needs at least one word');
  const blocks: Block[] = [];
  let remaining = words;
  let emptyInARow = 0;
  for (let i = start; remaining > 0; i++) {
    const tokens = texts[i % texts.length]!.split(/\s+/).filter(Boolean);
    if (tokens.length === 0) {
      if (++emptyInARow >= texts.length) throw new RangeError('the source texts have no words');
      continue;
    }
    emptyInARow = 0;
    const taken = tokens.slice(0, remaining);
    blocks.push({ kind: 'paragraph', text: taken.join(' ') });
    remaining -= taken.length;
  }
  return { title: '', url: `bench:${words}-words`, lang: 'en', dir: 'ltr', blocks, readerable: true };
}

export function wordCount(article: Article): number {
  return article.blocks.reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);
}
