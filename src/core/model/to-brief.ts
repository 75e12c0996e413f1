// A model's answer on the card. The frame (headline, source line, reading time, language) is the
// built-in brief's, read from the page by the metadata layer: a model paraphrases headlines and
// never sees the byline, so the card keeps the page's own. The model writes the lede, the points,
// "why it matters" and the topics, and each point is checked against the article.
import type { Article, Brief, Wording } from '../types.ts';
import { partialAnswer, type PartialModelBrief } from './answer.ts';
import { addressedToModel, articleFacts, checkPoint } from './faithfulness.ts';
import type { ArticleInput } from './prompt.ts';
import type { ModelBrief } from './schema.ts';

export interface ModelRun {
  engine: string;
  model: string;
  input: ArticleInput;
  /** The host the article went to, for a remote engine. */
  sentTo?: string;
}

/** What points are checked against: the article's text, less any block addressed to a model. */
const articleText = (article: Article): string =>
  [article.title, ...article.blocks.filter((b) => !addressedToModel(b.text)).map((b) => b.text)].join('\n');

// A streamed answer is turned into a brief at every new point: the article is read once.
const factsCache = new WeakMap<Article, ReturnType<typeof articleFacts>>();
function factsOf(article: Article): ReturnType<typeof articleFacts> {
  let facts = factsCache.get(article);
  if (!facts) factsCache.set(article, (facts = articleFacts(articleText(article))));
  return facts;
}

/** The brief from a model's (possibly partial) answer over the built-in brief's frame. */
export function modelBriefToBrief(
  answer: ModelBrief | PartialModelBrief,
  frame: Brief,
  article: Article,
  run: ModelRun,
  partial = false,
): Brief {
  const facts = factsOf(article);
  const brief: Brief = {
    ...frame,
    title: frame.title || answer.headline || '',
    lede: answer.lede ?? '',
    points: answer.points,
    topics: answer.topics.length > 0 ? answer.topics : frame.topics,
    engine: run.engine,
    model: run.model,
    ...(run.sentTo ? { sentTo: run.sentTo } : {}),
    checks: answer.points.map((point) => checkPoint(point, facts)),
  };
  if (answer.why) brief.why = answer.why;
  else delete brief.why;
  if (run.input.keptBlocks < run.input.totalBlocks) {
    brief.trimmed = { keptBlocks: run.input.keptBlocks, totalBlocks: run.input.totalBlocks };
  }
  if (partial) brief.partial = true;
  return brief;
}

/**
 * Turns a growing answer into card updates: the brief so far, sent only when a field completed
 * since the last one (every delta would re-send the same brief dozens of times).
 */
export function partialReporter(frame: Brief, article: Article, run: ModelRun, onPartial: ((brief: Brief) => void) | undefined): (text: string) => void {
  let shown = '';
  return (text) => {
    if (!onPartial) return;
    const partial = partialAnswer(text);
    const key = JSON.stringify(partial);
    if (key === shown) return;
    shown = key;
    onPartial(modelBriefToBrief(partial, frame, article, run, true));
  };
}

/** The built-in brief, labelled with the failure of the engine the user chose. */
export function fallbackBrief(frame: Brief, engine: string, message: string, wording?: Wording): Brief {
  return { ...frame, fallback: wording ? { engine, message, wording } : { engine, message } };
}
