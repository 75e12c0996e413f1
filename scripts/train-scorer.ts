// Learns the point scorer (src/core/points/scorer-weights.json) from the training splits only:
//   npm run train              fit on every training article and write the weights
//   npm run train -- --cv 5    5-fold cross-validation: out-of-fold Brief against LEAD-3, nothing written
// Offline and deterministic. Training data: ../shared/data/cnndm-gpt4/train.jsonl (GPT-4
// summaries) and ../shared/data/cnndm-chatgpt/train.jsonl (ChatGPT summaries), never val.
// For every candidate point of every article, the target is how well it matches the
// best-matching sentence of the reference summary ((ROUGE-1 F1 + ROUGE-2 F1) / 2); targets and
// features are centred per article (only the ranking inside an article matters), and a ridge
// regression fits the weights of the dense features and of the hashed words (lexical.ts). Two
// selection settings (an extra length penalty, the bonus for continuing from a chosen point)
// are then chosen on the same training articles.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/core/points/analyze.ts';
import { FEATURE_NAMES, type Candidate } from '../src/core/points/features.ts';
import { LEXICAL_SIZE } from '../src/core/points/lexical.ts';
import { candidates, choosePoints, MAX_POINTS, POOLS, type PoolKind } from '../src/core/points/select.ts';
import { rowToArticle } from '../src/eval/article.ts';
import { parseJsonl } from '../src/eval/dataset.ts';
import { rougeN, rougeScores, rougeTokens } from '../src/eval/rouge.ts';
import { splitSentences } from '../src/core/text/segment.ts';

/**
 * The harness's summarySentences, restated: importing the harness would load the shipped
 * weights through src/core/index.ts, and those must not be needed to produce themselves.
 */
const summarySentences = (text: string): string[] => text.split('\n').flatMap((line) => splitSentences(line, 'en'));

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const FOLDS = Number(flag('--cv') ?? 0);
const DATA = (flag('--data') ?? '../shared/data/cnndm-gpt4/train.jsonl,../shared/data/cnndm-chatgpt/train.jsonl')
  .split(',')
  .filter((f) => existsSync(f) || (console.error(`train: ${f} not found, skipped`), false));
const OUT = new URL('../src/core/points/scorer-weights.json', import.meta.url);
// Ridge strengths relative to the number of candidates, for the dense features and the hashed
// words (chosen by the cross-validation above; words need more, they are many and sparse).
const RIDGE = Number(process.env.RIDGE ?? 0.1);
const RIDGE_LEXICAL = Number(process.env.RIDGE_LEXICAL ?? 0.02);
const USE_LEXICAL = process.env.LEXICAL !== '0';
/**
 * Features the training data cannot teach: CNN/DM rows have no title, no sections and no lists.
 * Their weights are set by hand, as a prior, and kept out of the fit.
 */
const HAND_SET: Partial<Record<(typeof FEATURE_NAMES)[number], number>> = {
  titleOverlap: 0.1,
  sectionSalience: 0.1,
};
const DENSE = FEATURE_NAMES.length;
const DIM = DENSE + (USE_LEXICAL ? LEXICAL_SIZE : 0);
const LENGTH = FEATURE_NAMES.indexOf('lengthLinear');

interface Cand {
  candidate: Candidate;
  /** Sparse features: dense ones first, then the hashed words at DENSE + bucket. */
  index: number[];
  value: number[];
}

interface Doc {
  pools: Record<PoolKind, Cand[]>;
  /** Training rows: the strict pool (or the relaxed one on a page of few sentences). */
  train: Cand[];
  ys: number[];
  substantial: ReadonlySet<number>;
  lead: string[];
  reference: string[];
  source: string;
}

function target(text: string, refTokens: string[][]): number {
  const tokens = rougeTokens(text);
  let best = 0;
  for (const ref of refTokens) best = Math.max(best, (rougeN(tokens, ref, 1) + rougeN(tokens, ref, 2)) / 2);
  return best;
}

function sparse(candidate: Candidate): Cand {
  const index: number[] = [];
  const value: number[] = [];
  candidate.features.forEach((x, j) => {
    if (x !== 0) {
      index.push(j);
      value.push(x);
    }
  });
  if (USE_LEXICAL) {
    for (const b of candidate.lexical?.buckets ?? []) {
      index.push(DENSE + b);
      value.push(candidate.lexical!.value);
    }
  }
  return { candidate, index, value };
}

function loadDocs(): Doc[] {
  return DATA.flatMap((file) =>
    parseJsonl(readFileSync(file, 'utf8')).map((row) => {
      const article = rowToArticle(row);
      const reference = summarySentences(row.references[0]!);
      const refTokens = reference.map(rougeTokens);
      const { ctx } = analyze(article);
      const pairs = process.env.PAIRS !== '0';
      const pools = Object.fromEntries(
        POOLS.map((kind) => [kind, candidates(ctx, kind).filter((c) => pairs || kind !== 'strict' || c.units.length === 1).map(sparse)]),
      ) as Record<PoolKind, Cand[]>;
      const train = pools.strict.length >= MAX_POINTS ? pools.strict : pools.relaxed;
      const ys = train.map((c) => target(c.candidate.units.map((u) => u.text).join(' '), refTokens));
      const lead = ctx.units.slice(0, 3).map((u) => u.text);
      return { pools, train, ys, substantial: ctx.substantial, lead, reference, source: file };
    }),
  );
}

/** Solve A w = b (A symmetric positive definite, row-major DIM × DIM) by Cholesky. */
function cholesky(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      const ri = i * n;
      const rj = j * n;
      for (let k = 0; k < j; k++) s -= l[ri + k]! * l[rj + k]!;
      if (i === j) l[ri + i] = Math.sqrt(Math.max(s, 1e-12));
      else l[ri + j] = s / l[rj + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}

/** Ridge regression on per-article centred features and targets; the hand-set features stay out. */
function fit(docs: Doc[]): Float64Array {
  const n = DIM;
  const ata = new Float64Array(n * n);
  const atb = new Float64Array(n);
  const fixed = new Set(Object.keys(HAND_SET).map((k) => FEATURE_NAMES.indexOf(k as (typeof FEATURE_NAMES)[number])));
  fixed.add(0); // the bias cannot change a ranking
  let count = 0;
  for (const doc of docs) {
    const m = doc.train.length;
    if (m < 2) continue;
    const mean = new Map<number, number>();
    const meanY = doc.ys.reduce((s, y) => s + y, 0) / m;
    doc.train.forEach((c, i) => {
      c.index.forEach((j, k) => {
        if (fixed.has(j)) return;
        mean.set(j, (mean.get(j) ?? 0) + c.value[k]! / m);
        const vj = c.value[k]!;
        atb[j]! += vj * doc.ys[i]!;
        for (let q = 0; q < c.index.length; q++) {
          const jj = c.index[q]!;
          if (!fixed.has(jj)) ata[j * n + jj]! += vj * c.value[q]!;
        }
      });
      count += 1;
    });
    const entries = [...mean];
    for (const [j, mj] of entries) {
      atb[j]! -= m * mj * meanY;
      for (const [jj, mjj] of entries) ata[j * n + jj]! -= m * mj * mjj;
    }
  }
  for (let j = 0; j < n; j++) ata[j * n + j]! += (fixed.has(j) ? 1 : j < DENSE ? RIDGE : RIDGE_LEXICAL) * count;
  const w = cholesky(ata, atb, n);
  for (const j of fixed) w[j] = 0;
  FEATURE_NAMES.forEach((name, i) => {
    const hand = HAND_SET[name];
    if (hand !== undefined) w[i] = hand;
  });
  return w;
}

interface Setting {
  penalty: number;
  adjacency: number;
}

/** The brief the shipped selection makes with these weights: every candidate scored, then chosen. */
function brief(doc: Doc, w: Float64Array, s: Setting): string[] {
  const pools = (kind: PoolKind): Candidate[] =>
    doc.pools[kind].map((c) => {
      let score = 0;
      c.index.forEach((j, k) => (score += w[j]! * c.value[k]!));
      score -= s.penalty * (c.candidate.features[LENGTH] ?? 0);
      // choosePoints scores by a dot product: a one-feature candidate carries the whole score.
      const { lexical: _words, ...rest } = c.candidate;
      return { ...rest, features: [score] };
    });
  return choosePoints(pools, [1], s.adjacency, doc.substantial).map((us) => us.map((u) => u.text).join(' '));
}

function score(docs: Doc[], pick: (doc: Doc) => string[]): { r1: number; r2: number; rl: number; words: number } {
  let r1 = 0, r2 = 0, rl = 0, words = 0;
  for (const doc of docs) {
    const points = pick(doc);
    const s = rougeScores(points.flatMap(summarySentences), doc.reference);
    r1 += s.rouge1;
    r2 += s.rouge2;
    rl += s.rougeLsum;
    words += points.join(' ').split(/\s+/).filter(Boolean).length;
  }
  const pct = (x: number) => Math.round((10000 * x) / docs.length) / 100;
  return { r1: pct(r1), r2: pct(r2), rl: pct(rl), words: Math.round((10 * words) / docs.length) / 10 };
}

const SETTINGS: Setting[] = (process.env.PENALTIES ?? '0,0.02,0.04,0.06').split(',').map(Number).flatMap((penalty) => [0, 0.02, 0.04].map((adjacency) => ({ penalty, adjacency })));

/** Weights and the selection setting that does best on these articles. */
function train(docs: Doc[], log: boolean): { w: Float64Array; setting: Setting } {
  const w = fit(docs);
  let best = SETTINGS[0]!;
  let bestTotal = -Infinity;
  for (const s of SETTINGS) {
    const r = score(docs, (d) => brief(d, w, s));
    if (log) console.log(`  length penalty ${s.penalty}, adjacency ${s.adjacency}: ${r.r1} / ${r.r2} / ${r.rl}, ${r.words} words`);
    const total = r.r1 + r.r2 + r.rl;
    if (total > bestTotal) {
      bestTotal = total;
      best = s;
    }
  }
  return { w, setting: best };
}

const line = (name: string, r: ReturnType<typeof score>) => `${name.padEnd(8)} ${r.r1} / ${r.r2} / ${r.rl}   ${r.words} words`;
const docs = loadDocs();
console.log(`train: ${docs.length} articles (${DATA.join(', ')}), ${USE_LEXICAL ? 'with' : 'without'} hashed words; R-1 / R-2 / R-Lsum`);

if (FOLDS > 1) {
  // Folds by position (every FOLDS-th article), so each holds both sources in proportion.
  const predictions = new Map<Doc, string[]>();
  for (let f = 0; f < FOLDS; f++) {
    const held = docs.filter((_, i) => i % FOLDS === f);
    const { w, setting } = train(docs.filter((_, i) => i % FOLDS !== f), false);
    for (const d of held) predictions.set(d, brief(d, w, setting));
    console.log(`fold ${f + 1}/${FOLDS}: length penalty ${setting.penalty}, adjacency ${setting.adjacency}`);
  }
  for (const source of ['all', ...DATA]) {
    const part = source === 'all' ? docs : docs.filter((d) => d.source === source);
    const b = score(part, (d) => predictions.get(d)!);
    const l = score(part, (d) => d.lead);
    console.log(`${source} (${part.length} articles, out of fold):`);
    console.log(line('brief', b));
    console.log(line('LEAD-3', l));
    console.log(`lead    ${(b.r1 - l.r1).toFixed(2)} / ${(b.r2 - l.r2).toFixed(2)} / ${(b.rl - l.rl).toFixed(2)}`);
  }
} else {
  const { w, setting } = train(docs, true);
  console.log(line('LEAD-3', score(docs, (d) => d.lead)));
  console.log(line('learned', score(docs, (d) => brief(d, w, setting))), `(length penalty ${setting.penalty}, adjacency ${setting.adjacency})`);
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const weights = FEATURE_NAMES.map((_, i) => round(w[i]! - (i === LENGTH ? setting.penalty : 0)));
  FEATURE_NAMES.forEach((name, i) => console.log(`  ${name.padEnd(16)} ${weights[i]}`));
  // Four decimals are enough for the hashed words (their scores sum over a dozen or more of them), and keep the file small.
  const lexical = USE_LEXICAL ? Array.from(w.subarray(DENSE), (x) => Math.round(x * 1e4) / 1e4) : undefined;
  const trainedOn = DATA.map((f) => f.split('/').slice(-2).join('/'));
  writeFileSync(
    OUT,
    `${JSON.stringify({ trainedOn, articles: docs.length, features: FEATURE_NAMES, weights, adjacency: setting.adjacency, ...(lexical ? { lexical } : {}) })}\n`,
  );
}
