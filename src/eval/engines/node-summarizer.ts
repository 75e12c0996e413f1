// Peer: node-summarizer (npm). Its frequency summarizer is used: the TextRank mode walks the graph
// with Math.random (not reproducible) and looks every word up in WordNet (seconds per article).
// The package returns the three sentences glued into one string, in score order; we map its
// ranked (lower-cased, stripped) sentences back to the originals and restore article order.
import { createRequire } from 'node:module';
import { articleText } from '../article.ts';
import { POINTS, type EvalEngine } from './types.ts';

interface FrequencySummary { sentence_list: string[]; sorted_sentences: [number, string][] }
interface SummarizerManagerClass {
  new (text: string, count: number): { getSummaryByFrequency(): FrequencySummary | Error };
}
interface PreprocesserClass { new (): { paragraphToSentences(text: string): string[] | Error } }

const require = createRequire(import.meta.url);
const { SummarizerManager } = require('node-summarizer') as { SummarizerManager: SummarizerManagerClass };
const { Preprocesser } = require('node-summarizer/src/Preprocesser.js') as { Preprocesser: PreprocesserClass };

function summarize(text: string): string[] {
  // Same tokenizer as the package's own first step: these are its sentences before cleaning.
  const originals = new Preprocesser().paragraphToSentences(text);
  const result = new SummarizerManager(text, POINTS).getSummaryByFrequency();
  if (originals instanceof Error) throw originals;
  if (result instanceof Error) throw result;
  const cleaned = result.sentence_list; // cleaned in place by the package, same order as originals
  const picked = result.sorted_sentences.slice(0, POINTS).map(([, clean]) => cleaned.indexOf(clean));
  return picked.sort((a, b) => a - b).map((i) => (originals[i] ?? '').trim()).filter((s) => s !== '');
}

export const engine: EvalEngine = {
  id: 'node-summarizer',
  label: 'node-summarizer 1.0 (npm): word-frequency scoring',
  summarize: (article) => summarize(articleText(article)),
};
