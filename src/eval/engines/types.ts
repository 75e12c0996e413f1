import type { Article, PointCheck } from '../../core/types.ts';

/**
 * Points, or points with the engine's own timing (for engines that run off the main thread)
 * and its own faithfulness checks, one per point (model engines: what the card would flag).
 */
export type EngineOutput =
  | string[]
  | {
      points: string[];
      /** The engine's own time; measured around the call when absent. */
      ms?: number;
      checks?: PointCheck[];
      /** The rest of the card, for engines that make one: its lede and "Why it matters" sentence. */
      lede?: string;
      why?: string;
    };

/** A summarizer under evaluation: any function from an Article to its (up to three) points. */
export interface EvalEngine {
  id: string;
  /** What it is, for the table's notes. */
  label: string;
  summarize(article: Article): EngineOutput | Promise<EngineOutput>;
}

/** How many sentences the baselines and peers are asked for: a brief has three points. */
export const POINTS = 3;
