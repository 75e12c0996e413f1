// Turns an evaluation row into the Article every engine takes, the way extraction would hand it
// over: one paragraph block per line of text. Evaluation sets are English news (rouge-score's
// tokenizer only knows [a-z0-9]), so the language is fixed to English.
import type { Article, Block } from '../core/types.ts';
import type { EvalRow } from './dataset.ts';

export function rowToArticle(row: EvalRow): Article {
  const blocks: Block[] = row.article
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .map((text) => ({ kind: 'paragraph', text }));
  // No title: CNN/DM rows have none, and inventing one from the opening words would hand
  // title-aware engines a hint the others do not get.
  return { title: '', url: `eval:${row.id}`, lang: 'en', dir: 'ltr', blocks, readerable: true };
}

/** The article as plain text, paragraphs on their own lines: what the text-only peers get. */
export function articleText(article: Article): string {
  return article.blocks.map((b) => b.text).join('\n');
}
