// The article's sentences as the core splits them, so LEAD-3, TextRank and Brief cut the text
// at the same places and their comparison is fair. `split` swaps the splitter (lead3-plain).
import { isProse, splitSentences } from '../../core/index.ts';
import type { Article } from '../../core/types.ts';

export function articleSentences(
  article: Article,
  split: (text: string, lang?: string) => string[] = splitSentences,
): string[] {
  return article.blocks
    .filter(isProse)
    .flatMap((b) => split(b.text, article.lang));
}
