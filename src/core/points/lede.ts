// The lede: one sentence that says what the article is about. The page's own description is
// usually written for exactly that, so its first sentence wins when it is a real sentence about
// this article; otherwise the first complete, self-standing sentence of the article.
import { CAPTION } from './features.ts';
import { splitSentences } from '../text/segment.ts';
import type { Unit } from './units.ts';

function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []);
}

export function chooseLede(units: Unit[], description: string | undefined, lang: string, spaceless: boolean): string {
  const fromDescription = descriptionLede(units, description, lang, spaceless);
  if (fromDescription) return fromDescription;
  const min = spaceless ? 12 : 6;
  const first = units.find((u) => u.complete && !u.dangling && !CAPTION.test(u.text) && u.length >= min) ?? units[0];
  return first?.text ?? '';
}

function descriptionLede(units: Unit[], description: string | undefined, lang: string, spaceless: boolean): string | undefined {
  if (!description) return undefined;
  const sentence = splitSentences(description, lang)[0];
  if (!sentence || /(\.\.\.|…)$/.test(sentence) || !/[.!?。！？]["'’”」]?$/u.test(sentence) || CAPTION.test(sentence)) return undefined;
  if (spaceless ? sentence.length < 12 : wordsOf(sentence).length < 6) return undefined;
  // Guard against boilerplate descriptions ("Read the latest news..."): most of its words must
  // occur in the article.
  const articleWords = new Set(units.flatMap((u) => (spaceless ? [...u.text] : wordsOf(u.text))));
  const own = spaceless ? [...sentence].filter((c) => /\p{L}/u.test(c)) : wordsOf(sentence);
  const known = own.filter((w) => articleWords.has(w)).length;
  if (known / Math.max(1, own.length) < 0.6) return undefined;
  return withoutGluedHeading(sentence, units) ?? untruncated(sentence, units) ?? sentence;
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
