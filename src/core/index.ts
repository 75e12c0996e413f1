// Public API of Brief's core: pure, DOM-free, offline.
import { summarizeArticle } from './points/summarize.ts';
import type { Article, Brief, Engine } from './types.ts';

export { summarizeArticle } from './points/summarize.ts';
export { renderHtml, renderMarkdown, renderText } from './render/render.ts';
export { readingMinutes } from './text/reading-time.ts';
export { splitSentences, splitWords } from './text/segment.ts';
export { formatDate } from './render/format.ts';
export { opensWithReference } from './text/openers.ts';

/** The built-in engine: runs on the device, never sends the article anywhere. */
export const extractiveEngine: Engine = {
  id: 'extractive',
  label: 'Built-in (offline)',
  remote: false,
  summarize(article: Article, signal?: AbortSignal): Promise<Brief> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('Aborted'));
    try {
      return Promise.resolve(summarizeArticle(article));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};
