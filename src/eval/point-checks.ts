// Two reader-facing faults a score like ROUGE cannot see:
//  - a dangling point opens with a pronoun or connective ("But he said...") whose antecedent is
//    the article sentence just before it, which the brief did not keep;
//  - a repeated point says what another point of the same brief already says.
// @types/stopword describes the 1.x API; the installed 3.x exports one array per language.
import * as stopword from 'stopword';
import { nltkPorterStem } from './porter.ts';

/** Openers that lean on the sentence before them. */
export const DANGLING_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its',
  'but', 'however', 'and', 'so', 'also', 'meanwhile', 'then', 'yet', 'instead', 'still',
]);

/**
 * Text without any whitespace: points are located in the article in this form, because sentence
 * splitters may add a space ("ended.Then" -> "ended. Then") or collapse several.
 */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** First word of a sentence, lowercased, past any opening quote or bracket ("It's" -> "it"). */
export function openingWord(point: string): string {
  const match = /\p{L}+/u.exec(point.replace(/^[^\p{L}\p{N}]+/u, ''));
  return match && match.index === 0 ? match[0].toLowerCase() : '';
}

/**
 * Between two adjacent article sentences there is only space and closing punctuation; engines
 * that strip the final full stop (ts-textrank) still count as adjacent.
 */
const ADJACENT_GAP = /^[\s.!?…"'”’»)\]]*$/u;

/**
 * Marks each point dangling or not. A point "follows" the previous point when, in the article,
 * nothing but sentence-ending punctuation lies between them; a point that opens the article
 * follows nothing and lacks nothing. A point that cannot be found in the
 * article (an abstractive engine) has no verifiable antecedent, so its opener alone decides.
 */
export function danglingFlags(points: readonly string[], articleText: string): boolean[] {
  const text = squash(articleText);
  let prevEnd = -1;
  let searchFrom = 0;
  return points.map((raw) => {
    const point = squash(raw);
    let start = text.indexOf(point, searchFrom);
    if (start < 0) start = text.indexOf(point);
    const follows = start >= 0 && prevEnd >= 0 && prevEnd <= start && ADJACENT_GAP.test(text.slice(prevEnd, start));
    prevEnd = start >= 0 ? start + point.length : -1;
    if (start >= 0) searchFrom = prevEnd;
    // The article's own first sentence has no antecedent to lose ("It's one of the fastest...").
    const opensArticle = start === 0;
    return DANGLING_OPENERS.has(openingWord(raw)) && !follows && !opensArticle;
  });
}

const STOP = new Set((stopword as unknown as { eng: string[] }).eng.map((w) => w.toLowerCase()));

/** Stemmed content words of an English text, as a set. */
export function contentTerms(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^a-z0-9]+/);
  return new Set(words.filter((w) => w.length > 1 && !STOP.has(w)).map(nltkPorterStem));
}

/** Letters and digits only, for containment: punctuation and case must not hide a copy. */
function skeleton(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Overlap of content words, relative to the shorter point. */
export const REPEAT_OVERLAP = 0.6;
/** Below this many content words, overlap is too noisy to call a repeat. */
export const REPEAT_MIN_TERMS = 4;

/**
 * Two points say the same thing when one is contained in the other (letters and digits only),
 * or when at least 60% of the content words of the shorter one (stemmed, stop words dropped)
 * also occur in the other, and the shorter has at least four content words.
 */
export function pointsRepeat(a: string, b: string): boolean {
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa !== '' && sb !== '' && (sa.includes(sb) || sb.includes(sa))) return true;
  const ta = contentTerms(a);
  const tb = contentTerms(b);
  const small = ta.size <= tb.size ? ta : tb;
  const large = small === ta ? tb : ta;
  if (small.size < REPEAT_MIN_TERMS) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size >= REPEAT_OVERLAP;
}

/** True when some two points of the brief repeat each other. */
export function hasRepeatedPoints(points: readonly string[]): boolean {
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) if (pointsRepeat(points[i]!, points[j]!)) return true;
  }
  return false;
}
