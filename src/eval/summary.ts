// From per-article outcomes to the figures of one table row.
import { bootstrapMean, mean, type Estimate } from './bootstrap.ts';
import type { EngineRun } from './harness.ts';

export interface EngineSummary {
  id: string;
  label: string;
  unavailable?: string;
  articles: number;
  failures: number;
  firstError?: string;
  /** ROUGE F1 x 100, mean over articles with a 95% bootstrap interval. */
  rouge1: Estimate;
  rouge2: Estimate;
  rougeLsum: Estimate;
  wordsPerBrief: number;
  /** Share of all points that dangle. */
  dangling: number;
  /** Share of briefs with two points that say the same thing. */
  repeated: number;
  msPerArticle: number;
  /** Time inside the engine over all articles. */
  engineMs: number;
  /** All points of all briefs, and how many of them the faithfulness check flags. */
  points: number;
  flagged: number;
  /** For engines that make a card (see CardOutcome); absent otherwise. */
  card?: { briefs: number; whyShown: number; whyGain: number; whyGainWhenShown: number; repeats: number };
}

function cardSummary(run: EngineRun): EngineSummary['card'] {
  const cards = run.outcomes.flatMap((o) => (o.card ? [o.card] : []));
  if (cards.length === 0) return undefined;
  const shown = cards.filter((c) => c.why);
  return {
    briefs: cards.length,
    whyShown: shown.length / cards.length,
    whyGain: mean(cards.map((c) => c.whyGain * 100)),
    whyGainWhenShown: shown.length === 0 ? 0 : mean(shown.map((c) => c.whyGain * 100)),
    repeats: cards.filter((c) => c.repeats).length / cards.length,
  };
}

export function summarizeRun(run: EngineRun, seed: number): EngineSummary {
  const o = run.outcomes;
  const card = cardSummary(run);
  const scaled = (key: 'rouge1' | 'rouge2' | 'rougeLsum') =>
    bootstrapMean(o.map((x) => x.scores[key] * 100), { seed });
  const allFlags = o.flatMap((x) => x.dangling);
  const failed = o.filter((x) => x.error !== undefined);
  return {
    id: run.id,
    label: run.label,
    ...(run.unavailable ? { unavailable: run.unavailable } : {}),
    articles: o.length,
    failures: failed.length,
    ...(failed[0]?.error ? { firstError: failed[0].error } : {}),
    rouge1: scaled('rouge1'),
    rouge2: scaled('rouge2'),
    rougeLsum: scaled('rougeLsum'),
    wordsPerBrief: mean(o.map((x) => x.words)),
    dangling: allFlags.length === 0 ? 0 : allFlags.filter(Boolean).length / allFlags.length,
    repeated: o.length === 0 ? 0 : o.filter((x) => x.repeated).length / o.length,
    msPerArticle: mean(o.map((x) => x.ms)),
    engineMs: o.reduce((t, x) => t + x.ms, 0),
    points: o.reduce((n, x) => n + x.checks.length, 0),
    flagged: o.reduce((n, x) => n + x.checks.filter((c) => !c.found).length, 0),
    ...(card ? { card } : {}),
  };
}
