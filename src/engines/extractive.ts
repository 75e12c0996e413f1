// The built-in engine: runs on the device, never sends the article anywhere.
import { summarizeArticle } from '../core/points/summarize.ts';
import type { Article, Brief, Engine } from '../core/types.ts';

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
