// The offline extractive summarizer: Article in, Brief out. Pure and deterministic.
import { analyze } from './analyze.ts';
import { descriptionLede, ledeAfterPoints, textUnit } from './lede.ts';
import { chooseWhy } from './why.ts';
import { keyphrases } from '../topics/keyphrases.ts';
import { isRtlLang } from '../text/lang.ts';
import { readingMinutes } from '../text/reading-time.ts';
import { hasVisibleText } from '../text/segment.ts';
import { MAX_POINTS, selectPoints } from './select.ts';
import { BriefError, isProse, type Article, type Brief } from '../types.ts';
import { ADJACENCY, LEXICAL, WEIGHTS } from './weights.ts';

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
  const body = article.blocks.filter(isProse).map((b) => b.text).join('\n');
  if (!hasVisibleText(body)) throw new BriefError('empty', 'The article has no readable text to summarize.');
  const { lang, spaceless, title, ctx } = analyze(article);
  const units = ctx.units;
  // The lede, the points and "why it matters" are four different sentences: a description that
  // makes the lede is avoided by the points; otherwise the lede is found among what they left.
  let described = descriptionLede(units, article.description, lang, spaceless);
  let avoid = described ? [[textUnit(described, lang)]] : [];
  let chosen = selectPoints(ctx, WEIGHTS, ADJACENCY, avoid, LEXICAL);
  // On a short page the description may take a sentence the points need: three points come
  // first, and the lede is then found among the rest, or there is none.
  if (described && chosen.length < MAX_POINTS) {
    const all = selectPoints(ctx, WEIGHTS, ADJACENCY, [], LEXICAL);
    if (all.length > chosen.length) [described, avoid, chosen] = [undefined, [], all];
  }
  const ledeUnit = described ? undefined : ledeAfterPoints(units, chosen, spaceless);
  const why = chooseWhy(units, [...chosen, ...avoid, ...(ledeUnit ? [[ledeUnit]] : [])], spaceless, lang);
  const points = chosen.map((us) => us.map((u) => u.text).join(' '));
  return {
    title: title || units[0]?.text || '',
    url: typeof article.url === 'string' ? article.url : '',
    source: {
      siteName: article.siteName ?? siteOf(article.url),
      author: article.author,
      publishedTime: article.publishedTime,
      readingMinutes: readingMinutes(fullText, lang),
    },
    lede: described ?? ledeUnit?.text ?? '',
    points,
    ...(why ? { why: why.text } : {}),
    topics: keyphrases(units.map((u) => u.text), title, lang),
    lang: article.lang ?? lang,
    dir: article.dir ?? (isRtlLang(lang) ? 'rtl' : 'ltr'),
    engine: ENGINE_ID,
    ...(article.onlyDescription === true ? { onlyDescription: true } : {}),
  };
}
