// LEAD-3 cut by a plain sentence splitter: Intl.Segmenter alone, without the repairs the core
// adds (it cuts after "Capt." and "George W."). It reproduces the LEAD-3 figure published for
// val.jsonl (56.20 / 36.83 / 51.75) to within 0.05, so it checks the harness against that figure
// and shows how much of the core splitter's LEAD-3 (the `lead3` row) is owed to the splitter.
import { articleSentences } from './sentences.ts';
import { POINTS, type EvalEngine } from './types.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function plainSentences(text: string): string[] {
  return Array.from(segmenter.segment(text.replace(/\s+/g, ' ')), (s) => s.segment.trim()).filter(Boolean);
}

export const engine: EvalEngine = {
  id: 'lead3-plain',
  label: 'LEAD-3 on a plain Intl.Segmenter split (no abbreviation repairs), as the published baseline',
  summarize: (article) => articleSentences(article, plainSentences).slice(0, POINTS),
};
