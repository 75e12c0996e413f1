// The evaluation loop: every row goes to every engine in turn (interleaved, so no engine gets
// a warmer cache than another), and each prediction is scored and checked as it comes.
import { splitSentences } from '../core/index.ts';
import { errorMessage } from '../core/types.ts';
import { articleText, rowToArticle } from './article.ts';
import type { EvalRow } from './dataset.ts';
import type { LoadedEngine } from './engines/registry.ts';
import type { EvalEngine } from './engines/types.ts';
import { danglingFlags, hasRepeatedPoints } from './point-checks.ts';
import { rougeScores, type RougeScores } from './rouge.ts';

export interface Prediction {
  id: string | number;
  engine: string;
  points: string[];
  /** Set when the engine threw on this article; its points are then empty. */
  error?: string;
}

export interface ArticleOutcome {
  points: string[];
  ms: number;
  error?: string;
  scores: RougeScores;
  words: number;
  dangling: boolean[];
  repeated: boolean;
}

export interface EngineRun {
  id: string;
  label: string;
  unavailable?: string;
  outcomes: ArticleOutcome[];
}

export interface RunOptions {
  onPrediction?: (prediction: Prediction) => void;
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

async function timed(engine: EvalEngine, row: EvalRow, article: ReturnType<typeof rowToArticle>) {
  const start = performance.now();
  try {
    const out = await engine.summarize(article);
    const ms = Array.isArray(out) ? performance.now() - start : out.ms;
    const points = Array.isArray(out) ? out : out.points;
    return { points: points.map((p) => p.trim()).filter((p) => p !== ''), ms };
  } catch (err) {
    const message = errorMessage(err);
    return { points: [], ms: performance.now() - start, error: `row ${row.id}: ${message}` };
  }
}

export async function runEval(rows: readonly EvalRow[], engines: readonly LoadedEngine[], opts: RunOptions = {}): Promise<EngineRun[]> {
  const runs: EngineRun[] = engines.map((e) =>
    'engine' in e ? { id: e.id, label: e.engine.label, outcomes: [] } : { id: e.id, label: e.id, unavailable: e.unavailable, outcomes: [] },
  );
  for (const row of rows) {
    const article = rowToArticle(row);
    const text = articleText(article);
    const references = row.references.map(summarySentences);
    for (const [k, loaded] of engines.entries()) {
      if (!('engine' in loaded)) continue;
      const { points, ms, error } = await timed(loaded.engine, row, article);
      opts.onPrediction?.({ id: row.id, engine: loaded.id, points, ...(error ? { error } : {}) });
      runs[k]!.outcomes.push({
        points, ms, ...(error ? { error } : {}),
        scores: bestOverReferences(points.flatMap(summarySentences), references),
        words: wordCount(points),
        dangling: danglingFlags(points, text),
        repeated: hasRepeatedPoints(points),
      });
    }
  }
  return runs;
}
