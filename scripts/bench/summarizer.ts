// Summarizer cost: how it grows with article length, and how it compares with LEAD-3 and the
// npm peer summarizers on val.jsonl, all timed in the same process and the same run.
// Each article's figure is its fastest of several runs: this machine is shared, and the fastest
// run is the one least stretched by other processes (on an idle machine it is also the median).
import { readFileSync } from 'node:fs';
import { summarizeArticle } from '../../src/core/index.ts';
import { parseJsonl } from '../../src/eval/dataset.ts';
import { rowToArticle } from '../../src/eval/article.ts';
import { loadEngines } from '../../src/eval/engines/registry.ts';
import type { EvalEngine } from '../../src/eval/engines/types.ts';
import type { Article } from '../../src/core/types.ts';
import { articleOfLength } from './corpus.ts';
import { collectGarbage } from './gc.ts';
import { median } from './stats.ts';
import { TRAIN_PATH, VAL_PATH } from './paths.ts';

export const SIZES = [500, 1_000, 2_000, 10_000, 50_000, 200_000] as const;
/** The engines the brief is compared with on val.jsonl. */
export const PEERS = ['lead3', 'node-summarizer', 'ts-textrank', 'lexrank'] as const;

export interface SizeTiming {
  words: number;
  /** Median over the samples of each sample's fastest run, ms. */
  ms: number;
  samples: number;
  runs: number;
}

export interface EngineTiming {
  id: string;
  label: string;
  /** Median over articles of each article's fastest run, ms; undefined when the engine failed. */
  ms?: number;
  error?: string;
}

function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Short articles are cheap and noisy: more samples (different article mixes). Up to 10,000 words
// each gets 10 runs: with 5, a 10,000-word article's fastest run still often held a garbage
// collection that the 2,000-word ones escaped, which read as superlinear growth.
const plan = (words: number): { samples: number; runs: number } =>
  words <= 2_000 ? { samples: 20, runs: 10 } : words <= 10_000 ? { samples: 8, runs: 10 } : { samples: 3, runs: 3 };

export function benchScaling(texts: readonly string[], sizes: readonly number[] = SIZES, scale = 1): SizeTiming[] {
  return sizes.map((words) => {
    const { samples, runs } = plan(words);
    const n = Math.max(1, Math.round(samples * scale));
    const r = Math.max(1, Math.round(runs * scale));
    const articles = Array.from({ length: n }, (_, i) => articleOfLength(texts, words, i * 37));
    for (const a of articles) summarizeArticle(a); // warm-up
    collectGarbage();
    const fastest = articles.map(() => Infinity);
    for (let rep = 0; rep < r; rep++) {
      articles.forEach((a, i) => {
        fastest[i] = Math.min(fastest[i]!, timeMs(() => summarizeArticle(a)));
      });
    }
    return { words, ms: median(fastest), samples: n, runs: r };
  });
}

// An engine that runs off the main thread (lexrank, in a worker) reports its own time, measured
// inside the worker, so messaging is not counted against it.
async function timeEngine(engine: EvalEngine, article: Article): Promise<number> {
  const start = performance.now();
  const raw = engine.summarize(article);
  const out = raw instanceof Promise ? await raw : raw;
  const elapsed = performance.now() - start;
  return Array.isArray(out) ? elapsed : (out.ms ?? elapsed);
}

/** Every engine on every article, engines rotated per article so none always runs first. */
export async function benchEngines(articles: readonly Article[], ids: readonly string[], repetitions: number): Promise<EngineTiming[]> {
  const loaded = await loadEngines(ids);
  const times = new Map<string, number[][]>(loaded.map((l) => [l.id, articles.map(() => [])]));
  const errors = new Map<string, string>();
  for (const l of loaded) if ('unavailable' in l) errors.set(l.id, l.unavailable);
  const usable = loaded.flatMap((l) => ('engine' in l ? [l.engine] : []));
  for (let rep = -1; rep < repetitions; rep++) {
    for (const [i, article] of articles.entries()) {
      for (let k = 0; k < usable.length; k++) {
        const engine = usable[(i + k + rep + 1) % usable.length]!;
        if (errors.has(engine.id)) continue;
        try {
          const ms = await timeEngine(engine, article);
          if (rep >= 0) times.get(engine.id)![i]!.push(ms); // rep -1 is the warm-up
        } catch (err) {
          errors.set(engine.id, (err as Error).message);
        }
      }
    }
  }
  return loaded.map((l) => {
    const label = 'engine' in l ? l.engine.label : l.id;
    const error = errors.get(l.id);
    if (error) return { id: l.id, label, error };
    return { id: l.id, label, ms: median(times.get(l.id)!.map((perArticle) => Math.min(...perArticle))) };
  });
}

export function readArticles(path: string): string[] {
  return parseJsonl(readFileSync(path, 'utf8')).map((row) => row.article);
}

export function valArticles(path = VAL_PATH): Article[] {
  return parseJsonl(readFileSync(path, 'utf8')).map(rowToArticle);
}

export const trainTexts = (): string[] => readArticles(TRAIN_PATH);
