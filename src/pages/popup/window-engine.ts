// Runs an engine that exists only in pages (Chrome's Summarizer) on the article the worker sent.
// Loaded on demand: the summarizer code stays out of the popup's first load. A failure gives the
// built-in brief, labelled with the error, as the worker does for its own engines.
import { errorMessage, wordingOf, type Article, type Brief } from '../../core/types.ts';

export async function summarizeInPage(article: Article, onPartial: (brief: Brief) => void): Promise<Brief> {
  const [{ chromeAiOf }, { createSummarizerEngine }, { summarizeArticle }, { fallbackBrief }] = await Promise.all([
    import('../../engines/chrome-ai/api.ts'),
    import('../../engines/chrome-ai/summarizer-engine.ts'),
    import('../../core/points/summarize.ts'),
    import('../../core/model/to-brief.ts'),
  ]);
  const api = chromeAiOf().summarizer;
  const label = "Chrome's built-in AI";
  if (!api) {
    return fallbackBrief(summarizeArticle(article), label, 'This browser has no built-in AI (Chrome 138 or later on a supported device).', { key: 'chromeAiMissing', params: [] });
  }
  try {
    return await createSummarizerEngine(api).summarize(article, undefined, onPartial);
  } catch (error) {
    return fallbackBrief(summarizeArticle(article), label, errorMessage(error), wordingOf(error));
  }
}
