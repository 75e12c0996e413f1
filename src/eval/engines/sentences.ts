// The article's sentences as the core splits them, so LEAD-3, TextRank and Brief cut the text
// at the same places and their comparison is fair.
import { splitSentences } from '../../core/index.ts';
import type { Article } from '../../core/types.ts';

export function articleSentences(article: Article): string[] {
  return article.blocks
    .filter((b) => b.kind !== 'heading')
    .flatMap((b) => splitSentences(b.text, article.lang));
}
