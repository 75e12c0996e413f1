// LEAD-3: the first three sentences, the classic news baseline.
import { articleSentences } from './sentences.ts';
import { POINTS, type EvalEngine } from './types.ts';

export const engine: EvalEngine = {
  id: 'lead3',
  label: 'LEAD-3: the first three sentences',
  summarize: (article) => articleSentences(article).slice(0, POINTS),
};
