// The summarizer's view of an article: its language, sentence units and document context.
// Shared by summarizeArticle and by scripts/train-scorer.ts, which must see the same numbers.
import { detectLang } from '../text/detect-lang.ts';
import { docContext, type DocContext } from './features.ts';
import { isSpacelessLang } from '../text/lang.ts';
import { splitWords } from '../text/segment.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { isProse, type Article } from '../types.ts';
import { buildUnits, contentTerms } from './units.ts';

export interface Analysis {
  lang: string;
  spaceless: boolean;
  title: string;
  ctx: DocContext;
}

export function analyze(article: Article): Analysis {
  const body = article.blocks.filter(isProse).map((b) => b.text).join('\n');
  const title = typeof article.title === 'string' ? article.title.trim() : '';
  const lang = detectLang(body, article.lang);
  const spaceless = isSpacelessLang(lang);
  const units = buildUnits(article, lang);
  const titleTerms = contentTerms(splitWords(title, lang), stopwordsFor(lang));
  return { lang, spaceless, title, ctx: docContext(units, titleTerms, spaceless, lang) };
}
