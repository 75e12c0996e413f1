// Choose the three points: score every candidate, then pick greedily under the brief's rules
// (no overlap, no repeats, spread over main sections, no dangling openers) and restore article order.
import { CAPTION, candidateFeatures, type Candidate, type DocContext } from './features.ts';
import type { Unit } from './units.ts';

export const MAX_POINTS = 3;

/**
 * Two points say the same thing when this share of the shorter one's content words occur in
 * the other (news often restates its opening line further down). Stricter than the evaluation's
 * repeat test (60% of Porter-stemmed words), since our stemming is rougher.
 */
export const REPEAT_THRESHOLD = 0.5;

interface Limits {
  minLength: number;
  maxLength: number;
}

function limits(spaceless: boolean, strict: boolean): Limits {
  if (!strict) return { minLength: 1, maxLength: Infinity };
  return spaceless ? { minLength: 12, maxLength: 160 } : { minLength: 5, maxLength: 60 };
}

/**
 * Candidate points: each sentence on its own, or, when it opens with a pronoun or connective
 * or ends a quotation begun earlier, together with the sentence before it (if that one stands on its own). Strict mode also asks
 * for complete sentences of a sensible length; the relaxed mode is the fallback for pages that
 * have too few of those.
 */
export function candidates(ctx: DocContext, strict: boolean): Candidate[] {
  const { minLength, maxLength } = limits(ctx.spaceless, strict);
  // Strict mode also skips photo captions left in the text: they label a picture, not the story.
  const ok = (u: Unit): boolean => (!strict || (u.complete && !CAPTION.test(u.text))) && u.length >= minLength;
  const out: Candidate[] = [];
  ctx.units.forEach((u, i) => {
    if (!ok(u)) return;
    const prev = ctx.units[i - 1];
    if (u.dangling || u.quoteTail) {
      // Standing alone it may only follow its own predecessor's point...
      if (prev && u.length <= maxLength) out.push({ units: [u], features: candidateFeatures([u], ctx), follows: prev.index });
      // ...or it comes with the sentence it leans on (across a heading only as a last resort).
      if (!prev || prev.dangling || !ok(prev) || (strict && prev.section !== u.section)) return;
      if (prev.length + u.length > maxLength) return;
      out.push({ units: [prev, u], features: candidateFeatures([prev, u], ctx) });
      return;
    }
    if (u.length <= maxLength) out.push({ units: [u], features: candidateFeatures([u], ctx) });
  });
  return out;
}

/** Share of the smaller point's content words that the other point also has. */
export function similarity(a: Unit[], b: Unit[]): number {
  const sa = new Set(a.flatMap((u) => u.keys));
  const sb = new Set(b.flatMap((u) => u.keys));
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return 0;
  let common = 0;
  for (const t of small) if (large.has(t)) common += 1;
  return common / small.size;
}

const dot = (w: readonly number[], f: number[]): number => f.reduce((s, x, i) => s + x * (w[i] ?? 0), 0);

/**
 * Pick up to three points, in article order. Greedy: at each step the best-scoring candidate that
 * does not conflict with the points so far, where a candidate next to a chosen point earns
 * `adjacency` (stories read on from one sentence to the next; tuned with the weights).
 */
export function selectPoints(ctx: DocContext, weights: readonly number[], adjacency = 0): Unit[][] {
  return choosePoints((strict) => candidates(ctx, strict), weights, adjacency);
}

/**
 * selectPoints over given candidate pools (strict, then relaxed), so the trainer can score many
 * weight settings without rebuilding the candidates each time.
 */
export function choosePoints(pools: (strict: boolean) => Candidate[], weights: readonly number[], adjacency = 0): Unit[][] {
  const chosen: Candidate[] = [];
  // Strict candidates first; the relaxed ones only fill what is left (a page of few sentences,
  // or one that repeats itself), so "fewer than three" means the page has no more to give.
  for (const strict of [true, false]) {
    if (chosen.length >= MAX_POINTS) break;
    const pool = pools(strict);
    const scored = pool.map((c) => ({ c, score: dot(weights, c.features) }));
    const sections = new Set(pool.map((c) => c.units[0]!.section));
    // One point per main section first, so a sectioned page is not summarised by its intro.
    if (sections.size > 1) pick(scored, chosen, true, adjacency);
    pick(scored, chosen, false, adjacency);
  }
  return chosen.map((c) => c.units).sort((a, b) => a[0]!.index - b[0]!.index);
}

interface Scored {
  c: Candidate;
  score: number;
}

function adjacent(a: Candidate, b: Candidate): boolean {
  const [a0, a1] = [a.units[0]!.index, a.units[a.units.length - 1]!.index];
  const [b0, b1] = [b.units[0]!.index, b.units[b.units.length - 1]!.index];
  return b0 === a1 + 1 || a0 === b1 + 1;
}

function pick(scored: Scored[], chosen: Candidate[], distinctSections: boolean, adjacency: number): void {
  while (chosen.length < MAX_POINTS) {
    let best: Scored | undefined;
    let bestValue = -Infinity;
    for (const s of scored) {
      if (chosen.some((c) => c === s.c || conflicts(c, s.c, distinctSections))) continue;
      if (s.c.follows !== undefined && !chosen.some((c) => c.units[c.units.length - 1]!.index === s.c.follows)) continue;
      const value = s.score + (chosen.some((c) => adjacent(c, s.c)) ? adjacency : 0);
      // Ties go to the earlier sentence, so the result never depends on sort stability.
      if (value > bestValue || (value === bestValue && best && s.c.units[0]!.index < best.c.units[0]!.index)) {
        best = s;
        bestValue = value;
      }
    }
    if (!best) return;
    chosen.push(best.c);
  }
}

function conflicts(a: Candidate, b: Candidate, distinctSections: boolean): boolean {
  const ids = new Set(a.units.map((u) => u.index));
  if (b.units.some((u) => ids.has(u.index))) return true;
  if (distinctSections && a.units[0]!.section === b.units[0]!.section) return true;
  return similarity(a.units, b.units) >= REPEAT_THRESHOLD;
}
