// Weights of the point scorer, in the order of FEATURE_NAMES (features.ts).
// Hand-set first version; replaced by the output of scripts/train-scorer.ts.
export const WEIGHTS: readonly number[] = [
  0, 1.5, 2, -0.5, 0.8, 0.6, 0.2, 1.2, 1.0, 0.3, -0.8, -0.5, 0.1, -0.1, 0.2, -0.2, -0.1, -1,
];
