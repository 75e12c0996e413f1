// The lede: one sentence that says what the article is about. The page's own description is
// usually written for exactly that, so its first sentence wins when it is a real sentence about
// this article, and the points are chosen not to repeat it; otherwise the first complete,
// self-standing sentence of the article that the points do not already give.
import { CAPTION, standsAsSentence } from './features.ts';
import { REPEAT_THRESHOLD, similarity } from './select.ts';
import { splitSentences, splitWords } from '../text/segment.ts';
import { stopwordsFor } from '../text/stopwords.ts';
import { repeatKeys, type Unit } from './units.ts';

function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []);
}

/**
 * The lede when the article has no usable description: its first complete, self-standing
 * sentence that is not a point and says nothing a point says, so the card never shows one
 * sentence twice. A page whose every such sentence is a point has no lede line.
 */
export function ledeAfterPoints(units: Unit[], points: Unit[][], spaceless: boolean): Unit | undefined {
  const used = new Set(points.flat().map((u) => u.index));
  return units.find(
    (u) =>
      !used.has(u.index) && standsAsSentence(u, spaceless) && !u.dangling && !u.quoteTail &&
      !points.some((p) => similarity([u], p) >= REPEAT_THRESHOLD),
  );
}

/** A text that is not a sentence of the article (the page's description) as a unit, for the repeat test. */
export function textUnit(text: string, lang: string): Unit {
  const words = splitWords(text, lang);
  return {
    text, index: -1, block: -1, inBlock: 0, section: 0, inSection: 0, kind: 'paragraph',
    terms: [], keys: repeatKeys(words, stopwordsFor(lang), lang), length: words.length,
    complete: true, dangling: false, clipped: false, quoteTail: false, clutter: false, cutStart: false, cutEnd: false,
  };
}

/**
 * The page's own description as the lede, when it is a real sentence about this article (see
 * above); points are then chosen around it.
 */
export function descriptionLede(units: Unit[], description: string | undefined, lang: string, spaceless: boolean): string | undefined {
  if (!description) return undefined;
  const sentence = splitSentences(description, lang)[0];
  if (!sentence) return undefined;
  // A description that is the first sentence cut short: the whole sentence is the lede.
  const whole = untruncated(sentence, units);
  if (whole) return whole;
  if (/(\.\.\.|…)$/.test(sentence) || !/[.!?。！？]["'’”」]?$/u.test(sentence) || CAPTION.test(sentence)) return undefined;
  if (spaceless ? sentence.length < 12 : wordsOf(sentence).length < 6) return undefined;
  // Guard against boilerplate descriptions ("Read the latest news..."): most of its words must
  // occur in the article.
  const articleWords = new Set(units.flatMap((u) => (spaceless ? [...u.text] : wordsOf(u.text))));
  const own = spaceless ? [...sentence].filter((c) => /\p{L}/u.test(c)) : wordsOf(sentence);
  const known = own.filter((w) => articleWords.has(w)).length;
  if (known / Math.max(1, own.length) < 0.6) return undefined;
  return withoutGluedHeading(sentence, units) ?? sentence;
}

/**
 * A description that is the article's first sentence cut short, often with the site's name put
 * after it ("トレンドマイクロは3月9日、…タブレット - Yahoo!"): the whole sentence reads better.
 */
function untruncated(sentence: string, units: Unit[]): string | undefined {
  const core = plainQuotes(sentence.replace(/\s[-|–—]\s[^-|–—]*$/u, '')).replace(/(\.\.\.|…)$/u, '').trim();
  if (core.length < 20 || core === plainQuotes(sentence)) return undefined;
  return units.slice(0, 5).find((u) => plainQuotes(u.text).startsWith(core) && u.text.length > core.length)?.text;
}

const plainQuotes = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

/**
 * An excerpt made from the page's first lines glues a heading onto the sentence under it
 * ("Highlights Here's our Firefox Year in Review!", "102 “Were you expecting...?”"). When the
 * description ends with a sentence of the article and what comes before it is a few words
 * without a full stop, that sentence is the lede.
 */
function withoutGluedHeading(sentence: string, units: Unit[]): string | undefined {
  const text = plainQuotes(sentence);
  for (const u of units.slice(0, 20)) {
    const own = plainQuotes(u.text);
    // Both must open like a heading and a sentence do, not "linux usability" + "...or, why".
    if (own.length >= text.length || !text.endsWith(own) || !/^["'“‘]?[\p{Lu}\p{N}]/u.test(own)) continue;
    const prefix = text.slice(0, text.length - own.length).trim();
    // A heading opens with a capital or a number (a chapter's "102").
    if (/^[\p{Lu}\p{N}]/u.test(prefix) && !/[.!?。！？:]$/u.test(prefix) && prefix.split(/\s+/).length <= 4) return u.text;
  }
  return undefined;
}
