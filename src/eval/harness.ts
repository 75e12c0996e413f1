// The evaluation loop: every row goes to every engine in turn (interleaved, so no engine gets
// a warmer cache than another), and each prediction is scored and checked as it comes.
import { splitSentences } from '../core/index.ts';
import { articleFacts, checkPoint, type ArticleFacts } from '../core/model/faithfulness.ts';
import { errorMessage, type Article, type PointCheck } from '../core/types.ts';
import { articleText, rowToArticle } from './article.ts';
import type { EvalRow } from './dataset.ts';
import type { LoadedEngine } from './engines/registry.ts';
import type { EvalEngine } from './engines/types.ts';
import { danglingFlags, hasRepeatedPoints } from './point-checks.ts';
import { rougeNRecall, rougeScores, rougeTokens, type RougeScores } from './rouge.ts';

export interface Prediction {
  id: string | number;
  engine: string;
  points: string[];
  /** Set when the engine threw on this article; its points are then empty. */
  error?: string;
  /**
   * Per point, the numbers, names and quotations not found in the article; present only when
   * some point has any.
   */
  missing?: string[][];
}

export interface ArticleOutcome {
  points: string[];
  ms: number;
  error?: string;
  /** Per point, the faithfulness check: its numbers, names and quotations occur in the article. */
  checks: PointCheck[];
  scores: RougeScores;
  words: number;
  dangling: boolean[];
  repeated: boolean;
  /** For engines that make a card: its lede and "Why it matters" sentence, and what they add. */
  card?: CardOutcome;
}

export interface CardOutcome {
  lede: string;
  why?: string;
  /** ROUGE-1 recall x 1 of the points with the "why" line, less that of the points alone (0 without one). */
  whyGain: number;
  /** Some two of lede, points and "why" say the same thing (pointsRepeat). */
  repeats: boolean;
}

export interface EngineRun {
  id: string;
  label: string;
  unavailable?: string;
  outcomes: ArticleOutcome[];
}

export interface RunOptions {
  onPrediction?: (prediction: Prediction) => void;
  /** After each article, every engine done with it: how many of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** Share of the reference's words (ROUGE-1 recall, clipped counts) that the text has. */
function recall1(text: string, reference: string): number {
  return rougeNRecall(rougeTokens(text), rougeTokens(reference), 1);
}

/** The card beyond its points: how much the "why" line adds, best over the references, and repeats. */
export function cardOutcome(points: readonly string[], lede: string, why: string | undefined, references: readonly string[]): CardOutcome {
  const base = points.join(' ');
  const whyGain = why ? Math.max(0, ...references.map((r) => recall1(`${base} ${why}`, r) - recall1(base, r))) : 0;
  const lines = [lede, ...points, ...(why ? [why] : [])].filter((l) => l.trim() !== '');
  return { lede, ...(why ? { why } : {}), whyGain, repeats: hasRepeatedPoints(lines) };
}

/** Sentences for ROUGE-Lsum: split at newlines, then with the core's sentence splitter. */
export function summarySentences(text: string): string[] {
  return text.split('\n').flatMap((line) => splitSentences(line, 'en'));
}

/** rouge-score's score_multi: each figure is the best over the references, independently. */
export function bestOverReferences(prediction: string[], references: readonly string[][]): RougeScores {
  const all = references.map((ref) => rougeScores(prediction, ref));
  const best = (key: keyof RougeScores) => Math.max(0, ...all.map((s) => s[key]));
  return { rouge1: best('rouge1'), rouge2: best('rouge2'), rougeL: best('rougeL'), rougeLsum: best('rougeLsum') };
}

function wordCount(points: readonly string[]): number {
  return points.reduce((n, p) => n + p.split(/\s+/).filter((w) => w !== '').length, 0);
}

/** The text the harness checks points against: the title and every block (the openai engine brings its own checks). */
export function checkedText(article: Article): string {
  return [article.title, ...article.blocks.map((b) => b.text)].join('\n');
}

/**
 * Trimmed, non-empty points with one check each: the engine's own checks when it gives one per
 * point (a model engine: what the card flags), else `checkPoint` over the article, for every
 * engine alike.
 */
function checkedPoints(raw: readonly string[], given: readonly PointCheck[] | undefined, facts: ArticleFacts) {
  const own = given && given.length === raw.length ? given : undefined;
  const kept = raw.flatMap((p, i) => (p.trim() === '' ? [] : [{ point: p.trim(), check: own?.[i] ?? checkPoint(p.trim(), facts) }]));
  return { points: kept.map((k) => k.point), checks: kept.map((k) => k.check) };
}

interface Timed {
  points: string[];
  checks: PointCheck[];
  ms: number;
  error?: string;
  lede?: string;
  why?: string;
}

async function timed(engine: EvalEngine, row: EvalRow, article: Article, facts: ArticleFacts): Promise<Timed> {
  const start = performance.now();
  try {
    const out = await engine.summarize(article);
    if (Array.isArray(out)) return { ...checkedPoints(out, undefined, facts), ms: performance.now() - start };
    const card = out.lede === undefined ? {} : { lede: out.lede, ...(out.why ? { why: out.why } : {}) };
    return { ...checkedPoints(out.points, out.checks, facts), ms: out.ms ?? performance.now() - start, ...card };
  } catch (err) {
    const message = errorMessage(err);
    return { points: [], checks: [], ms: performance.now() - start, error: `row ${row.id}: ${message}` };
  }
}

export async function runEval(rows: readonly EvalRow[], engines: readonly LoadedEngine[], opts: RunOptions = {}): Promise<EngineRun[]> {
  const runs: EngineRun[] = engines.map((e) =>
    'engine' in e ? { id: e.id, label: e.engine.label, outcomes: [] } : { id: e.id, label: e.id, unavailable: e.unavailable, outcomes: [] },
  );
  for (const [done, row] of rows.entries()) {
    const article = rowToArticle(row);
    const text = articleText(article);
    const facts = articleFacts(checkedText(article));
    const references = row.references.map(summarySentences);
    for (const [k, loaded] of engines.entries()) {
      if (!('engine' in loaded)) continue;
      const outcome = await timed(loaded.engine, row, article, facts);
      const { points, checks, ms, error } = outcome;
      const missing = checks.some((c) => !c.found) ? { missing: checks.map((c) => c.missing) } : {};
      opts.onPrediction?.({ id: row.id, engine: loaded.id, points, ...(error ? { error } : {}), ...missing });
      runs[k]!.outcomes.push({
        points, ms, ...(error ? { error } : {}), checks,
        scores: bestOverReferences(points.flatMap(summarySentences), references),
        words: wordCount(points),
        dangling: danglingFlags(points, text),
        repeated: hasRepeatedPoints(points),
        ...(outcome.lede === undefined ? {} : { card: cardOutcome(points, outcome.lede, outcome.why, row.references) }),
      });
    }
    opts.onProgress?.(done + 1, rows.length);
  }
  return runs;
}
