// Brief's own summarizer, exactly as the extension calls it.
import { summarizeArticle } from '../../core/index.ts';
import type { EvalEngine } from './types.ts';

export const engine: EvalEngine = {
  id: 'brief',
  label: "Brief's summarizeArticle (src/core)",
  summarize: (article) => {
    const { points, lede, why } = summarizeArticle(article);
    return { points, lede, ...(why ? { why } : {}) };
  },
};
