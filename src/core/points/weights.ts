// Weights of the point scorer, learned from the CNN/DailyMail training splits of ../shared/data
// (cnndm-gpt4 and cnndm-chatgpt train.jsonl, never val) by scripts/train-scorer.ts (`npm run
// train`), which writes scorer-weights.json: the dense features' weights, the hashed words'
// weights (lexical.ts) and the adjacency bonus.
import { FEATURE_NAMES } from './features.ts';
import { LEXICAL_SIZE } from './lexical.ts';
import learned from './scorer-weights.json';

function load(): readonly number[] {
  const { features, weights } = learned as { features: string[]; weights: number[] };
  // A stale file (features added or reordered since training) must fail loudly in tests.
  if (features.join() !== FEATURE_NAMES.join() || weights.length !== FEATURE_NAMES.length) {
    throw new Error('scorer-weights.json does not match FEATURE_NAMES: run npm run train');
  }
  return weights;
}

export const WEIGHTS: readonly number[] = load();

/** Weights of the hashed words (lexical.ts), when the file has them. */
export const LEXICAL: readonly number[] | undefined = checkedLexical((learned as { lexical?: number[] }).lexical);

function checkedLexical(weights: number[] | undefined): readonly number[] | undefined {
  if (weights && weights.length !== LEXICAL_SIZE) throw new Error('scorer-weights.json has the wrong number of word weights: run npm run train');
  return weights;
}

/** Bonus for a point that continues from a chosen one (see selectPoints). */
export const ADJACENCY: number = (learned as { adjacency?: number }).adjacency ?? 0;
