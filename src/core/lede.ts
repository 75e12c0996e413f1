// The lede: one sentence that says what the article is about. The page's own description is
// usually written for exactly that, so its first sentence wins when it is a real sentence about
// this article; otherwise the first complete, self-standing sentence of the article.
import { splitSentences } from './segment.ts';
import type { Unit } from './units.ts';

function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []);
}

export function chooseLede(units: Unit[], description: string | undefined, lang: string, spaceless: boolean): string {
  const fromDescription = descriptionLede(units, description, lang, spaceless);
  if (fromDescription) return fromDescription;
  const min = spaceless ? 12 : 6;
  const first = units.find((u) => u.complete && !u.dangling && u.length >= min) ?? units[0];
  return first?.text ?? '';
}

function descriptionLede(units: Unit[], description: string | undefined, lang: string, spaceless: boolean): string | undefined {
  if (!description) return undefined;
  const sentence = splitSentences(description, lang)[0];
  if (!sentence || /(\.\.\.|…)$/.test(sentence) || !/[.!?。！？]["'’”」]?$/u.test(sentence)) return undefined;
  if (spaceless ? sentence.length < 12 : wordsOf(sentence).length < 6) return undefined;
  // Guard against boilerplate descriptions ("Read the latest news..."): most of its words must
  // occur in the article.
  const articleWords = new Set(units.flatMap((u) => (spaceless ? [...u.text] : wordsOf(u.text))));
  const own = spaceless ? [...sentence].filter((c) => /\p{L}/u.test(c)) : wordsOf(sentence);
  const known = own.filter((w) => articleWords.has(w)).length;
  return known / Math.max(1, own.length) >= 0.6 ? sentence : undefined;
}
