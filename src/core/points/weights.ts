// Weights of the point scorer, learned from ../shared/data/cnndm-gpt4/train.jsonl by
// scripts/train-scorer.ts (`npm run train`), which writes scorer-weights.json.
import { FEATURE_NAMES } from './features.ts';
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

/** Bonus for a point that continues from a chosen one (see selectPoints). */
export const ADJACENCY: number = (learned as { adjacency?: number }).adjacency ?? 0;
