// "Why it matters": the article's own sentence that says what is at stake or what follows. Not
// one of the points and not the lede, and never one that repeats them: the card says four
// different things. When no sentence of the article says why its news matters, there is none.
import { standsAsSentence } from './features.ts';
import { similarity, REPEAT_THRESHOLD } from './select.ts';
import { significance } from '../text/significance.ts';
import type { Unit } from './units.ts';

/** A sentence needs cues worth this much (one strong cue, or weaker ones together). */
export const MIN_SIGNIFICANCE = 3;
/** Only the first sentences are read: a "why" far down a long page is rarely about its main news. */
const WITHIN = 40;

/**
 * The sentence, or undefined. `taken` are the units of the points and of the lede; `lede` is the
 * lede's text, compared too when it is the page's description rather than one of its sentences.
 * Among the sentences with enough cues, the strongest wins, and of equals the earliest.
 */
export function chooseWhy(units: Unit[], taken: Unit[][], spaceless: boolean, lang: string): Unit | undefined {
  const used = new Set(taken.flat().map((u) => u.index));
  // A sentence that leans on the one before ("This means...") may stand only right after a point
  // or the lede, whose sentence it leans on; the card then reads on from it.
  const ends = new Set(taken.map((us) => us[us.length - 1]!.index).filter((i) => i >= 0));
  let best: Unit | undefined;
  let bestScore = 0;
  for (const u of units.slice(0, WITHIN)) {
    if (used.has(u.index) || !standsAsSentence(u, spaceless)) continue;
    if ((u.dangling || u.quoteTail) && !ends.has(u.index - 1)) continue;
    if (/[?？]["'’”»」』)）]*$/u.test(u.text)) continue;
    const score = significance(u.text, lang);
    if (score < MIN_SIGNIFICANCE || score <= bestScore) continue;
    if (taken.some((us) => similarity([u], us) >= REPEAT_THRESHOLD)) continue;
    best = u;
    bestScore = score;
  }
  return best;
}
