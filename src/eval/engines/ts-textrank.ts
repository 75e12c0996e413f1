// Peer: ts-textrank (npm), TextRank with Sorensen-Dice similarity and its own sentence splitter,
// asked for three sentences in article order.
import { createRequire } from 'node:module';
import { articleText } from '../article.ts';
import { POINTS, type EvalEngine } from './types.ts';

interface TsTextRank {
  Summarizer: { new (config: unknown, logger: unknown): { summarize(text: string, lang: string): string[] }; SORT_OCCURENCE: number };
  AbsoluteSummarizerConfig: new (count: number, sim: unknown, parser: unknown, damping: number, sort: number) => unknown;
  SorensenDiceSimilarity: new () => unknown;
  DefaultTextParser: new () => unknown;
  NullLogger: new () => unknown;
}

const lib = createRequire(import.meta.url)('ts-textrank') as TsTextRank;
const config = new lib.AbsoluteSummarizerConfig(
  POINTS, new lib.SorensenDiceSimilarity(), new lib.DefaultTextParser(), 0.85, lib.Summarizer.SORT_OCCURENCE,
);

export const engine: EvalEngine = {
  id: 'ts-textrank',
  label: 'ts-textrank 1.0 (npm): TextRank, Sorensen-Dice similarity',
  // A Summarizer keeps per-text state, so each article gets a fresh one.
  summarize: (article) => new lib.Summarizer(config, new lib.NullLogger()).summarize(articleText(article), 'en'),
};
