// A small TextRank baseline (Mihalcea & Tarau 2004): sentences are nodes, edges weigh word
// overlap normalised by sentence length, PageRank ranks the nodes, the top three are kept in
// article order.
import { contentTerms } from '../point-checks.ts';
import { articleSentences } from './sentences.ts';
import { POINTS, type EvalEngine } from './types.ts';

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/** TextRank's similarity: shared words over log lengths, so long sentences do not win by size. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const norm = Math.log(a.size) + Math.log(b.size);
  if (norm <= 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / norm;
}

function similarityMatrix(sentences: readonly string[]): number[][] {
  const terms = sentences.map(contentTerms);
  return terms.map((a, i) => terms.map((b, j) => (i === j ? 0 : similarity(a, b))));
}

/** Weighted PageRank by power iteration; a sentence linked to nothing keeps the base score. */
export function pageRank(weights: readonly (readonly number[])[]): number[] {
  const n = weights.length;
  const outSums = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = scores.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j++) if (outSums[j]! > 0) sum += (weights[j]![i]! / outSums[j]!) * scores[j]!;
      return (1 - DAMPING) / n + DAMPING * sum;
    });
    const delta = next.reduce((d, s, i) => d + Math.abs(s - scores[i]!), 0);
    scores = next;
    if (delta < TOLERANCE) break;
  }
  return scores;
}

export function textRank(sentences: readonly string[], count = POINTS): string[] {
  const scores = pageRank(similarityMatrix(sentences));
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map(({ index }) => sentences[index]!);
}

export const engine: EvalEngine = {
  id: 'textrank',
  label: 'TextRank baseline (own, src/eval)',
  summarize: (article) => textRank(articleSentences(article)),
};
