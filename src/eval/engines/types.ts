import type { Article } from '../../core/types.ts';

/** Points, or points with the engine's own timing (for engines that run off the main thread). */
export type EngineOutput = string[] | { points: string[]; ms: number };

/** A summarizer under evaluation: any function from an Article to its (up to three) points. */
export interface EvalEngine {
  id: string;
  /** What it is, for the table's notes. */
  label: string;
  summarize(article: Article): EngineOutput | Promise<EngineOutput>;
}

/** How many sentences the baselines and peers are asked for: a brief has three points. */
export const POINTS = 3;
