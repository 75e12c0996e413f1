// Choose the three points: score every candidate, then pick greedily under the brief's rules
// (no overlap, no repeats, spread over main sections, no dangling openers) and restore article order.
import { CAPTION, candidate, type Candidate, type DocContext } from './features.ts';
import { lexicalScore } from './lexical.ts';
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
 * Which candidates a pool holds. 'strict': complete sentences of a sensible length. 'relaxed':
 * any sentence, the fallback for pages with too few of those. 'fallback': as relaxed, but the
 * article's first sentence may stand even when it opens with a pronoun or connective (it has no
 * antecedent to lose), so a page whose every sentence does still gets a run of points from it.
 */
export type PoolKind = 'strict' | 'relaxed' | 'fallback';
export const POOLS: readonly PoolKind[] = ['strict', 'relaxed', 'fallback'];

/**
 * Candidate points: each sentence on its own, or, when it opens with a pronoun or connective
 * or ends a quotation begun earlier, together with the sentence before it (if that one stands on its own).
 */
export function candidates(ctx: DocContext, kind: PoolKind): Candidate[] {
  const strict = kind === 'strict';
  const { minLength, maxLength } = limits(ctx.spaceless, strict);
  // Strict mode also skips photo captions left in the text: they label a picture, not the story.
  const ok = (u: Unit): boolean => !u.clutter && (!strict || (u.complete && !CAPTION.test(u.text))) && u.length >= minLength;
  const out: Candidate[] = [];
  ctx.units.forEach((u, i) => {
    if (!ok(u)) return;
    const prev = ctx.units[i - 1];
    // The fallback pool lets the article's first sentence stand whatever it opens with.
    const leans = (u.dangling || u.quoteTail) && !(kind === 'fallback' && u.index === 0);
    if (leans) {
      // Standing alone it may only follow its own predecessor's point...
      if (prev && u.length <= maxLength) out.push(candidate([u], ctx, prev.index));
      // ...or it comes with the sentence it leans on (across a heading only as a last resort; not
      // in the fallback pool, where the run of single sentences gives the page its three points).
      // A pair is the page's text run on, so neither may have lost clutter where they meet.
      if (kind === 'fallback' || !prev || prev.clipped || prev.dangling || prev.cutEnd || u.cutStart || !ok(prev) || (strict && prev.section !== u.section)) return;
      if (prev.length + u.length > maxLength) return;
      out.push(candidate([prev, u], ctx));
      return;
    }
    if (u.length <= maxLength) out.push(candidate([u], ctx));
  });
  return out;
}

// Greedy selection compares every candidate with every chosen point on each step, so a
// candidate's key set is built once, not once per comparison (it dominated long pages).
const keySets = new WeakMap<Unit[], Set<string>>();
function keySet(units: Unit[]): Set<string> {
  let set = keySets.get(units);
  if (!set) {
    set = new Set(units.flatMap((u) => u.keys));
    keySets.set(units, set);
  }
  return set;
}

/** Share of the smaller point's content words that the other point also has. */
export function similarity(a: Unit[], b: Unit[]): number {
  const sa = keySet(a);
  const sb = keySet(b);
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
export function selectPoints(
  ctx: DocContext,
  weights: readonly number[],
  adjacency = 0,
  avoid: readonly Unit[][] = [],
  lexical?: ArrayLike<number>,
): Unit[][] {
  // A candidate that says what an avoided text says (the lede taken from the description) is none.
  const fresh = (c: Candidate) => !avoid.some((a) => similarity(c.units, a) >= REPEAT_THRESHOLD);
  return choosePoints((kind) => candidates(ctx, kind).filter(fresh), weights, adjacency, ctx.substantial, lexical);
}

/**
 * selectPoints over given candidate pools (strict, relaxed, fallback), so the trainer can score
 * many weight settings without rebuilding the candidates each time.
 */
export function choosePoints(
  pools: (kind: PoolKind) => Candidate[],
  weights: readonly number[],
  adjacency = 0,
  substantial?: ReadonlySet<number>,
  lexical?: ArrayLike<number>,
): Unit[][] {
  const chosen: Candidate[] = [];
  // Strict candidates first; the others only fill what is left (a page of few sentences, one
  // that repeats itself, or one where every sentence leans on the one before).
  for (const kind of POOLS) {
    if (chosen.length >= MAX_POINTS) break;
    const pool = pools(kind);
    const scored = pool.map((c) => ({ c, score: dot(weights, c.features) + (c.lexical ? lexicalScore(c.lexical, lexical) : 0) }));
    const sections = new Set(pool.map((c) => c.units[0]!.section).filter((s) => s === 0 || !substantial || substantial.has(s)));
    // One point per main section first, so a sectioned page is not summarised by its intro.
    if (sections.size > 1) pick(scored.filter((s) => sections.has(s.c.units[0]!.section)), chosen, true, adjacency);
    pick(scored, chosen, false, adjacency);
    // Last resort, so a page of three or more sentences gets three points: leaning sentences
    // stand on their own (after the runs from the first sentence, which read best).
    if (kind === 'fallback') pick(scored, chosen, false, adjacency, true);
  }
  return splitPairs(chosen.map((c) => c.units).sort((a, b) => a[0]!.index - b[0]!.index));
}

/**
 * A short page can run out of candidates because pairs took two sentences each. A pair split in
 * two is two consecutive points, the second right after the one it leans on, so it keeps every
 * rule and gives the page its three points.
 */
function splitPairs(points: Unit[][]): Unit[][] {
  const out = [...points];
  for (let i = 0; out.length < MAX_POINTS && i < out.length; i++) {
    const point = out[i]!;
    if (point.length > 1) out.splice(i, 1, ...point.map((u) => [u]));
  }
  return out;
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

function pick(scored: Scored[], chosen: Candidate[], distinctSections: boolean, adjacency: number, anyOpener = false): void {
  while (chosen.length < MAX_POINTS) {
    let best: Scored | undefined;
    let bestValue = -Infinity;
    for (const s of scored) {
      if (chosen.some((c) => c === s.c || conflicts(c, s.c, distinctSections))) continue;
      if (s.c.follows !== undefined && !anyOpener && !chosen.some((c) => c.units[c.units.length - 1]!.index === s.c.follows)) continue;
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
  // The same words twice are a repeat even when they hold no content word to compare.
  if (a.units.length === b.units.length && a.units.every((u, i) => u.text === b.units[i]!.text)) return true;
  return similarity(a.units, b.units) >= REPEAT_THRESHOLD;
}
