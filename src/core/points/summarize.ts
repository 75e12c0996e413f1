// The offline extractive summarizer: Article in, Brief out. Pure and deterministic.
import { analyze } from './analyze.ts';
import { chooseLede } from './lede.ts';
import { keyphrases } from '../topics/keyphrases.ts';
import { isRtlLang } from '../text/lang.ts';
import { readingMinutes } from '../text/reading-time.ts';
import { hasVisibleText } from '../text/segment.ts';
import { selectPoints } from './select.ts';
import { BriefError, type Article, type Brief } from '../types.ts';
import { ADJACENCY, WEIGHTS } from './weights.ts';

export const ENGINE_ID = 'extractive';

function validate(article: unknown): asserts article is Article {
  const a = article as Partial<Article> | null;
  if (!a || typeof a !== 'object' || !Array.isArray(a.blocks)) {
    throw new BriefError('bad-input', 'The summarizer needs an article with a list of text blocks.');
  }
  if (a.blocks.some((b) => !b || typeof b.text !== 'string')) {
    throw new BriefError('bad-input', 'Every block of the article needs a text.');
  }
}

/** A page that names no site still has one: its host ("nytimes.com"), for web pages only. */
function siteOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || !/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export function summarizeArticle(article: Article): Brief {
  validate(article);
  const fullText = article.blocks.map((b) => b.text).join('\n');
  const body = article.blocks.filter((b) => b.kind !== 'heading').map((b) => b.text).join('\n');
  if (!hasVisibleText(body)) throw new BriefError('empty', 'The article has no readable text to summarize.');
  const { lang, spaceless, title, ctx } = analyze(article);
  const units = ctx.units;
  const points = selectPoints(ctx, WEIGHTS, ADJACENCY).map((us) => us.map((u) => u.text).join(' '));
  return {
    title: title || units[0]?.text || '',
    url: typeof article.url === 'string' ? article.url : '',
    source: {
      siteName: article.siteName ?? siteOf(article.url),
      author: article.author,
      publishedTime: article.publishedTime,
      readingMinutes: readingMinutes(fullText, lang),
    },
    lede: chooseLede(units, article.description, lang, spaceless),
    points,
    topics: keyphrases(units.map((u) => u.text), title, lang),
    lang: article.lang ?? lang,
    dir: article.dir ?? (isRtlLang(lang) ? 'rtl' : 'ltr'),
    engine: ENGINE_ID,
  };
}
