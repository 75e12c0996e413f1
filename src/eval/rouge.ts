// ROUGE with the semantics of Google's rouge-score package (use_stemmer=True), the figures that
// summarization papers report: ROUGE-1/2 and ROUGE-L over the whole text, and the summary-level
// ROUGE-Lsum over sentences. All values are F1 in [0, 1].
import { nltkPorterStem } from './porter.ts';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
}

/** rouge-score's tokenizer: lowercase, non-[a-z0-9] runs are separators, stem tokens longer than 3. */
export function rougeTokens(text: string): string[] {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ');
  return words.filter((w) => w.length > 0).map((w) => (w.length > 3 ? nltkPorterStem(w) : w));
}

function f1(hits: number, predicted: number, target: number): number {
  const precision = predicted > 0 ? hits / predicted : 0;
  const recall = target > 0 ? hits / target : 0;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Clipped n-gram matches between prediction and target. */
function ngramHits(prediction: readonly string[], target: readonly string[], n: number): number {
  const pred = ngramCounts(prediction, n);
  const ref = ngramCounts(target, n);
  let hits = 0;
  for (const [gram, count] of ref) hits += Math.min(count, pred.get(gram) ?? 0);
  return hits;
}

export function rougeN(prediction: readonly string[], target: readonly string[], n: number): number {
  return f1(ngramHits(prediction, target, n), Math.max(prediction.length - n + 1, 0), Math.max(target.length - n + 1, 0));
}

/** ROUGE-N recall alone: the share of the target's n-grams the prediction has. */
export function rougeNRecall(prediction: readonly string[], target: readonly string[], n: number): number {
  const total = Math.max(target.length - n + 1, 0);
  return total === 0 ? 0 : ngramHits(prediction, target, n) / total;
}

/** Dynamic-programming LCS table, (ref.length+1) x (can.length+1). */
function lcsTable(ref: readonly string[], can: readonly string[]): Uint32Array[] {
  const table = Array.from({ length: ref.length + 1 }, () => new Uint32Array(can.length + 1));
  for (let i = 1; i <= ref.length; i++) {
    const row = table[i]!;
    const prev = table[i - 1]!;
    for (let j = 1; j <= can.length; j++) {
      row[j] = ref[i - 1] === can[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
  }
  return table;
}

export function rougeL(prediction: readonly string[], target: readonly string[]): number {
  if (prediction.length === 0 || target.length === 0) return 0;
  const lcs = lcsTable(target, prediction)[target.length]![prediction.length]!;
  return f1(lcs, prediction.length, target.length);
}

/**
 * Indices into `ref` of one longest common subsequence. The tie-breaking of the walk back
 * matters for the union below, so it follows rouge-score's `_backtrack_norec` exactly.
 */
function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const t = lcsTable(ref, can);
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i]![j - 1]! > t[i - 1]![j]!) j--;
    else i--;
  }
  return out;
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * Summary-level LCS (Lin 2004, section 3.2): for each reference sentence, the union of its LCS
 * with every predicted sentence; hits are capped by token counts on both sides, as in ROUGE 1.5.5.
 */
export function rougeLsum(prediction: readonly (readonly string[])[], target: readonly (readonly string[])[]): number {
  const m = target.reduce((sum, s) => sum + s.length, 0);
  const n = prediction.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return 0;
  const leftInRef = countTokens(target);
  const leftInPred = countTokens(prediction);
  let hits = 0;
  for (const ref of target) {
    const union = new Set<number>();
    for (const can of prediction) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i]!;
      if ((leftInRef.get(token) ?? 0) > 0 && (leftInPred.get(token) ?? 0) > 0) {
        hits++;
        leftInRef.set(token, leftInRef.get(token)! - 1);
        leftInPred.set(token, leftInPred.get(token)! - 1);
      }
    }
  }
  return f1(hits, n, m);
}

/** All four scores of a predicted summary against one reference, both given as sentence lists. */
export function rougeScores(prediction: readonly string[], reference: readonly string[]): RougeScores {
  const predSents = prediction.map(rougeTokens);
  const refSents = reference.map(rougeTokens);
  const pred = predSents.flat();
  const ref = refSents.flat();
  return {
    rouge1: rougeN(pred, ref, 1),
    rouge2: rougeN(pred, ref, 2),
    rougeL: rougeL(pred, ref),
    rougeLsum: rougeLsum(predSents, refSents),
  };
}
